package torch4j.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;

/**
 * Every golden case from real PyTorch 1.13 ({@code gen_rng.py}), replayed with torch4j's
 * kernels: float32 and integer results bit for bit, float64 results bit for bit except where
 * they go through libm's log/sin/cos (float64 normals), which must print identically to 4
 * decimals and whose bit-exact share is measured and printed (notes §9).
 */
class RngGoldenTest {
    private static final List<GoldenData.Case> SMALL = GoldenData.load(GoldenData.SMALL);

    /** Tally of libm-dependent float64 values under the active libm, over all cases run. */
    private static final Share ACTIVE_SHARE = new Share();

    @TestFactory
    Stream<DynamicTest> smallCases() {
        return SMALL.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> replay(c, ACTIVE_SHARE)));
    }

    @Test
    void largeCases() {
        List<GoldenData.Case> large = GoldenData.load(GoldenData.LARGE);
        assertTrue(large.size() >= 40, "large cases present");
        for (GoldenData.Case c : large) replay(c, ACTIVE_SHARE);
    }

    /**
     * Replays every libm-dependent float64 step under each available libm and reports the share
     * of values that are bit-identical to PyTorch's (all must agree to 4 printed decimals).
     */
    @Test
    void float64NormalsBitExactShare() {
        List<GoldenData.Case> all = Stream.concat(SMALL.stream(), GoldenData.load(GoldenData.LARGE).stream())
                .filter(c -> c.steps().stream().anyMatch(s -> GoldenRunner.libmDependent(s)
                        && GoldenRunner.dtype(s) == DType.FLOAT64))
                .toList();
        StringBuilder report = new StringBuilder("float64 normals bit-identical to PyTorch 1.13:");
        Share java = measure(all, Libm.JAVA);
        report.append(String.format(Locale.ROOT, "%n  java.lang.Math : %s", java));
        Libm.nativeLibm().ifPresent(nat -> report.append(String.format(Locale.ROOT, "%n  native libm    : %s",
                measure(all, nat))));
        System.out.println(report);
        assertTrue(java.total > 100_000, "enough float64 normals measured: " + java.total);
    }

    private static Share measure(List<GoldenData.Case> cases, Libm libm) {
        Share share = new Share();
        Libm.override = libm;
        try {
            for (GoldenData.Case c : cases) replay(c, share);
        } finally {
            Libm.override = null;
        }
        return share;
    }

    @AfterAll
    static void printActiveShare() {
        System.out.println("float64 normals under the active libm (" + Libm.active().name() + "): " + ACTIVE_SHARE);
    }

    static void replay(GoldenData.Case c, Share share) {
        GoldenRunner runner = new GoldenRunner(c);
        int index = 0;
        for (JsonObject step : c.steps()) {
            String where = c.name() + " / step " + index++ + " " + step.get("op").getAsString();
            JsonObject out = step.has("out") ? step.getAsJsonObject("out") : null;
            if (out != null && out.has("error")) {
                String expected = out.get("error").getAsString();
                Exception e = assertThrows(Exception.class, () -> runner.run(step), where);
                assertInstanceOf(IllegalArgumentException.class, e, where);
                assertEquals(expected, e.getMessage(), where);
                continue;
            }
            Object actual = runner.run(step);
            if (out == null) {
                assertEquals(null, actual, where + ": PyTorch returned nothing here");
                continue;
            }
            compare(where, step, out, actual, share);
        }
    }

    private static void compare(String where, JsonObject step, JsonObject out, Object actual, Share share) {
        DType dt = GoldenRunner.dtype(step);
        if (out.has("f32")) {
            float[] expected = GoldenData.f32(out.get("f32").getAsString());
            float[] got = (float[]) actual;
            assertEquals(expected.length, got.length, where);
            for (int i = 0; i < got.length; i++) {
                if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(got[i])) {
                    fail(where + ": element " + i + " expected " + expected[i] + " (0x"
                            + Integer.toHexString(Float.floatToRawIntBits(expected[i])) + ") but was " + got[i]
                            + " (0x" + Integer.toHexString(Float.floatToRawIntBits(got[i])) + ")");
                }
            }
        } else if (out.has("f64")) {
            double[] expected = GoldenData.f64(out.get("f64").getAsString());
            double[] got = (double[]) actual;
            assertEquals(expected.length, got.length, where);
            boolean viaLibm = GoldenRunner.libmDependent(step);
            for (int i = 0; i < got.length; i++) {
                boolean same = Double.doubleToRawLongBits(expected[i]) == Double.doubleToRawLongBits(got[i]);
                if (viaLibm) {
                    share.count(same);
                    if (!same) {
                        assertEquals(printed(expected[i]), printed(got[i]), where + ": element " + i + " to 4 decimals");
                    }
                } else if (!same) {
                    fail(where + ": element " + i + " expected " + expected[i] + " but was " + got[i]);
                }
            }
        } else if (out.has("ints")) {
            assertArrayEquals(GoldenData.ints(out.getAsJsonArray("ints")), asLongs(actual, dt), where);
        } else if (out.has("bytes")) {
            assertArrayEquals(GoldenData.bytes(out.get("bytes").getAsString()), (byte[]) actual, where);
        } else if (out.has("sha256")) {
            if (dt == DType.FLOAT64 && GoldenRunner.libmDependent(step) && !"native".equals(Libm.active().name())) {
                share.unhashable++; // a hash cannot tell one last-bit difference from many: not comparable
                return;
            }
            assertEquals(out.get("sha256").getAsString(), sha256(actual), where + " (SHA-256 of the values)");
        } else {
            fail(where + ": unknown expectation " + out);
        }
    }

    /** What PyTorch's default print shows of a value (4 decimals). */
    static String printed(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** Integer and bool outputs as int64 values (uint8 unsigned). */
    static long[] asLongs(Object array, DType dt) {
        return switch (array) {
            case long[] a -> a.clone();
            case int[] a -> { long[] r = new long[a.length]; for (int i = 0; i < a.length; i++) r[i] = a[i]; yield r; }
            case short[] a -> { long[] r = new long[a.length]; for (int i = 0; i < a.length; i++) r[i] = a[i]; yield r; }
            case byte[] a -> {
                long[] r = new long[a.length];
                for (int i = 0; i < a.length; i++) r[i] = dt == DType.INT8 ? a[i] : a[i] & 0xFF;
                yield r;
            }
            case boolean[] a -> { long[] r = new long[a.length]; for (int i = 0; i < a.length; i++) r[i] = a[i] ? 1 : 0; yield r; }
            default -> throw new AssertionError("not an integer array: " + array.getClass());
        };
    }

    /** SHA-256 of the values' little-endian bytes, as {@code gen_rng.py} hashes them. */
    static String sha256(Object array) {
        ByteBuffer b;
        switch (array) {
            case float[] a -> { b = le(4 * a.length); for (float v : a) b.putFloat(v); }
            case double[] a -> { b = le(8 * a.length); for (double v : a) b.putDouble(v); }
            case long[] a -> { b = le(8 * a.length); for (long v : a) b.putLong(v); }
            case int[] a -> { b = le(4 * a.length); for (int v : a) b.putInt(v); }
            case short[] a -> { b = le(2 * a.length); for (short v : a) b.putShort(v); }
            case byte[] a -> { b = le(a.length); b.put(a); }
            case boolean[] a -> { b = le(a.length); for (boolean v : a) b.put((byte) (v ? 1 : 0)); }
            default -> throw new AssertionError(array.getClass().toString());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Counts bit-identical values among the libm-dependent float64 results. */
    static final class Share {
        long total;
        long identical;
        /** Hashed float64 normal outputs skipped because a libm other than the C library ran. */
        long unhashable;

        synchronized void count(boolean same) {
            total++;
            if (same) identical++;
        }

        @Override
        public synchronized String toString() {
            return String.format(Locale.ROOT, "%d / %d (%.4f%%)%s", identical, total,
                    total == 0 ? 100.0 : 100.0 * identical / total,
                    unhashable == 0 ? "" : ", " + unhashable + " hashed outputs not comparable");
        }
    }
}
