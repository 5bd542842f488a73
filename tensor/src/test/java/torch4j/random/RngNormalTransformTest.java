package torch4j.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.Generator;

/**
 * The float32 vectorised normal transform (notes §4.3/§4.4) in its three implementations — the
 * Vector API kernel, the auto-vectorised staged loops and the lane-by-lane {@link CephesAvx2}
 * code — must agree bit for bit on every possible input; the golden streams tie them to PyTorch.
 */
class RngNormalTransformTest {

    @Test
    void vectorKernelRunsUnderTheTestConfiguration() {
        // surefire adds jdk.incubator.vector, so the fast path is what the golden tests exercised
        assertTrue(VectorSupport.ENABLED, "the Vector API kernel should be active in tests");
    }

    /**
     * All 2^24 radius inputs u1 = 1 − k·2^-24 and all 2^24 angle inputs u2 = k'·2^-24 (k' a
     * permutation of k, so each pairing differs), through both implementations.
     */
    @Test
    void allThreeTransformsAgreeOnEveryU24Input() {
        final int total = 1 << 24;
        final int pairsPerChunk = 1 << 16;
        float[] viaVector = new float[2 * pairsPerChunk];
        float[] viaStaged = new float[2 * pairsPerChunk];
        float[] viaScalar = new float[2 * pairsPerChunk];
        for (int base = 0; base < total; base += pairsPerChunk) {
            for (int p = 0; p < pairsPerChunk; p++) {
                int k = base + p;
                int angleWord = (int) ((k * 0x9E3779B1L) & 0xFFFFFF); // odd multiplier: a bijection mod 2^24
                int block = p / 8, lane = p % 8;
                viaVector[16 * block + lane] = k * Draws.TWO_POW_M24;
                viaVector[16 * block + 8 + lane] = angleWord * Draws.TWO_POW_M24;
            }
            System.arraycopy(viaVector, 0, viaScalar, 0, viaVector.length);
            System.arraycopy(viaVector, 0, viaStaged, 0, viaVector.length);
            float mean = (base & 1) == 0 ? 0f : 0.25f;
            float std = (base & 2) == 0 ? 1f : 1.5f;
            NormalVector256.transformBlocks(viaVector, 0, pairsPerChunk / 8, mean, std);
            NormalStaged.transformBlocks(viaStaged, 0, pairsPerChunk / 8, mean, std);
            for (int b = 0; b < pairsPerChunk / 8; b++) NormalPaths.transformBlock(viaScalar, 16 * b, mean, std);
            for (int i = 0; i < viaVector.length; i++) {
                int expected = Float.floatToRawIntBits(viaScalar[i]);
                if (Float.floatToRawIntBits(viaVector[i]) != expected || Float.floatToRawIntBits(viaStaged[i]) != expected) {
                    fail("chunk " + base + " element " + i + ": vector " + viaVector[i] + " staged " + viaStaged[i]
                            + " lanes " + viaScalar[i]);
                }
            }
        }
    }

    /** The golden float32 streams again, through the auto-vectorised and the lane-by-lane kernels. */
    @Test
    void goldenStreamsThroughTheScalarTransform() {
        List<GoldenData.Case> cases = GoldenData.load(GoldenData.SMALL);
        for (NormalPaths.Kernel kernel : new NormalPaths.Kernel[] {NormalPaths.Kernel.STAGED, NormalPaths.Kernel.LANES}) {
            NormalPaths.forcedKernel = kernel;
            try {
                for (GoldenData.Case c : cases) RngGoldenTest.replay(c, new RngGoldenTest.Share());
            } finally {
                NormalPaths.forcedKernel = null;
            }
        }
    }

    @Test
    void signedZeroAndEdgeInputsAgree() {
        // u1 = 0 (radius input 1 − 0 = 1: radius exactly 0) and the largest U24, u2 at quadrant edges
        float[] a = new float[16];
        float[] edges = {0f, 0x1p-24f, 1f - 0x1p-24f, 0.125f, 0.25f, 0.5f, 0.75f, 0.875f};
        for (int j = 0; j < 8; j++) {
            a[j] = edges[(j + 3) % 8];
            a[j + 8] = edges[j];
        }
        float[] b = a.clone();
        float[] c = a.clone();
        NormalVector256.transformBlocks(a, 0, 1, 0f, 1f);
        NormalPaths.transformBlock(b, 0, 0f, 1f);
        NormalStaged.transformBlocks(c, 0, 1, 0f, 1f);
        for (int i = 0; i < 16; i++) {
            assertEquals(Float.floatToRawIntBits(b[i]), Float.floatToRawIntBits(a[i]), "vector, element " + i);
            assertEquals(Float.floatToRawIntBits(b[i]), Float.floatToRawIntBits(c[i]), "staged, element " + i);
        }
    }

    @Test
    void vectorisedFillConsumesNOrNPlus16Words() {
        for (int n : new int[] {16, 17, 31, 32, 33, 1000}) {
            Generator g = new Generator().manualSeed(3);
            Normal.fill(g, new float[n], 0, n, 0, 1, true);
            Generator reference = new Generator().manualSeed(3);
            int words = n % 16 == 0 ? n : n + 16; // notes §4.7
            for (int i = 0; i < words; i++) reference.engine().next32();
            assertEquals(reference.engine().next32(), g.engine().next32(), "n=" + n);
        }
    }
}
