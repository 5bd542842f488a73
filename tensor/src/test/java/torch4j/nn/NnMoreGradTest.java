package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradCheck;
import torch4j.nn.functional.F;

/** Finite-difference gradient checks (float64) of the composites in {@code LossF} and {@code NormF}. */
class NnMoreGradTest {
    static Tensor leaf(long... shape) { return Torch.randn(shape).toDouble().requiresGrad_(); }

    @Test void hingeEmbeddingLoss() {
        Torch.manualSeed(0);
        Tensor target = Torch.tensor(new double[][]{{1, -1, 1}, {-1, 0.5, 1}}).toDouble();
        for (String red : new String[]{"none", "mean", "sum"})
            assertTrue(GradCheck.gradcheck(l -> F.hingeEmbeddingLoss(l.get(0), target, 0.7, red), List.of(leaf(2, 3))), red);
    }

    @Test void gaussianNllLoss() {
        Torch.manualSeed(1);
        Tensor target = Torch.randn(4, 3).toDouble();
        Tensor var = Torch.rand(4, 3).toDouble().add(0.2).requiresGrad_();
        assertTrue(GradCheck.gradcheck(l -> F.gaussianNllLoss(l.get(0), target, l.get(1), true, 1e-6, "mean"), List.of(leaf(4, 3), var)));
        Tensor shared = Torch.rand(4).toDouble().add(0.2).requiresGrad_();
        assertTrue(GradCheck.gradcheck(l -> F.gaussianNllLoss(l.get(0), target, l.get(1), false, 1e-6, "none"), List.of(leaf(4, 3), shared)));
    }

    @Test void cosineSimilarity() {
        Torch.manualSeed(2);
        assertTrue(GradCheck.gradcheck(l -> F.cosineSimilarity(l.get(0), l.get(1), 1, 1e-8), List.of(leaf(3, 4), leaf(3, 4))));
        assertTrue(GradCheck.gradcheck(l -> F.cosineSimilarity(l.get(0), l.get(1), -1, 1e-8), List.of(leaf(1, 4), leaf(2, 3, 4))));
    }

    @Test void instanceNorm() {
        Torch.manualSeed(3);
        assertTrue(GradCheck.gradcheck(l -> F.instanceNorm(l.get(0), null, null, l.get(1), l.get(2), true, 0.1, 1e-5),
                List.of(leaf(2, 3, 5), leaf(3), leaf(3))));
        assertTrue(GradCheck.gradcheck(l -> F.instanceNorm(l.get(0)), List.of(leaf(2, 2, 2, 3))));
    }

    @Test void alphaDropout() {
        assertTrue(GradCheck.gradcheck(l -> {
            Torch.manualSeed(4);   // the same mask at every evaluation
            return F.alphaDropout(l.get(0), 0.4, true);
        }, List.of(leaf(3, 5))));
    }
}
