package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradCheck;
import torch4j.nn.functional.F;

/**
 * {@code nn.ReLU6}, {@code nn.Hardtanh}, {@code F.relu6} and {@code F.hardtanh} (added for
 * MobileNetV2) against PyTorch 1.13: values, node names and gradients on −6 … 6 (the kinks
 * included), −0, NaN and ±inf, integer input, reprs ({@code golden/models/gen_models.py}).
 */
class VisionModelsReLU6Test {
    private static final JsonObject GOLDEN;

    static {
        try (var in = VisionModelsReLU6Test.class.getResourceAsStream("/golden/models/models.json")) {
            GOLDEN = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonObject("activations");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Map<String, UnaryOperator<Tensor>> CASES = Map.of(
            "relu6", F::relu6,
            "hardtanh", F::hardtanh,
            "hardtanh_m2_3", t -> F.hardtanh(t, -2.0, 3.0),
            "relu6_inplace", t -> F.relu6(t.clone(), true),
            "hardtanh_inplace", t -> F.hardtanh(t.mul(1L), -0.5, 0.5, true));

    @Test
    void valuesNodesAndGradientsMatchPyTorch() {
        for (JsonElement e : GOLDEN.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            String label = c.get("label").getAsString();
            Tensor x = NnGolden.tensor(GOLDEN.get("x")).requiresGrad_();
            Tensor y = CASES.get(label).apply(x);
            assertNull(NnGolden.compare(y, NnGolden.tensor(c.get("out")), 0, 0), label);
            assertEquals(c.get("grad_fn").getAsString(), y.gradFn().name(), label);
            y.backward(Torch.arange(1.0, 26.0));
            assertNull(NnGolden.compare(x.grad(), NnGolden.tensor(c.get("grad")), 0, 0), label + " grad");
        }
    }

    private static String py(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        return v == 0 ? (1 / v < 0 ? "-0.0" : "0.0") : Double.toString(v);
    }

    private static void assertSpecial(String key, Tensor out) {
        JsonArray expected = GOLDEN.getAsJsonObject("special").getAsJsonArray(key);
        double[] v = out.toDoubleArray();
        for (int i = 0; i < v.length; i++) assertEquals(expected.get(i).getAsString(), py(v[i]), key + " element " + i);
    }

    /** relu6 by comparisons, the reference for the float kernel. */
    private static Tensor relu6ByCompare(Tensor x) {
        double[] v = x.toDoubleArray();
        for (int i = 0; i < v.length; i++) v[i] = v[i] < 0 ? 0 : v[i] > 6 ? 6 : v[i];
        return Torch.from(v).toFloat();
    }

    @Test
    void negativeZeroNanAndInfinitiesAsPyTorch() {
        Tensor x = Torch.tensor(-0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 6.0, -1.0, 1.0);
        assertSpecial("relu6", F.relu6(x));
        assertSpecial("hardtanh", F.hardtanh(x));
        assertSpecial("relu6_f64", F.relu6(x.toDouble()));
        assertSpecial("relu6", F.relu6(x.clone(), true));   // in place: the float kernel reads what it writes
        assertSpecial("relu6", new ReLU6(true).call(x.toDouble().clone()));
        // a chunk without zeros takes the min/max path; with one far from the others, the compare path
        Tensor big = Torch.randn(5000).mul(4.0);
        Tensor byCompare = relu6ByCompare(big);
        assertTrue(F.relu6(big).equal(byCompare));
        big.set(new long[] {4321}, -0.0);
        assertEquals("-0.0", py(F.relu6(big).get(4321).item()));
        assertEquals("-0.0", py(F.relu6(big.clone(), true).get(4321).item()));
        assertEquals(DType.FLOAT64, F.relu6(x.toDouble()).dtype());
        Tensor ints = F.relu6(Torch.tensor(-3L, 2L, 9L));
        assertEquals(DType.INT64, ints.dtype());
        JsonArray expected = GOLDEN.getAsJsonObject("special").getAsJsonArray("relu6_int");
        for (int i = 0; i < 3; i++) assertEquals(expected.get(i).getAsLong(), ints.toLongArray()[i]);
    }

    @Test
    void reprsAsPyTorch() {
        JsonArray reprs = GOLDEN.getAsJsonArray("reprs");
        List<Module> modules = List.of(new ReLU6(), new ReLU6(true), new Hardtanh(), new Hardtanh(-2, 2, true), new Hardtanh(-0.5, 1.5));
        for (int i = 0; i < modules.size(); i++) assertEquals(reprs.get(i).getAsString(), modules.get(i).toString());
    }

    @Test
    void modulesRunForwardInPlaceWhenAsked() {
        Tensor x = Torch.tensor(-1.0, 3.0, 7.0);
        assertEquals("tensor([0., 3., 6.])", new ReLU6().call(x).toString());
        assertEquals("tensor([-1.,  3.,  7.])", x.toString());
        assertSame(x, new ReLU6(true).call(x));
        assertEquals("tensor([0., 3., 6.])", x.toString());
        assertEquals("tensor([-2.0000,  0.5000,  2.0000])", new Hardtanh(-2, 2).call(Torch.tensor(-3.0, 0.5, 3.0)).toString());
        assertThrows(IllegalArgumentException.class, () -> new Hardtanh(1.0, 1.0));
    }

    @Test
    void gradcheckAndGradgradcheckAwayFromTheKinks() {
        // float64 points at least 0.1 from -1, 1 (hardtanh) and 0, 6 (relu6): finite differences are exact there
        Tensor x = Torch.tensor(-1.7, -0.4, 0.3, 0.9, 2.5, 5.2, 6.8).toDouble().requiresGrad_();
        assertTrue(GradCheck.gradcheck(in -> F.relu6(in.get(0)), List.of(x)));
        assertTrue(GradCheck.gradcheck(in -> F.hardtanh(in.get(0)), List.of(x)));
        assertTrue(GradCheck.gradgradcheck(in -> F.relu6(in.get(0)).mul(in.get(0)), List.of(x)));
        assertTrue(GradCheck.gradgradcheck(in -> F.hardtanh(in.get(0).mul(1L), -0.5, 2.0, true).mul(in.get(0)), List.of(x)));
    }
}
