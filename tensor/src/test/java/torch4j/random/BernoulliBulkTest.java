package torch4j.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * The bulk scalar-p Bernoulli draws (integer threshold on a chunk of engine words) against the
 * definition they replace: one U53 per element from two {@code next32()} calls, compared as a
 * double with p (notes §6, verified against PyTorch by the golden tests). Sizes cross the
 * engine's 624-word twist and the 312-element chunk, starting at several stream positions.
 */
class BernoulliBulkTest {
    private static final double[] PS = {0.0, 1e-300, 0.1, 1.0 / 3, 0.5, 0.9, 0.9999999999999999, 1.0};
    private static final int[] SIZES = {1, 311, 312, 313, 624, 625, 5000};

    /** The element-at-a-time definition: U53 = ((w0 & 0x1FFFFF) << 32 | w1) · 2^-53 < p. */
    private static boolean[] reference(Mt19937 e, int n, double p) {
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            long hi = e.next32() & 0x1FFFFFL, lo = e.next32() & 0xFFFFFFFFL;
            out[i] = ((hi << 32) | lo) * 0x1p-53 < p;
        }
        return out;
    }

    @Test
    void fillDrawsTheDefinitionsValuesForEveryDtypeAndLeavesTheStreamWhereItWould() {
        for (int skip : new int[]{0, 1, 623}) {
            for (double p : PS) {
                for (int n : SIZES) {
                    for (DType dtype : new DType[]{DType.FLOAT32, DType.FLOAT64, DType.INT64, DType.BOOL}) {
                        Generator g = new Generator().manualSeed(7), r = new Generator().manualSeed(7);
                        for (int i = 0; i < skip; i++) { g.engine().next32(); r.engine().next32(); }
                        Tensor t = Torch.empty(new long[]{n}, dtype);
                        t.bernoulli_(p, g);
                        boolean[] want = reference(r.engine(), n, p);
                        long[] got = t.toLongArray();
                        for (int i = 0; i < n; i++) assertEquals(want[i] ? 1 : 0, got[i], dtype + " p=" + p + " n=" + n + " at " + i);
                        assertEquals(r.engine().next32(), g.engine().next32(), "stream position after " + n);
                    }
                }
            }
        }
    }

    @Test
    void dropoutNoiseIsBernoulliThenDivideInOnePass() {
        for (DType dtype : new DType[]{DType.FLOAT32, DType.FLOAT64}) {
            for (double p : new double[]{0.1, 1.0 / 3, 0.5, 0.7}) {
                Tensor x = Torch.randn(3, 700).to(dtype).sub(0.25);
                Torch.manualSeed(11);
                Tensor fused = F.dropout(x, p, true);
                int after = Generator.defaultGenerator().engine().next32();
                Torch.manualSeed(11);
                Tensor noise = Torch.empty(new long[]{3, 700}, dtype).bernoulli_(1 - p).div_(1 - p);
                Tensor twoOps = x.mul(noise);
                int afterTwoOps = Generator.defaultGenerator().engine().next32();
                if (dtype == DType.FLOAT32) assertArrayEquals(twoOps.toFloatArray(), fused.toFloatArray(), "p=" + p);
                else assertArrayEquals(twoOps.toDoubleArray(), fused.toDoubleArray(), "p=" + p);
                assertEquals(afterTwoOps, after);
            }
        }
    }
}
