package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import torch4j.nn.Parameter;
import torch4j.nn.functional.F;
import torch4j.optim.Adadelta;
import torch4j.optim.Adagrad;
import torch4j.optim.Adam;
import torch4j.optim.AdamW;
import torch4j.optim.Optimizer;
import torch4j.optim.RMSprop;
import torch4j.optim.SGD;

/**
 * The pointwise group on meta tensors: every op gives the CPU's shape, dtype and strides (and
 * PyTorch's errors) with no data; autograd through pointwise ops yields meta gradients; the
 * optimizers step meta parameters, keeping their state on meta.
 */
class MetaPointwiseTest {
    /** An op run on inputs moved to a device. */
    interface Op { Tensor run(Device d); }

    private static final Tensor F32 = Torch.tensor(new double[][]{{-1.5, 0, 2}, {3, -4, 0.5}});
    private static final Tensor I64 = Torch.tensor(new long[][]{{-3, 0, 2}, {5, 7, -1}});
    private static final Tensor ROW = Torch.tensor(new double[]{1, 2, 3});
    private static final Tensor MASK = Torch.tensor(new boolean[][]{{true, false, true}, {false, false, true}});

    private static Tensor on(Tensor t, Device d) { return t.to(d); }

    /** Same metadata on meta as on the CPU, or the same error. */
    private static void same(String what, Op op) {
        Tensor cpu;
        try {
            cpu = op.run(Device.CPU);
        } catch (RuntimeException e) {
            RuntimeException m = assertThrows(RuntimeException.class, () -> op.run(Device.META), what);
            assertEquals(e.getClass(), m.getClass(), what);
            assertEquals(e.getMessage(), m.getMessage(), what);
            return;
        }
        Tensor meta = op.run(Device.META);
        assertEquals(Device.META, meta.device(), what);
        assertEquals(cpu.shape(), meta.shape(), what);
        assertEquals(cpu.dtype(), meta.dtype(), what);
        assertArrayEquals(cpu.stride(), meta.stride(), what);
    }

    @Test
    void unaryOps() {
        for (Tensor x : List.of(F32, I64, MASK)) {
            String t = x.dtype().toString();
            same("neg " + t, d -> on(x, d).neg());
            same("abs " + t, d -> on(x, d).abs());
            same("sqrt " + t, d -> on(x, d).sqrt());
            same("exp " + t, d -> on(x, d).exp());
            same("sigmoid " + t, d -> on(x, d).sigmoid());
            same("relu " + t, d -> on(x, d).relu());
            same("floor " + t, d -> on(x, d).floor());
            same("sign " + t, d -> on(x, d).sign());
            same("isnan " + t, d -> on(x, d).isnan());
            same("logical_not " + t, d -> on(x, d).logicalNot());
            same("square " + t, d -> on(x, d).square());
            same("pow 2 " + t, d -> on(x, d).pow(2L));
            same("pow -1 " + t, d -> on(x, d).pow(-1L));
            same("pow 0.5 " + t, d -> on(x, d).pow(0.5));
            same("clamp " + t, d -> on(x, d).clamp(-1.0, 1.0));
            same("clamp long " + t, d -> on(x, d).clamp(-1L, 1L));
            same("transposed exp " + t, d -> on(x, d).t().exp());
        }
    }

    @Test
    void binaryOps() {
        for (Tensor a : List.of(F32, I64, MASK))
            for (Tensor b : List.of(F32, I64, ROW, MASK)) {
                String t = a.dtype() + " " + b.dtype() + " " + b.shape();
                same("add " + t, d -> on(a, d).add(on(b, d)));
                same("add alpha " + t, d -> on(a, d).add(on(b, d), 2.0));
                same("sub " + t, d -> on(a, d).sub(on(b, d)));
                same("mul " + t, d -> on(a, d).mul(on(b, d)));
                same("div " + t, d -> on(a, d).div(on(b, d)));
                // integer division by zero is a data error, which meta cannot see (as in PyTorch): nonzero divisors
                Tensor nz = Torch.where(b.eq(0.0), Torch.onesLike(b), b);
                same("div floor " + t, d -> on(a, d).div(on(nz, d), "floor"));
                same("div trunc " + t, d -> on(a, d).div(on(nz, d), "trunc"));
                same("remainder " + t, d -> on(a, d).remainder(on(nz, d)));
                same("pow " + t, d -> on(a, d).pow(on(b, d)));
                same("maximum " + t, d -> on(a, d).maximum(on(b, d)));
                same("eq " + t, d -> on(a, d).eq(on(b, d)));
                same("lt " + t, d -> on(a, d).lt(on(b, d)));
                same("logical_and " + t, d -> on(a, d).logicalAnd(on(b, d)));
                same("add_ " + t, d -> on(a, d).add_(on(b, d)));
                same("mul_ " + t, d -> on(a, d).mul_(on(b, d)));
            }
        same("with a Python number", d -> on(I64, d).add(2.5));
        same("with a 0-dim CPU tensor", d -> on(F32, d).mul(Torch.tensor(2.0)));
        same("transposed operand", d -> on(F32, d).t().add(on(F32, d).t()));
    }

    @Test
    void integerDivisionByZeroFailsOnlyWhereThereIsData() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> I64.div(I64, "floor"));
        assertEquals("ZeroDivisionError", e.getMessage());
        Tensor meta = I64.to(Device.META);
        assertEquals(Device.META, meta.div(meta, "floor").device());
        assertEquals(Device.META, meta.remainder(meta).device());
    }

    @Test
    void devicesMayNotMix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> F32.to(Device.META).add(F32));
        assertEquals("Expected all tensors to be on the same device, but found at least two devices, meta and cpu!", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> F32.to(Device.META).add_(F32));
        assertThrows(IllegalArgumentException.class, () -> Torch.where(MASK, F32.to(Device.META), F32));
    }

    @Test
    void selectionAndMasks() {
        same("where", d -> Torch.where(on(MASK, d), on(F32, d), on(I64, d)));
        same("where scalars", d -> Torch.where(on(MASK, d), 1.0, 0.0));
        same("masked_fill", d -> on(F32, d).maskedFill(on(MASK, d), 7.0));
        same("masked_fill broadcast", d -> on(ROW, d).maskedFill(on(MASK, d), 7.0));
        same("masked_fill_", d -> on(F32, d).maskedFill_(on(MASK, d), 7.0));
        same("masked_fill int mask", d -> on(F32, d).maskedFill(on(I64, d), 7.0));
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> F32.to(Device.META).maskedSelect(MASK.to(Device.META)));
        assertEquals("Could not run 'aten::masked_select' with arguments from the 'Meta' backend.", e.getMessage());
        e = assertThrows(UnsupportedOperationException.class, () -> F32.to(Device.META).nonzero());
        assertEquals("Could not run 'aten::nonzero' with arguments from the 'Meta' backend.", e.getMessage());
        Tensor m = F32.to(Device.META);
        e = assertThrows(UnsupportedOperationException.class, () -> Torch.equal(m, m));
        assertEquals("Could not run 'aten::equal' with arguments from the 'Meta' backend.", e.getMessage());
        e = assertThrows(UnsupportedOperationException.class, () -> Torch.allclose(m, m));
        assertEquals("Could not run 'aten::_local_scalar_dense' with arguments from the 'Meta' backend.", e.getMessage());
        assertTrue(Torch.equal(F32, F32.clone()));
        assertTrue(Torch.allclose(F32, F32.add(1e-9)));
    }

    @Test
    void fusedOps() {
        same("addcmul", d -> on(F32, d).addcmul(on(ROW, d), on(F32, d), 0.5));
        same("addcmul int", d -> on(I64, d).addcmul(on(I64, d), on(I64, d), 2));
        same("addcdiv", d -> on(F32, d).addcdiv(on(F32, d), on(ROW, d), 0.5));
        same("addcdiv int", d -> on(I64, d).addcdiv(on(I64, d), on(I64, d), 1));
        same("addcmul_", d -> on(F32, d).addcmul_(on(ROW, d), on(F32, d), 0.5));
        same("addcmul_ broadcast self", d -> on(ROW, d).addcmul_(on(F32, d), on(F32, d), 0.5));
        same("lerp", d -> on(F32, d).lerp(on(F32, d), 0.3));
        same("lerp tensor", d -> on(F32, d).lerp(on(F32, d), on(ROW, d)));
        same("lerp int", d -> on(I64, d).lerp(on(I64, d), 0.3));
        same("lerp_", d -> on(F32, d).lerp_(on(ROW, d), 0.3));
    }

    @Test
    void activations() {
        same("leaky_relu", d -> F.leakyRelu(on(F32, d), 0.1));
        same("elu", d -> F.elu(on(F32, d)));
        same("hardtanh", d -> F.hardtanh(on(F32, d), -0.5, 0.5));
        same("relu6 int", d -> F.relu6(on(I64, d)));
        same("gelu", d -> F.gelu(on(F32, d)));
        same("gelu tanh", d -> F.gelu(on(F32, d), "tanh"));
        same("gelu bad", d -> F.gelu(on(F32, d), "fast"));
        same("softplus", d -> F.softplus(on(F32, d), 2, 10));
        same("erf", d -> on(I64, d).erf());
    }

    @Test
    void creationOnADevice() {
        for (Device d : List.of(Device.CPU, Device.META)) {
            Tensor full = Creation.full(new long[]{2, 3}, 7, DType.FLOAT32, d);
            assertEquals(d, full.device());
            assertArrayEquals(new long[]{2, 3}, full.shape().toLongArray());
            assertEquals(d, Creation.fullLong(new long[]{4}, 3, DType.INT32, d).device());
            Tensor eye = Creation.eye(3, 4, DType.FLOAT64, d);
            assertEquals(d, eye.device());
            assertArrayEquals(new long[]{4, 1}, eye.stride());
            assertEquals(5, Creation.arange(0L, 5L, 1L, DType.INT64, d).numel());
            assertEquals(4, Creation.arange(0.0, 1.0, 0.25, DType.FLOAT32, d).numel());
            assertEquals(DType.FLOAT64, Creation.linspace(0, 1, 5, DType.FLOAT64, d).dtype());
            assertEquals(d, Creation.fromData(new double[]{1, 2}, null, d).device());
            assertEquals(d, Torch.zerosLike(full).device());
            assertEquals(d, Torch.fullLike(full, 2.0).device());
            assertEquals(d, Torch.onesLike(full, DType.INT64).device());
        }
        assertThrows(IllegalArgumentException.class, () -> Creation.full(new long[]{-1}, 0, DType.FLOAT32, Device.META));
        assertThrows(IllegalArgumentException.class, () -> Creation.arange(0.0, 1.0, 0.0, DType.FLOAT32, Device.META));
        // the CPU computes the same values as before the seam
        assertArrayEquals(new double[]{0, 0.25, 0.5, 0.75}, Creation.arange(0.0, 1.0, 0.25, DType.FLOAT64, Device.CPU).toDoubleArray());
        assertArrayEquals(new double[]{1, 0, 0, 1}, Creation.eye(2, 2, DType.FLOAT64, Device.CPU).reshape(4).toDoubleArray());
    }

    @Test
    void backwardOnMetaGivesMetaGradients() {
        Tensor x = F32.to(Device.META).requiresGrad_(true);
        Tensor w = F32.to(Device.META).requiresGrad_(true);
        Tensor y = x.mul(2.0).sigmoid().mul(x.exp()).add(x.pow(2.0)).div(x.add(3.0)).mul(w).relu().clamp(-1.0, 1.0);
        y.backward(Torch.onesLike(y));
        assertEquals(Device.META, x.grad().device());
        assertEquals(x.shape(), x.grad().shape());
        assertEquals(Device.META, w.grad().device());
        assertEquals(w.shape(), w.grad().shape());
        Tensor z = F.gelu(x).addcmul(x, x, 0.5).lerp(x, 0.25);
        x.setGrad(null);
        z.backward(Torch.onesLike(z));
        assertEquals(Device.META, x.grad().device());
        assertEquals(DType.FLOAT32, x.grad().dtype());
    }

    @Test
    void optimizersStepMetaParametersKeepingStateOnMeta() {
        for (int k = 0; k < 7; k++) {
            Parameter p = new Parameter(Torch.zeros(2, 3).to(Device.META));
            p.setGrad(Torch.zeros(2, 3).to(Device.META));
            Optimizer opt = switch (k) {
                case 0 -> new SGD(List.of(p), SGD.options().lr(0.1).momentum(0.9));
                case 1 -> new SGD(List.of(p), SGD.options().lr(0.1));
                case 2 -> new Adam(List.of(p), Adam.options().lr(1e-3).amsgrad(true));
                case 3 -> new AdamW(List.of(p));
                case 4 -> new Adagrad(List.of(p));
                case 5 -> new RMSprop(List.of(p), RMSprop.options().momentum(0.5).centered(true));
                default -> new Adadelta(List.of(p));
            };
            opt.step();
            opt.step();
            Map<String, Object> state = opt.state().get(p);
            for (var e : state.entrySet()) {
                if (!(e.getValue() instanceof Tensor t)) continue;
                if (e.getKey().equals("step")) { assertEquals(Device.CPU, t.device(), "step stays on the CPU, as PyTorch"); continue; }
                assertEquals(Device.META, t.device(), opt + " " + e.getKey());
                assertEquals(p.shape(), t.shape(), opt + " " + e.getKey());
            }
            assertTrue(k == 1 || !state.isEmpty(), opt.toString());
            assertEquals(Device.META, p.device());
        }
    }
}
