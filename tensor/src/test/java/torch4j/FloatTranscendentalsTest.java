package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The fast float32 exp, sigmoid and tanh kernels ({@link FloatTranscendentals}) give exactly the
 * floats of the plain formulas they replace ({@code (float) Math.exp(x)},
 * {@code 1f / (1f + (float) Math.exp(-x))}, {@code (float) Math.tanh(x)}): on every 1021st float bit
 * pattern (4.2 million inputs of every sign and exponent), on edge cases (zeros, infinities, NaN,
 * subnormals, the fast domains' borders, the float overflow and underflow thresholds), in place,
 * at unaligned offsets, and through the ops on strided tensors.
 */
class FloatTranscendentalsTest {
    private interface Kernel { void apply(float[] x, float[] o, int from, int to); }

    private record Fn(String name, Kernel fast, DoubleUnaryOperator plain) {}

    private static final List<Fn> FNS = List.of(
            new Fn("exp", FloatTranscendentals::exp, x -> (float) Math.exp(x)),
            new Fn("sigmoid", FloatTranscendentals::sigmoid, x -> 1f / (1f + (float) Math.exp(-(float) x))),
            new Fn("tanh", FloatTranscendentals::tanh, x -> (float) Math.tanh(x)));

    @Test
    void everyThousandAndTwentyFirstFloatPattern() {
        int n = 4096;
        float[] x = new float[n], o = new float[n];
        List<String> failures = new ArrayList<>();
        long checked = 0;
        for (long bits = 0; bits <= 0xFFFFFFFFL; ) {
            int m = 0;
            for (; m < n && bits <= 0xFFFFFFFFL; m++, bits += 1021) x[m] = Float.intBitsToFloat((int) bits);
            for (Fn f : FNS) {
                f.fast().apply(x, o, 0, m);
                for (int i = 0; i < m; i++, checked++) check(f, x[i], o[i], failures);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
        assertEquals(3L * (0xFFFFFFFFL / 1021 + 1), checked);
    }

    @Test
    void edgeCases() {
        float[] special = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, 1e-30f, -1e-30f, 0x1p-12f, -0x1p-12f,
                1e-5f, -1e-5f, 0.5f, -0.5f, 1f, -1f, 19.999998f, 20f, 20.000002f, -20f, -20.000002f, 9.01f, -9.01f,
                87.99999f, 88f, 88.00001f, -88f, -88.00001f, 88.72283f, 88.72284f, 89f, -87.33654f, -87.33655f, -103.97208f,
                -103.97209f, -104f, -150f, 200f, -200f, 1e30f, -1e30f, Float.MAX_VALUE, -Float.MAX_VALUE,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.intBitsToFloat(0x7fc00001), Float.intBitsToFloat(0xffc00000)};
        List<String> failures = new ArrayList<>();
        for (Fn f : FNS) {
            float[] o = new float[special.length];
            f.fast().apply(special, o, 0, special.length);
            for (int i = 0; i < special.length; i++) check(f, special[i], o[i], failures);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void inPlaceAndAtAnOffsetAcrossBlocks() {
        // 1,300 elements from offset 7: three blocks of the kernel, the last one partial
        float[] x = new float[1310];
        java.util.Random r = new java.util.Random(14);
        for (int i = 0; i < x.length; i++) x[i] = (float) (r.nextGaussian() * 30);
        x[100] = Float.NaN;
        x[900] = 1e-20f;
        List<String> failures = new ArrayList<>();
        for (Fn f : FNS) {
            float[] inPlace = x.clone(), out = new float[x.length];
            f.fast().apply(inPlace, inPlace, 7, 1307);
            f.fast().apply(x, out, 7, 1307);
            for (int i = 0; i < x.length; i++) {
                boolean inside = i >= 7 && i < 1307;
                if (inside) {
                    check(f, x[i], inPlace[i], failures);
                    check(f, x[i], out[i], failures);
                } else if (Float.floatToRawIntBits(inPlace[i]) != Float.floatToRawIntBits(x[i]) || out[i] != 0) {
                    failures.add(f.name() + " wrote outside [from, to) at " + i);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theOpsOnStridedFloatTensorsGiveThePlainFormulas() {
        Torch.manualSeed(0);
        Tensor gates = Torch.randn(32, 512).mul(4);
        Tensor chunk = gates.chunk(4, 1).get(1);          // rows of 128 with stride 512, as the LSTM's gates
        float[] in = chunk.contiguous().toFloatArray();
        List<String> failures = new ArrayList<>();
        float[][] got = {chunk.exp().toFloatArray(), chunk.sigmoid().toFloatArray(), chunk.tanh().toFloatArray()};
        for (int k = 0; k < FNS.size(); k++)
            for (int i = 0; i < in.length; i++) check(FNS.get(k), in[i], got[k][i], failures);
        Tensor t = chunk.contiguous();
        t.tanh_();
        float[] inPlace = t.toFloatArray();
        for (int i = 0; i < in.length; i++) check(FNS.get(2), in[i], inPlace[i], failures);
        assertEquals(List.of(), failures);
    }

    private static void check(Fn f, float x, float got, List<String> failures) {
        float want = (float) f.plain().applyAsDouble(x);
        boolean same = Float.isNaN(want) ? Float.isNaN(got) : Float.floatToRawIntBits(want) == Float.floatToRawIntBits(got);
        if (!same) failures.add(f.name() + "(" + x + " = 0x" + Integer.toHexString(Float.floatToRawIntBits(x)) + "): " + got + " vs " + want);
    }
}
