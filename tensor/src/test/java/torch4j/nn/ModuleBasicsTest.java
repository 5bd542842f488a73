package torch4j.nn;

import static org.junit.jupiter.api.Assertions.*;
import static torch4j.Torch.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/** Module behaviour that needs no reference numbers: registration rules, identity, hooks, modes. */
class ModuleBasicsTest {
    static class Net extends Module {
        final Linear hidden = register("hidden", new Linear(1, 10));
        final Linear predict = register("predict", new Linear(10, 1));

        @Override public Tensor forward(Tensor x) { return predict.call(F.relu(hidden.call(x))); }
    }

    @Test void namesAndOrder() {
        Net net = new Net();
        assertEquals(List.of("hidden.weight", "hidden.bias", "predict.weight", "predict.bias"), List.copyOf(net.namedParameters().keySet()));
        assertEquals(List.copyOf(net.namedParameters().keySet()), List.copyOf(net.stateDict().keySet()));
        assertSame(net.hidden.weight, net.parameters().get(0));
        assertSame(net.hidden.weight, net.getParameter("hidden.weight"));
        assertEquals(List.of("", "hidden", "predict"), List.copyOf(net.namedModules().keySet()));
        assertEquals(List.of(net.hidden, net.predict), net.children());
    }

    @Test void sharedParametersAreListedOnce() {
        Linear shared = new Linear(2, 2);
        Sequential seq = new Sequential(shared, new ReLU(), shared);
        assertEquals(2, seq.parameters().size());
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), List.copyOf(seq.stateDict().keySet()));
    }

    @Test void registrationErrorsInPyTorchWords() {
        Module m = new Module();
        var e = assertThrows(IllegalArgumentException.class, () -> m.registerParameter("a.b", new Parameter(ones(1))));
        assertEquals("parameter name can't contain \".\"", e.getMessage());
        m.registerBuffer("x", ones(1));
        e = assertThrows(IllegalArgumentException.class, () -> m.registerParameter("x", new Parameter(ones(1))));
        assertEquals("attribute 'x' already exists", e.getMessage());
        class Empty extends Module {}
        var missing = assertThrows(UnsupportedOperationException.class, () -> new Empty().call(ones(1)));
        assertEquals("Module [Empty] is missing the required \"forward\" function", missing.getMessage());
    }

    @Test void toDtypeKeepsParameterIdentity() {
        Net net = new Net();
        Tensor w = net.hidden.weight;
        net.call(ones(3, 1)).sum().backward();
        net.to(float64);
        assertSame(w, net.hidden.weight);
        assertEquals(float64, w.dtype());
        assertEquals(float64, w.grad().dtype());
        assertTrue(w.requiresGrad());
        Tensor out = net.call(ones(3, 1).toDouble());
        assertEquals(float64, out.dtype());
        net.zeroGrad();
        out.sum().backward();   // the leaf's AccumulateGrad made before the conversion takes float64 gradients
        assertEquals(float64, w.grad().dtype());
        assertNotEquals(0.0, net.predict.bias.grad().item());
    }

    @Test void trainEvalZeroGradApply() {
        Net net = new Net();
        net.eval();
        assertFalse(net.hidden.isTraining());
        net.train();
        assertTrue(net.predict.isTraining());
        net.call(ones(4, 1)).sum().backward();
        net.zeroGrad();
        assertEquals(0.0, net.hidden.weight.grad().abs().sum().item());
        net.zeroGrad(true);
        assertNull(net.hidden.weight.grad());
        List<String> seen = new java.util.ArrayList<>();
        net.apply(m -> seen.add(m.getName()));
        assertEquals(List.of("Linear", "Linear", "Net"), seen);
    }

    @Test void hooksRunAroundForwardAndCanBeRemoved() {
        Linear fc = new Linear(2, 2);
        List<String> calls = new java.util.ArrayList<>();
        var pre = fc.registerForwardPreHook((m, in) -> { calls.add("pre"); return new Tensor[]{in[0].mul(0.0)}; });
        var post = fc.registerForwardHook((m, in, out) -> { calls.add("post"); return out.add(1.0); });
        Tensor y = fc.call(ones(1, 2));
        assertEquals(List.of("pre", "post"), calls);
        assertTrue(y.allclose(fc.bias.data().add(1.0).unsqueeze(0)));
        pre.remove();
        post.remove();
        assertTrue(fc.call(zeros(1, 2)).allclose(fc.bias.data().unsqueeze(0)));
    }

    @Test void loadStateDictCopiesValues() {
        Net a = new Net(), b = new Net();
        assertEquals("<All keys matched successfully>", b.loadStateDict(a.stateDict()).toString());
        assertTrue(a.hidden.weight.equal(b.hidden.weight));
        assertNotSame(a.hidden.weight, b.hidden.weight);
    }

    @Test void layersWithoutParameters() {
        Dropout drop = new Dropout(0.5);
        manualSeed(0);
        Tensor expected = F.dropout(ones(8), 0.5, true);
        manualSeed(0);
        assertTrue(drop.call(ones(8)).equal(expected));
        drop.eval();
        Tensor x = ones(8);
        assertSame(x, drop.call(x));
        assertArrayEquals(new long[]{2, 12}, new Flatten().call(ones(2, 3, 4)).shape().toLongArray());
        assertArrayEquals(new long[]{3, 2, 5}, new Unflatten(1, 2, 5).call(ones(3, 10)).shape().toLongArray());
        Tensor z = randn(2, 3);
        assertSame(z, new Identity().call(z));
        assertTrue(new Softmax(1).call(z).allclose(z.softmax(1)));
        assertTrue(new LogSoftmax().call(z).allclose(z.logSoftmax(1)));   // implicit dim of a 2-D input: 1
    }

    @Test void embeddingFromPretrainedSharesAndFreezes() {
        Tensor table = arange(6.0).view(3, 2);
        Embedding frozen = Embedding.fromPretrained(table, true);
        assertFalse(frozen.weight.requiresGrad());
        assertTrue(frozen.weight.sharesStorageWith(table));
        assertTrue(frozen.call(tensor(2L, 0L)).equal(tensor(new double[][]{{4, 5}, {0, 1}}).toFloat()));
        assertTrue(Embedding.fromPretrained(table, false).weight.requiresGrad());
    }

    @Test void embeddingMaxNormRenormalisesTheLookedUpRowsOfAParameter() {
        manualSeed(0);
        Embedding emb = new Embedding(10, 3, null, 1.0, 2.0);
        Tensor y = emb.call(tensor(1L, 4L));
        y.sum().backward();
        assertTrue(emb.weight.get(1).pow(2).sum().sqrt().item() <= 1.0 + 1e-6);
        assertTrue(emb.weight.get(4).pow(2).sum().sqrt().item() <= 1.0 + 1e-6);
        assertEquals(6.0, emb.weight.grad().sum().item());
    }
}
