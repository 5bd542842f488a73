package torch4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.autograd.Autograd;
import torch4j.nn.functional.F;

/** Convolutions over a batch too big for one im2col buffer run in slices of samples: same values and gradients. */
class SpatialConvSlicingTest {
    private static List<Tensor> run(boolean transposed, Tensor x, Tensor w, Tensor b) {
        Tensor y = transposed ? F.convTranspose2d(x, w, b, 2, 1) : F.conv2d(x, w, b, new int[]{2, 1}, new int[]{1, 1}, new int[]{1, 2}, 2);
        List<Tensor> grads = Autograd.grad(List.of(y.mul(y).sum()), List.of(x, w, b));
        return List.of(y, grads.get(0), grads.get(1), grads.get(2));
    }

    @Test void slicedBatchesMatchTheWholeBatch() {
        for (boolean transposed : new boolean[]{false, true}) {
            Torch.manualSeed(1);
            Tensor x = Torch.randn(5, 4, 7, 6).toDouble().requiresGrad_();
            Tensor w = Torch.randn(4, transposed ? 3 : 2, 3, 3).toDouble().requiresGrad_();
            Tensor b = Torch.randn(transposed ? 3 : 4).toDouble().requiresGrad_();
            List<Tensor> whole = run(transposed, x, w, b);
            long saved = Convolution.columnLimit;
            Convolution.columnLimit = 300;   // 1-2 samples per slice
            try {
                List<Tensor> sliced = run(transposed, x, w, b);
                for (int i = 0; i < whole.size(); i++)
                    assertTrue(whole.get(i).allclose(sliced.get(i), 1e-12, 1e-12), "transposed=" + transposed + " result " + i);
            } finally {
                Convolution.columnLimit = saved;
            }
        }
    }
}
