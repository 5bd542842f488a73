package torch4j.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static torch4j.Torch.*;

import org.junit.jupiter.api.Test;
import torch4j.Tensor;

/** Linear regression by hand, as the first autograd lesson does; numbers from PyTorch 1.13 with the same seed. */
class TrainingLoopTest {
    @Test void gradientDescentMatchesPyTorch() {
        manualSeed(0);
        Tensor xs = randn(32, 3), trueW = tensor(new double[][]{{1.5}, {-2.0}, {0.5}});
        Tensor ys = xs.matmul(trueW).add(0.3);
        Tensor w = zeros(3, 1).requiresGrad_(), b = zeros(1).requiresGrad_();
        Tensor loss = null;
        for (int step = 0; step < 100; step++) {
            loss = xs.matmul(w).add(b).sub(ys).pow(2).mean();
            loss.backward();
            try (var _ = noGrad()) {
                w.sub_(w.grad().mul(0.1));
                b.sub_(b.grad().mul(0.1));
            }
            w.grad().zero_();
            b.grad().zero_();
        }
        assertEquals(3.67033026194008e-09, loss.item(), 1e-9);
        double[] wv = w.toDoubleArray();
        assertEquals(1.499985933303833, wv[0], 1e-5);
        assertEquals(-1.9999481439590454, wv[1], 1e-5);
        assertEquals(0.4999621510505676, wv[2], 1e-5);
        assertEquals(0.3000451922416687, b.item(), 1e-5);
    }
}
