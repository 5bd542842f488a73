package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import torch4j.autograd.Autograd;

/**
 * The float32 fast paths (ops computed in float arithmetic on the arrays instead of through the
 * double domain) give bit for bit what the double kernels give: the same op on float64 copies,
 * rounded once to float32. Inputs mix ordinary values with ±0, NaN, ±inf and subnormals, and
 * cover contiguous, transposed, broadcast and in-place operands, chunk boundaries included.
 */
class FloatFastPathTest {
    private static final float[] SPECIAL = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.MIN_VALUE, -Float.MIN_VALUE, 1e-40f, -1e-40f, Float.MAX_VALUE, -Float.MAX_VALUE, 1f, -1f};

    /** n values, standard normal with a sprinkling of specials (or none). */
    private static float[] values(int n, long seed, boolean specials) {
        Random r = new Random(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) r.nextGaussian();
        if (specials) for (int k = 0; k < n / 20 + 1; k++) v[r.nextInt(n)] = SPECIAL[r.nextInt(SPECIAL.length)];
        return v;
    }

    private static void assertSameBits(Tensor expected, Tensor actual) {
        assertArrayEquals(expected.shape().toLongArray(), actual.shape().toLongArray());
        float[] e = (float[]) expected.contiguous().storage.array(), a = (float[]) actual.contiguous().storage.array();
        for (int i = 0; i < e.length; i++) {
            int at = i;
            assertTrue(Float.floatToRawIntBits(e[i]) == Float.floatToRawIntBits(a[i]) || (e[i] != e[i] && a[i] != a[i]),
                    () -> "element " + at + ": " + a[at] + " instead of " + e[at]);
        }
    }

    private static Tensor viaDouble(Tensor x, UnaryOperator<Tensor> op) { return op.apply(x.toDouble()).to(DType.FLOAT32); }

    private static Tensor viaDouble(Tensor a, Tensor b, BinaryOperator<Tensor> op) { return op.apply(a.toDouble(), b.toDouble()).to(DType.FLOAT32); }

    private static final List<BinaryOperator<Tensor>> BINARY = List.of(Tensor::add, Tensor::sub, Tensor::mul, Tensor::div);

    @Test
    void binaryOpsMatchTheDoubleKernelsBitForBit() {
        for (boolean specials : new boolean[]{false, true}) {
            // 3000 elements cross the 1024-element chunks; 70000 are split over the threads
            for (int n : new int[]{7, 3000, 70000}) {
                Tensor a = Torch.tensor(values(n, n, specials)), b = Torch.tensor(values(n, n + 1, specials));
                for (BinaryOperator<Tensor> op : BINARY) {
                    assertSameBits(viaDouble(a, b, op), op.apply(a, b));
                    assertSameBits(viaDouble(a, Torch.tensor(-0.75f), op), op.apply(a, Torch.tensor(-0.75f)));   // broadcast scalar
                }
            }
            Tensor m = Torch.tensor(values(60 * 50, 3, specials)).view(60, 50), v = Torch.tensor(values(60, 4, specials)).view(60, 1);
            for (BinaryOperator<Tensor> op : BINARY) {
                assertSameBits(viaDouble(m.t(), m.t(), op), op.apply(m.t(), m.t()));   // strided operands
                assertSameBits(viaDouble(m, v, op), op.apply(m, v));                   // broadcast column
                assertSameBits(viaDouble(m.narrow(1, 3, 40), m.narrow(1, 5, 40), op), op.apply(m.narrow(1, 3, 40), m.narrow(1, 5, 40)));
            }
        }
    }

    @Test
    void inPlaceOpsMatchTheDoubleKernels() {
        Tensor a = Torch.tensor(values(5000, 7, true)), b = Torch.tensor(values(5000, 8, true));
        assertSameBits(viaDouble(a, b, Tensor::add), a.clone().add_(b));
        assertSameBits(viaDouble(a, b, Tensor::mul), a.clone().mul_(b));
        assertSameBits(viaDouble(a, Tensor::relu), a.clone().relu_());
        Tensor m = Torch.tensor(values(40 * 30, 9, true)).view(40, 30), t = Torch.tensor(values(30 * 40, 10, true)).view(30, 40).t();
        assertSameBits(viaDouble(m, t, Tensor::add), m.clone().add_(t));   // a transposed source into a contiguous one
    }

    @Test
    void unaryOpsMatchTheDoubleKernels() {
        for (boolean specials : new boolean[]{false, true})
            for (int n : new int[]{5, 3000, 70000}) {
                Tensor x = Torch.tensor(values(n, 11 + n, specials));
                assertSameBits(viaDouble(x, Tensor::relu), x.relu());
                assertSameBits(viaDouble(x, Tensor::neg), x.neg());
                assertSameBits(viaDouble(x.view(-1, 1).expand(n, 2).t(), Tensor::relu), x.view(-1, 1).expand(n, 2).t().relu());
            }
    }

    @Test
    void reluKeepsNegativeZeroAndNanAsPyTorch() {
        // torch.relu(torch.tensor([-0., nan, -1., 2.])) is tensor([-0., nan, 0., 2.])
        Tensor y = Torch.tensor(-0f, Float.NaN, -1f, 2f).relu();
        float[] v = (float[]) y.storage.array();
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(v[0]));
        assertTrue(Float.isNaN(v[1]));
        assertEquals(Float.floatToRawIntBits(0f), Float.floatToRawIntBits(v[2]));
        assertEquals(2f, v[3]);
    }

    @Test
    void reluBackwardIsThresholdBackwardAsPyTorch() {
        // PyTorch: relu's gradient is threshold_backward(grad, result, 0): zero where the result is <= 0,
        // the gradient elsewhere, NaN included: x.grad for [-0., nan, -1., 2.] is [0., 1., 0., 1.]
        for (int n : new int[]{4, 4000}) {
            float[] xs = new float[n];
            float[] pattern = {-0f, Float.NaN, -1f, 2f};
            for (int i = 0; i < n; i++) xs[i] = pattern[i % 4];
            Tensor x = Torch.tensor(xs).requiresGrad_();
            Tensor g = Torch.tensor(values(n, 5, true));
            Tensor dx = Autograd.grad(List.of(x.relu()), List.of(x), List.of(g), null, false, false).get(0);
            float[] d = (float[]) dx.contiguous().storage.array(), gv = (float[]) g.contiguous().storage.array();
            for (int i = 0; i < n; i++) {
                float want = i % 4 == 1 || i % 4 == 3 ? gv[i] : 0f;
                assertTrue(Float.floatToRawIntBits(want) == Float.floatToRawIntBits(d[i]) || (want != want && d[i] != d[i]),
                        "element " + i + ": " + d[i] + " instead of " + want);
            }
        }
    }

    @Test
    void gradientsTakeTheLayoutOfTheirInputsAsPyTorch() {
        // values from PyTorch 1.13: Linear's weight.grad.stride() is (784, 1); for a.t().mm(b) with a 5x3
        // leaf, the gradient of the transposed view has strides (1, 3); for m1.mm(m2.t()), m2.grad has (5, 1)
        var linear = new torch4j.nn.Linear(784, 128);
        linear.call(Torch.randn(64, 784)).sum().backward();
        assertArrayEquals(new long[]{784, 1}, linear.weight.grad().stride());
        Tensor a = Torch.randn(5, 3).requiresGrad_(), b = Torch.randn(5, 4).requiresGrad_();
        Tensor at = a.t();
        List<Tensor> g = Autograd.grad(List.of(at.mm(b).sum()), List.of(at, b));
        assertArrayEquals(new long[]{1, 3}, g.get(0).stride());
        assertArrayEquals(new long[]{4, 1}, g.get(1).stride());
        Tensor m1 = Torch.randn(3, 5).requiresGrad_(), m2 = Torch.randn(4, 5).requiresGrad_();
        m1.mm(m2.t()).sum().backward();
        assertArrayEquals(new long[]{5, 1}, m2.grad().stride());
        assertTrue(m2.grad().allclose(Torch.ones(4, 3).mm(m1)));
    }

    @Test
    void zeroAndFillWriteEveryElement() {
        Tensor t = Torch.randn(300, 70);
        t.zero_();
        assertEquals(0.0, t.abs().sum().item());
        t.t().fill_(2.5);
        assertEquals(2.5 * 300 * 70, t.sum().item(), 1e-6);
        Tensor i = Torch.arange(10L);
        i.fill_(7L);
        assertEquals(70L, i.sum().item());
    }

    @Test
    void maxPool2x2MatchesTheGeneralKernelOnTiesZerosAndNan() {
        // the 2x2 kernel (Math.max, then selects) against the float64 kernel (ATen's loop) on data
        // full of ties, signed zeros, NaN and -inf: same values, bit for bit, and same indices
        Random r = new Random(3);
        float[] pool = {0f, -0f, 1f, -1f, Float.NaN, Float.NEGATIVE_INFINITY, 2f};
        float[] v = new float[2 * 3 * 8 * 10];
        for (int i = 0; i < v.length; i++) v[i] = pool[r.nextInt(pool.length)];
        Tensor x = Torch.tensor(v).view(2, 3, 8, 10);
        List<Tensor> f = torch4j.nn.functional.F.maxPool2dWithIndices(x, 2);
        List<Tensor> d = torch4j.nn.functional.F.maxPool2dWithIndices(x.toDouble(), 2);
        assertSameBits(d.get(0).to(DType.FLOAT32), f.get(0));
        assertTrue(d.get(1).equal(f.get(1)));
        // and its gradient lands on those indices
        Tensor xg = Torch.randn(2, 3, 8, 10).requiresGrad_();
        List<Tensor> out = torch4j.nn.functional.F.maxPool2dWithIndices(xg, 2);
        Tensor g = Torch.randn(2, 3, 4, 5);
        Tensor dx = Autograd.grad(List.of(out.get(0)), List.of(xg), List.of(g), null, false, false).get(0);
        Tensor expected = Torch.zeros(2 * 3, 80).scatterAdd(1, out.get(1).reshape(6, 20), g.reshape(6, 20)).view(2, 3, 8, 10);
        assertTrue(dx.equal(expected));
    }
}
