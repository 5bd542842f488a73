package torch4j.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import torch4j.Device;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.Linear;
import torch4j.nn.Upsample;
import torch4j.nn.functional.F;

/**
 * The linear-algebra and spatial ops on meta tensors: every result has the shape, dtype and
 * strides the same op gives on the CPU, gradients come back on meta with the inputs' metadata,
 * and the op layer's errors are the CPU's. Whole networks on meta: {@link MetaCnnTest}.
 */
class MetaSpatialTest {
    static final Device META = Device.META;

    /** f on CPU inputs and on the same inputs moved to meta: the same metadata, the meta one on meta. */
    static void sameOnMeta(Function<Tensor[], Tensor> f, Tensor... cpu) {
        Tensor[] meta = new Tensor[cpu.length];
        for (int i = 0; i < cpu.length; i++) meta[i] = cpu[i] == null ? null : cpu[i].to(META);
        assertSameMetadata(f.apply(cpu), f.apply(meta));
    }

    static void assertSameMetadata(Tensor onCpu, Tensor onMeta) {
        assertEquals(META, onMeta.device());
        assertEquals(onCpu.size(), onMeta.size());
        assertArrayEquals(onCpu.stride(), onMeta.stride(), "strides");
        assertEquals(onCpu.dtype(), onMeta.dtype());
    }

    /** The same error message for the op on CPU and on meta inputs. */
    static void sameError(Function<Tensor[], Tensor> f, Tensor... cpu) {
        Tensor[] meta = new Tensor[cpu.length];
        for (int i = 0; i < cpu.length; i++) meta[i] = cpu[i].to(META);
        RuntimeException onCpu = assertThrows(RuntimeException.class, () -> f.apply(cpu));
        RuntimeException onMeta = assertThrows(RuntimeException.class, () -> f.apply(meta));
        assertEquals(onCpu.getClass(), onMeta.getClass());
        assertEquals(onCpu.getMessage(), onMeta.getMessage());
    }

    static Tensor randn(long... shape) { return Torch.randn(shape); }

    @Test
    void matrixProducts() {
        sameOnMeta(t -> t[0].mm(t[1]), randn(2, 3), randn(3, 4));
        sameOnMeta(t -> t[0].t().mm(t[1].t()), randn(3, 2), randn(4, 3));
        sameOnMeta(t -> t[0].bmm(t[1]), randn(5, 2, 3), randn(5, 3, 4));
        sameOnMeta(t -> t[0].mv(t[1]), randn(2, 3), randn(3));
        sameOnMeta(t -> t[0].dot(t[1]), randn(3), randn(3));
        sameOnMeta(t -> t[0].matmul(t[1]), randn(5, 2, 3, 4), randn(4, 6));
        sameOnMeta(t -> t[0].matmul(t[1]), randn(4), randn(2, 4, 3));
        sameOnMeta(t -> t[0].matmul(t[1]), randn(7, 1, 2, 3), randn(5, 3, 2));
        sameOnMeta(t -> t[0].matmul(t[1]), randn(3, 2, 4).permute(0, 2, 1), randn(2, 5));
        sameOnMeta(t -> t[0].matmul(t[1]), Torch.arange(6).view(2, 3), Torch.arange(3));
        sameOnMeta(t -> F.linear(t[0], t[1], t[2]), randn(6, 2, 3), randn(4, 3), randn(4));
    }

    @Test
    void matrixProductErrors() {
        sameError(t -> t[0].mm(t[1]), randn(2, 3), randn(4, 3));
        sameError(t -> t[0].bmm(t[1]), randn(2, 2, 3), randn(3, 3, 4));
        sameError(t -> t[0].mv(t[1]), randn(2, 3), randn(2));
        sameError(t -> t[0].dot(t[1]), randn(3), randn(3).toDouble());
        sameError(t -> t[0].matmul(t[1]), randn(2, 3), Torch.tensor(1.0));
        sameError(t -> t[0].mm(t[1]), randn(2, 3), randn(3, 4).toDouble());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> randn(2, 3).to(META).mm(randn(3, 4)));
        assertEquals("Expected all tensors to be on the same device, but found at least two devices, meta and cpu!", e.getMessage());
    }

    @Test
    void convolutionPoolingAndResampling() {
        Tensor x = randn(2, 3, 9, 8);
        sameOnMeta(t -> F.conv2d(t[0], t[1], null, new int[]{2, 1}, new int[]{1, 2}, new int[]{1, 2}, 1), x, randn(4, 3, 3, 3));
        sameOnMeta(t -> F.conv2d(t[0], t[1], null, 1, 1, 1, 3), x, randn(6, 1, 3, 3));
        sameOnMeta(t -> F.conv2d(t[0], t[1], null, new int[]{1, 1}, "same", new int[]{1, 1}, 1), x.transpose(2, 3), randn(4, 3, 3, 3));
        sameOnMeta(t -> F.conv2d(t[0], t[1]), randn(3, 9, 8), randn(4, 3, 3, 3));
        sameOnMeta(t -> F.conv1d(t[0], t[1], null, 2, 1), randn(2, 3, 11), randn(5, 3, 3));
        sameOnMeta(t -> F.convTranspose2d(t[0], t[1], null, 2, 1), x, randn(3, 4, 3, 3));
        sameOnMeta(t -> F.unfold(t[0], 3), x);
        sameOnMeta(t -> F.fold(t[0], new long[]{9, 8}, 3), randn(2, 27, 42));
        sameOnMeta(t -> F.maxPool2d(t[0], 2), x);
        sameOnMeta(t -> F.maxPool2d(t[0], 3, 2, 1, 2, true), x.transpose(2, 3));
        sameOnMeta(t -> F.maxPool2dWithIndices(t[0], 2).get(1), x);
        sameError(t -> F.maxPool2d(t[0], 2), Torch.arange(2 * 3 * 16).view(2, 3, 4, 4));
        sameOnMeta(t -> F.avgPool2d(t[0], 3, 2, 1, true, false), x);
        sameOnMeta(t -> F.adaptiveAvgPool2d(t[0], new long[]{4, 3}), x);
        sameOnMeta(t -> F.adaptiveMaxPool2d(t[0], 5), randn(3, 9, 8));
        sameOnMeta(t -> new Upsample(1.5, "bilinear", false).call(t[0]), x);
        sameOnMeta(t -> F.pad(t[0], new long[]{1, 2, 3, 0}), x);
    }

    @Test
    void spatialErrors() {
        sameError(t -> F.conv2d(t[0], t[1]), randn(2, 3, 2, 2), randn(4, 3, 3, 3));
        sameError(t -> F.conv2d(t[0], t[1]), randn(2, 2, 3, 9, 8), randn(4, 3, 3, 3));
        sameError(t -> F.conv2d(t[0], t[1]), randn(2, 3, 9, 8), randn(4, 2, 3, 3));
        sameError(t -> F.maxPool2d(t[0], 5), randn(1, 3, 3));
        sameError(t -> F.avgPool2d(t[0], 2, 1, 2), randn(1, 4, 4));
        sameError(t -> F.fold(t[0], new long[]{9, 8}, 3), randn(2, 27, 41));
        sameError(t -> F.conv2d(t[0], t[1]), Torch.arange(2 * 3 * 16).view(2, 3, 4, 4), Torch.arange(4 * 27).view(4, 3, 3, 3));
    }

    @Test
    void productGradientsAndLinearOnMeta() {
        Tensor ac = randn(3, 4).requiresGrad_(), bc = randn(5, 4, 2).requiresGrad_();
        Tensor am = ac.detach().to(META).requiresGrad_(), bm = bc.detach().to(META).requiresGrad_();
        Tensor yc = ac.matmul(bc), ym = am.matmul(bm);
        assertSameMetadata(yc, ym);
        yc.backward(Torch.onesLike(yc));
        ym.backward(Torch.ones(ym.size()).to(META));
        assertSameMetadata(ac.grad(), am.grad());
        assertSameMetadata(bc.grad(), bm.grad());

        Torch.manualSeed(0);
        Linear onCpu = new Linear(4, 3);
        Torch.manualSeed(0);
        Linear onMeta = (Linear) new Linear(4, 3).to(META);
        Tensor x = randn(2, 4);
        assertSameMetadata(onCpu.call(x), onMeta.call(x.to(META)));
        assertTrue(onMeta.weight.device().isMeta());
    }
}
