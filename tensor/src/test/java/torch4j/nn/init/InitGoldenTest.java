package torch4j.nn.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.golden.RngAppsGolden;

/** Every nn.init function against real PyTorch 1.13 (golden/rngapps/gen_rngapps.py). */
class InitGoldenTest {

    /** Runs the init named in the golden record on {@code t}, with its keyword arguments. */
    static Tensor apply(String fn, JsonObject kw, Tensor t) {
        return switch (fn) {
            case "uniform_" -> Init.uniform_(t, d(kw, "a", 0), d(kw, "b", 1));
            case "normal_" -> Init.normal_(t, d(kw, "mean", 0), d(kw, "std", 1));
            case "xavier_uniform_" -> Init.xavierUniform_(t, d(kw, "gain", 1));
            case "xavier_normal_" -> Init.xavierNormal_(t, d(kw, "gain", 1));
            case "kaiming_uniform_" -> Init.kaimingUniform_(t, d(kw, "a", 0), s(kw, "mode", "fan_in"), s(kw, "nonlinearity", "leaky_relu"));
            case "kaiming_normal_" -> Init.kaimingNormal_(t, d(kw, "a", 0), s(kw, "mode", "fan_in"), s(kw, "nonlinearity", "leaky_relu"));
            case "trunc_normal_" -> Init.truncNormal_(t, d(kw, "mean", 0), d(kw, "std", 1), d(kw, "a", -2), d(kw, "b", 2));
            case "orthogonal_" -> Init.orthogonal_(t, d(kw, "gain", 1));
            case "constant_" -> Init.constant_(t, d(kw, "val", 0));
            case "ones_" -> Init.ones_(t);
            case "zeros_" -> Init.zeros_(t);
            case "eye_" -> Init.eye_(t);
            default -> throw new IllegalArgumentException(fn);
        };
    }

    private static double d(JsonObject kw, String key, double dflt) {
        return kw.has(key) ? kw.get(key).getAsDouble() : dflt;
    }

    private static String s(JsonObject kw, String key, String dflt) {
        return kw.has(key) ? kw.get(key).getAsString() : dflt;
    }

    private static String label(JsonObject rec) {
        return rec.get("fn").getAsString() + rec.get("kwargs") + " " + rec.get("shape") + " "
                + rec.get("dtype").getAsString() + " seed=" + rec.get("seed");
    }

    /** Same draws as PyTorch: identical repr, identical values, and the global stream left in the same place. */
    @TestFactory
    Stream<DynamicTest> initMatchesPyTorch() {
        return RngAppsGolden.section("init").stream()
                .filter(r -> !r.get("fn").getAsString().equals("orthogonal_"))
                .filter(r -> !r.get("fn").getAsString().equals("trunc_normal_"))
                .map(rec -> DynamicTest.dynamicTest(label(rec), () -> {
                    Torch.manualSeed(rec.get("seed").getAsLong());
                    Tensor t = Torch.empty(RngAppsGolden.shape(rec), RngAppsGolden.dtype(rec));
                    Tensor out = apply(rec.get("fn").getAsString(), rec.getAsJsonObject("kwargs"), t);
                    assertTrue(out == t, "returns its argument");
                    assertEquals(rec.get("repr").getAsString(), t.toString());
                    assertEquals(rec.get("bits").getAsString(), RngAppsGolden.bits(t), "values bit for bit");
                    assertEquals(rec.get("after").getAsString(), RngAppsGolden.nextRand(), "global stream after");
                }));
    }

    /**
     * trunc_normal_: the same uniform draws and PyTorch's erfinv algorithm; PyTorch's erff/expf
     * come from glibc (our erff is glibc's algorithm, expf/logf are Java's correctly rounded
     * ones), so values agree to a few ulps (72% of float32 values bit for bit) and every repr
     * exactly.
     */
    @TestFactory
    Stream<DynamicTest> truncNormalMatchesPyTorch() {
        return RngAppsGolden.section("init").stream()
                .filter(r -> r.get("fn").getAsString().equals("trunc_normal_"))
                .map(rec -> DynamicTest.dynamicTest(label(rec), () -> {
                    Torch.manualSeed(rec.get("seed").getAsLong());
                    DType dtype = RngAppsGolden.dtype(rec);
                    Tensor t = Torch.empty(RngAppsGolden.shape(rec), dtype);
                    apply("trunc_normal_", rec.getAsJsonObject("kwargs"), t);
                    assertEquals(rec.get("repr").getAsString(), t.toString());
                    assertClose(rec, t, dtype == DType.FLOAT32 ? 1e-6 : 1e-13, 1e-12);
                    assertEquals(rec.get("after").getAsString(), RngAppsGolden.nextRand(), "global stream after");
                }));
    }

    /** orthogonal_: the same normal draws; Householder QR in float64 vs LAPACK in the dtype. */
    @TestFactory
    Stream<DynamicTest> orthogonalMatchesPyTorch() {
        return RngAppsGolden.section("init").stream()
                .filter(r -> r.get("fn").getAsString().equals("orthogonal_"))
                .map(rec -> DynamicTest.dynamicTest(label(rec), () -> {
                    Torch.manualSeed(rec.get("seed").getAsLong());
                    DType dtype = RngAppsGolden.dtype(rec);
                    Tensor t = Torch.empty(RngAppsGolden.shape(rec), dtype);
                    apply("orthogonal_", rec.getAsJsonObject("kwargs"), t);
                    assertSamePrintExceptTies(rec, t);
                    assertClose(rec, t, 0, dtype == DType.FLOAT32 ? 2e-6 : 1e-13);
                    assertEquals(rec.get("after").getAsString(), RngAppsGolden.nextRand(), "global stream after");
                }));
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+\\.\\d*");

    /**
     * The repr equals PyTorch's, except where a value lies on a print rounding boundary
     * (within 2e-6 of the midpoint of the two printed neighbours), where float32 LAPACK and a
     * float64 QR may round to different sides.
     */
    private static void assertSamePrintExceptTies(JsonObject rec, Tensor t) {
        String want = rec.get("repr").getAsString(), got = t.toString();
        if (want.equals(got)) return;
        double[] exact = RngAppsGolden.values(rec.get("bits").getAsString(), t.dtype());
        List<String> w = new ArrayList<>(), g = new ArrayList<>();
        NUMBER.matcher(want).results().forEach(m -> w.add(m.group()));
        NUMBER.matcher(got).results().forEach(m -> g.add(m.group()));
        assertEquals(exact.length, w.size(), "one printed number per element");
        assertEquals(w.size(), g.size());
        assertEquals(NUMBER.matcher(want).replaceAll("#"), NUMBER.matcher(got).replaceAll("#"));
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).equals(g.get(i))) continue;
            double mid = (Double.parseDouble(w.get(i)) + Double.parseDouble(g.get(i))) / 2;
            assertTrue(Math.abs(exact[i] - mid) < 2e-6, "element " + i + " printed " + g.get(i) + " vs " + w.get(i));
        }
    }

    private static void assertClose(JsonObject rec, Tensor t, double rel, double abs) {
        DType dtype = t.dtype();
        double[] want = RngAppsGolden.values(rec.get("bits").getAsString(), dtype);
        double[] got = t.toDoubleArray();
        assertEquals(want.length, got.length);
        for (int i = 0; i < got.length; i++) {
            double tol = abs + rel * Math.abs(want[i]);
            assertTrue(Math.abs(want[i] - got[i]) <= tol, "element " + i + ": " + got[i] + " vs PyTorch " + want[i]);
        }
    }

    @Test
    void calculateGainMatchesPyTorch() {
        for (JsonObject g : RngAppsGolden.section("gain")) {
            String nl = g.get("nonlinearity").getAsString();
            JsonElement p = g.get("param");
            double got = p.isJsonNull() ? Init.calculateGain(nl) : Init.calculateGain(nl, p.getAsDouble());
            double want = Double.longBitsToDouble(Long.parseUnsignedLong(g.get("gain").getAsString(), 16));
            assertEquals(want, got, 0.0, nl + " " + p);
        }
    }

    @Test
    void errorsAsPyTorch() {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"fan_1d", message(() -> Init.xavierUniform_(Torch.empty(5)))});
        cases.add(new String[] {"kaiming_mode", message(() -> Init.kaimingUniform_(Torch.empty(3, 4), 0, "fan_avg", "leaky_relu"))});
        cases.add(new String[] {"gain_unknown", message(() -> Init.calculateGain("softmax"))});
        cases.add(new String[] {"eye_3d", message(() -> Init.eye_(Torch.empty(2, 2, 2)))});
        cases.add(new String[] {"orthogonal_1d", message(() -> Init.orthogonal_(Torch.empty(4)))});
        for (String[] c : cases) assertEquals(RngAppsGolden.error(c[0]).get("message").getAsString(), c[1], c[0]);
    }

    private static String message(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    @Test
    void fansAndZeroSizedTensors() {
        assertEquals(List.of(18L, 36L), List.of(Init.calculateFanInAndFanOut(Torch.empty(4, 2, 3, 3))[0],
                Init.calculateFanInAndFanOut(Torch.empty(4, 2, 3, 3))[1]));
        Torch.manualSeed(3);
        Tensor empty = Torch.empty(0, 4);
        Init.kaimingUniform_(empty);
        Init.kaimingNormal_(empty);
        Tensor after = Torch.rand(2);
        Torch.manualSeed(3);
        assertTrue(after.equal(Torch.rand(2)), "a zero-size tensor draws nothing");
    }
}
