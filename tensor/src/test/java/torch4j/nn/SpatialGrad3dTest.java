package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Device;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradCheck;
import torch4j.nn.functional.F;

/**
 * gradcheck and gradgradcheck (float64) of the ops whose node names other cases already cover:
 * the 3-D and transposed 1-D/3-D convolutions (ConvolutionBackward0 for input, weight and bias),
 * the 1-D pools (2-D nodes between Unsqueeze and Squeeze), 1-D unpooling and LP pooling; and the
 * new layers on meta tensors (shapes only, no data).
 */
class SpatialGrad3dTest {
    private static Tensor in(long... shape) { return Torch.randn(shape).toDouble().requiresGrad_(); }

    private static void check(Function<List<Tensor>, Tensor> f, Tensor... inputs) {
        assertTrue(GradCheck.gradcheck(f, List.of(inputs)));
        assertTrue(GradCheck.gradgradcheck(f, List.of(inputs)));
    }

    private static int[] t(int a, int b, int c) { return new int[]{a, b, c}; }

    @Test void conv3dStridedPaddedDilatedGrouped() {
        Torch.manualSeed(3);
        check(l -> F.conv3d(l.get(0), l.get(1), l.get(2), t(2, 1, 1), t(1, 0, 1), t(1, 2, 1), 2), in(2, 4, 4, 5, 3), in(4, 2, 2, 2, 2), in(4));
        check(l -> F.conv3d(l.get(0), l.get(1), null, t(1, 1, 1), "same", t(1, 1, 1), 1), in(1, 3, 3, 4), in(2, 1, 2, 3, 2));
    }

    @Test void transposedConvolutions() {
        Torch.manualSeed(4);
        check(l -> F.convTranspose1d(l.get(0), l.get(1), l.get(2), 2, 1, 1, 2, 2), in(2, 4, 5), in(4, 1, 3), in(2));
        check(l -> F.convTranspose3d(l.get(0), l.get(1), l.get(2), t(2, 1, 2), t(1, 0, 0), t(1, 0, 1), 2, t(1, 2, 1)),
                in(1, 4, 2, 3, 2), in(4, 1, 2, 2, 2), in(2));
    }

    @Test void oneDimensionalPools() {
        Torch.manualSeed(5);
        check(l -> F.maxPool1d(l.get(0), 3, 2, 1, 2, true), in(2, 3, 9));
        check(l -> F.avgPool1d(l.get(0), 3, 2, 1, true, false), in(3, 8));
        check(l -> F.adaptiveAvgPool1d(l.get(0), 3).add(F.adaptiveMaxPool1d(l.get(0), 4).sum()), in(2, 2, 7));
        Tensor idx = F.maxPool1dWithIndices(Torch.arange(0.0, 16.0, 1.0).sin().view(2, 8), 2).get(1);
        check(l -> F.maxUnpool1d(l.get(0), idx, 2), in(2, 4));
    }

    @Test void lpPools() {
        Torch.manualSeed(6);
        Tensor x = Torch.rand(2, 3, 7).add(0.2).toDouble().requiresGrad_();
        check(l -> F.lpPool1d(l.get(0), 2.5, 3, 2, true), x);
        Tensor y = Torch.rand(1, 2, 4, 5).add(0.2).toDouble().requiresGrad_();
        check(l -> F.lpPool2d(l.get(0), 2, new int[]{2, 3}, new int[]{1, 2}, false), y);
    }

    @Test void torchSpellingsAreFsOps() {
        Torch.manualSeed(7);
        Tensor x = Torch.randn(2, 2, 3, 4, 5), w = Torch.randn(4, 2, 2, 2, 2), b = Torch.randn(4);
        assertTrue(Torch.conv3d(x, w, b, t(1, 2, 1), t(1, 0, 1), t(1, 1, 2), 1).equal(F.conv3d(x, w, b, t(1, 2, 1), t(1, 0, 1), t(1, 1, 2), 1)));
        Tensor wt = Torch.randn(2, 3, 2, 2, 2);
        assertTrue(Torch.convTranspose3d(x, wt).equal(F.convTranspose3d(x, wt)));
        Tensor s = Torch.randn(2, 3, 9), wt1 = Torch.randn(3, 2, 3);
        assertTrue(Torch.convTranspose1d(s, wt1, null, 2, 1, 1, 1, 1).equal(F.convTranspose1d(s, wt1, null, 2, 1, 1, 1, 1)));
        assertTrue(Torch.conv1d(s, wt1.transpose(0, 1).contiguous()).equal(F.conv1d(s, wt1.transpose(0, 1).contiguous())));
        assertTrue(Torch.maxPool1d(s, 3, 2, 1, 1, true).equal(F.maxPool1d(s, 3, 2, 1, 1, true)));
        assertTrue(Torch.maxPool1dWithIndices(s, 2).get(1).equal(F.maxPool1dWithIndices(s, 2).get(1)));
        assertTrue(Torch.maxPool3d(x, 2).equal(F.maxPool3d(x, 2)));
        assertTrue(Torch.maxPool2d(s, 2).equal(F.maxPool2d(s, 2)));
        assertTrue(Torch.avgPool1d(s, 2).equal(F.avgPool1d(s, 2)));
        assertTrue(Torch.adaptiveAvgPool1d(s, 4).equal(F.adaptiveAvgPool1d(s, 4)));
        assertTrue(Torch.adaptiveMaxPool1d(s, 4).get(1).equal(F.adaptiveMaxPool1dWithIndices(s, 4).get(1)));
    }

    @Test void layersOnMeta() {
        Tensor x3 = Torch.empty(new long[]{2, 3, 4, 5, 6}, DType.FLOAT32).to(Device.META);
        assertArrayEquals(new long[]{2, 4, 2, 3, 4}, new Conv3d(3, 4, 3).to(Device.META).call(x3).shape().toLongArray());
        assertArrayEquals(new long[]{2, 3, 2, 2, 3}, new MaxPool3d(2).call(x3).shape().toLongArray());
        assertArrayEquals(new long[]{2, 3, 2, 2, 3}, new AvgPool3d(2).call(x3).shape().toLongArray());
        assertArrayEquals(new long[]{2, 3, 1, 2, 3}, new AdaptiveAvgPool3d(new long[]{1, 2, 3}).call(x3).shape().toLongArray());
        assertArrayEquals(new long[]{2, 6, 6, 7, 8}, new ConvTranspose3d(3, 6, 3).to(Device.META).call(x3).shape().toLongArray());
        Tensor x1 = Torch.empty(new long[]{2, 3, 8}, DType.FLOAT32).to(Device.META);
        assertArrayEquals(new long[]{2, 5, 10}, new ConvTranspose1d(3, 5, 3).to(Device.META).call(x1).shape().toLongArray());
        assertArrayEquals(new long[]{2, 3, 4}, new MaxPool1d(2).call(x1).shape().toLongArray());
        List<Tensor> pooled = new MaxPool3d(2, 2, 0, 1, true, false).forwardWithIndices(x3);
        assertArrayEquals(new long[]{2, 3, 4, 4, 6}, new MaxUnpool3d(2).call(pooled.get(0), pooled.get(1)).shape().toLongArray());
    }
}
