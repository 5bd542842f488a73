package torch4j.nn;

import static org.junit.jupiter.api.Assertions.*;
import static torch4j.Torch.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.NnFunctions;
import torch4j.Tensor;
import torch4j.autograd.GradCheck;
import torch4j.nn.functional.AttentionOutput;
import torch4j.nn.functional.F;

/** Finite-difference checks (float64) of attention's gradients, and the behaviours the golden file does not show. */
class AttentionGradTest {
    static Tensor leaf(long... shape) { return randn(shape).toDouble().requiresGrad_(); }

    @Test void baddbmmAndRepeatPassGradcheckAndGradgradcheck() {
        manualSeed(0);
        List<Tensor> in = List.of(leaf(1, 3, 4), leaf(2, 3, 5), leaf(2, 5, 4));
        assertTrue(GradCheck.gradcheck(l -> NnFunctions.baddbmm(l.get(0), l.get(1), l.get(2)), in));
        assertTrue(GradCheck.gradgradcheck(l -> NnFunctions.baddbmm(l.get(0), l.get(1), l.get(2)), in));
        List<Tensor> x = List.of(leaf(2, 3));
        assertTrue(GradCheck.gradcheck(l -> NnFunctions.repeat(l.get(0), 2, 1, 3), x));
        assertTrue(GradCheck.gradgradcheck(l -> NnFunctions.repeat(l.get(0), 3, 2), x));
    }

    @Test void repeatAndBaddbmmValues() {
        assertEquals("tensor([[[1., 2., 1., 2.]],\n\n        [[1., 2., 1., 2.]]])", NnFunctions.repeat(tensor(1.0, 2.0), 2, 1, 2).toString());
        assertEquals("RepeatBackward0", NnFunctions.repeat(ones(2).requiresGrad_(), 2).gradFn().name());
        Tensor b = NnFunctions.baddbmm(tensor(10.0, 20.0), ones(2, 1, 3), ones(2, 3, 2));
        assertEquals("tensor([[[13., 23.]],\n\n        [[13., 23.]]])", b.toString());
        var e = assertThrows(IllegalArgumentException.class, () -> NnFunctions.repeat(ones(2, 2), 2));
        assertEquals("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor", e.getMessage());
    }

    @Test void multiHeadAttentionPassesGradcheckWithEveryOption() {
        manualSeed(1);
        // separate projections (kdim 3, vdim 5), learned key/value biases, a zero attention slot,
        // a float attention mask and a bool padding mask: every branch of the functional
        Tensor mask = randn(2, 4).toDouble(), kpm = tensor(new boolean[][]{{false, false, true, false}, {false, false, false, false}});
        List<Tensor> in = List.of(leaf(2, 2, 4), leaf(4, 2, 3), leaf(4, 2, 5), leaf(4, 4), leaf(4, 3), leaf(4, 5), leaf(12),
                leaf(1, 1, 4), leaf(1, 1, 4), leaf(4, 4), leaf(4));
        assertTrue(GradCheck.gradcheck(l -> {
            AttentionOutput r = F.multiHeadAttentionForward(l.get(0), l.get(1), l.get(2), 4, 2, null, l.get(6), l.get(7), l.get(8), true, 0.0,
                    l.get(9), l.get(10), true, kpm, true, mask, true, l.get(3), l.get(4), l.get(5), null, null, false);
            return r.attnOutput().sum().add(r.attnOutputWeights().mul(r.attnOutputWeights()).sum());
        }, in));
    }

    @Test void encoderLayerPassesGradcheck() {
        manualSeed(2);
        var layer = new TransformerEncoderLayer(4, 2, 6, 0.0, "gelu", 1e-5, true, true);
        layer.toDouble();
        Tensor mask = Transformer.generateSquareSubsequentMask(3).toDouble();
        List<Tensor> in = List.of(leaf(2, 3, 4));
        assertTrue(GradCheck.gradcheck(l -> layer.call(l.get(0), mask, null), in));
    }

    @Test void stackedLayersStartAsCopiesAndDrawNothing() {
        // PyTorch deep-copies the layer: every copy holds its values, and copying draws no numbers
        manualSeed(0);
        new TransformerEncoderLayer(8, 2, 16, 0.1);
        Tensor next = rand(3);
        manualSeed(0);
        var layer = new TransformerEncoderLayer(8, 2, 16, 0.1);
        var enc = new TransformerEncoder(layer, 3);
        assertTrue(next.equal(rand(3)));
        for (Module m : enc.layers) {
            TransformerEncoderLayer copy = (TransformerEncoderLayer) m;
            assertNotSame(layer.linear1.weight, copy.linear1.weight);
            assertTrue(layer.linear1.weight.equal(copy.linear1.weight));
            assertTrue(layer.selfAttn.inProjWeight.equal(copy.selfAttn.inProjWeight));
        }
        layer.eval();
        var evalCopy = new TransformerEncoder(layer, 1);
        assertFalse(((TransformerEncoderLayer) evalCopy.layers.get(0)).selfAttn.isTraining());
    }

    @Test void batchFirstEqualsSequenceFirst() {
        manualSeed(3);
        var seqFirst = new MultiheadAttention(8, 2);
        var batchFirst = new MultiheadAttention(8, 2, 0.0, true, false, false, null, null, true);
        batchFirst.loadStateDict(seqFirst.stateDict());
        Tensor x = randn(5, 3, 8);
        AttentionOutput a = seqFirst.call(x, x, x), b = batchFirst.call(x.transpose(0, 1), x.transpose(0, 1), x.transpose(0, 1));
        assertTrue(a.attnOutput().allclose(b.attnOutput().transpose(0, 1)));
        assertTrue(a.attnOutputWeights().allclose(b.attnOutputWeights()));
        assertSame(a.attnOutput(), a.get(0));
        assertSame(a.attnOutputWeights(), a.get(-1));
    }
}
