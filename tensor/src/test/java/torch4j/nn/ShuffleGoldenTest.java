package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradCheck;
import torch4j.nn.functional.F;

/**
 * PixelShuffle/PixelUnshuffle, the Unfold/Fold modules, Identity and Dropout1d/Dropout3d against
 * PyTorch 1.13 ({@code golden/nn/gen_shuffle.py}): values, gradients, graphs, reprs, masks from the
 * same seed and errors.
 */
class ShuffleGoldenTest {
    private static final JsonObject GOLDEN = NnGolden.load("shuffle.json");

    static Stream<JsonObject> records(String section) {
        return StreamSupport.stream(GOLDEN.getAsJsonArray(section).spliterator(), false).map(e -> e.getAsJsonObject());
    }

    static void assertError(JsonObject expected, Runnable f) {
        RuntimeException e = assertThrows(IllegalArgumentException.class, f::run);
        assertEquals(expected.get("message").getAsString(), e.getMessage());
    }

    @TestFactory Stream<DynamicTest> pixelShuffleMatchesPyTorch() {
        return records("shuffle").map(r -> DynamicTest.dynamicTest(r.get("repr").getAsString() + " on " + r.getAsJsonObject("input").get("shape"), () -> {
            Tensor x = NnGolden.tensor(r.get("input")).requiresGrad_();
            long f = r.get("r").getAsLong();
            boolean shuffle = r.get("op").getAsString().equals("shuffle");
            Tensor y = shuffle ? F.pixelShuffle(x, f) : F.pixelUnshuffle(x, f);
            PaddingGoldenTest.assertClose(r.get("out"), y, "out");
            assertTrue(y.isContiguous());
            assertEquals(r.get("graph").getAsString(), NnMoreGoldenTest.graph(y.gradFn()));
            PaddingGoldenTest.assertGrad(r.getAsJsonArray("grads").get(0), y, x);
            Module m = shuffle ? new PixelShuffle(f) : new PixelUnshuffle(f);
            assertEquals(r.get("repr").getAsString(), m.toString());
            PaddingGoldenTest.assertClose(r.get("module"), m.call(x), "module");
        }));
    }

    @Test void pixelShuffleOfIntegersAndErrors() {
        Tensor y = F.pixelShuffle(Torch.arange(8L).view(8, 1, 1), 2);
        PaddingGoldenTest.assertClose(GOLDEN.get("shuffle_long"), y, "int64");
        JsonArray e = GOLDEN.getAsJsonArray("shuffle_errors");
        assertError(e.get(0).getAsJsonObject(), () -> F.pixelShuffle(Torch.ones(7, 2, 2), 2));
        assertError(e.get(1).getAsJsonObject(), () -> F.pixelShuffle(Torch.ones(2, 2), 2));
        assertError(e.get(2).getAsJsonObject(), () -> F.pixelShuffle(Torch.ones(8, 2, 2), 0));
        assertError(e.get(3).getAsJsonObject(), () -> F.pixelUnshuffle(Torch.ones(1, 3, 3), 2));
        assertError(e.get(4).getAsJsonObject(), () -> F.pixelUnshuffle(Torch.ones(1, 4, 3), 2));
        assertError(e.get(5).getAsJsonObject(), () -> F.pixelUnshuffle(Torch.ones(2), 2));
        assertError(e.get(6).getAsJsonObject(), () -> F.pixelUnshuffle(Torch.ones(2, 2, 2), 0));
    }

    @Test void pixelShuffleGradcheckAndGradgradcheck() {
        Torch.manualSeed(11);
        List<Tensor> x = List.of(Torch.randn(2, 8, 2, 3).toDouble().requiresGrad_());
        assertTrue(GradCheck.gradcheck(l -> F.pixelShuffle(l.get(0), 2), x));
        assertTrue(GradCheck.gradgradcheck(l -> F.pixelShuffle(l.get(0), 2), x));
        List<Tensor> z = List.of(Torch.randn(3, 6, 3).toDouble().requiresGrad_());
        assertTrue(GradCheck.gradcheck(l -> F.pixelUnshuffle(l.get(0), 3), z));
        assertTrue(GradCheck.gradgradcheck(l -> F.pixelUnshuffle(l.get(0), 3), z));
    }

    static Map<String, Supplier<Module>> folds() {
        Map<String, Supplier<Module>> m = new LinkedHashMap<>();
        m.put("Unfold(2)", () -> new Unfold(2));
        m.put("Unfold({2, 3}, {2}, {1}, {1, 2})", () -> new Unfold(new int[]{2, 3}, new int[]{2}, new int[]{1}, new int[]{1, 2}));
        m.put("Fold({4, 5}, {2}, {1}, {0}, {1})", () -> new Fold(new long[]{4, 5}, new int[]{2}, new int[]{1}, new int[]{0}, new int[]{1}));
        m.put("Fold(4, {2, 3}, {1}, {0}, {2})", () -> new Fold(new long[]{4}, new int[]{2, 3}, new int[]{1}, new int[]{0}, new int[]{2}));
        m.put("Fold(5, 3, 1, 1, 2)", () -> new Fold(5, 3, 1, 1, 2));
        return m;
    }

    @TestFactory Stream<DynamicTest> unfoldAndFoldModulesMatchPyTorch() {
        Map<String, Supplier<Module>> make = folds();
        return records("folds").map(r -> DynamicTest.dynamicTest(r.get("repr").getAsString(), () -> {
            Module m = make.get(r.get("key").getAsString()).get();
            assertEquals(r.get("repr").getAsString(), m.toString());
            Tensor x = NnGolden.tensor(r.get("input")).requiresGrad_();
            Tensor y = m.call(x);
            PaddingGoldenTest.assertClose(r.get("out"), y, "out");
            assertEquals(r.get("graph").getAsString(), NnMoreGoldenTest.graph(y.gradFn()));
            PaddingGoldenTest.assertGrad(r.getAsJsonArray("grads").get(0), y, x);
        }));
    }

    @Test void identityTakesAndIgnoresArguments() {
        assertEquals(GOLDEN.get("identity_repr").getAsString(), new Identity(54, 0.1).toString());
        Tensor x = Torch.ones(2);
        assertTrue(new Identity(54).call(x) == x);
    }

    @TestFactory Stream<DynamicTest> channelDropoutDrawsPyTorchsMasks() {
        return records("drops").map(r -> DynamicTest.dynamicTest(r.get("repr").getAsString() + (r.get("train").getAsBoolean() ? "" : " eval") + " "
                + r.getAsJsonObject("out").get("shape"), () -> {
            double p = r.get("p").getAsDouble();
            boolean inplace = r.get("inplace").getAsBoolean();
            Module m = r.get("cls").getAsString().equals("Dropout1d") ? new Dropout1d(p, inplace) : new Dropout3d(p, inplace);
            if (!r.get("train").getAsBoolean()) m.eval();
            assertEquals(r.get("repr").getAsString(), m.toString());
            long[] shape = PaddingGoldenTest.longs(r.getAsJsonObject("out").getAsJsonArray("shape"));
            Torch.manualSeed(7);
            Tensor a = Torch.randn(shape).requiresGrad_();
            Tensor x = a.mul(1.0);
            Tensor y = m.call(x);
            float[] next = Torch.rand(3).toFloatArray();
            for (int i = 0; i < 3; i++) assertEquals(NnGolden.parse(r.getAsJsonArray("after").get(i).getAsString()), next[i], 0.0, "stream after");
            PaddingGoldenTest.assertClose(r.get("out"), y, "out");
            if (inplace) assertTrue(y == x);
            assertEquals(r.get("graph").getAsString(), NnMoreGoldenTest.graph(y.gradFn()));
            PaddingGoldenTest.assertGrad(r.getAsJsonArray("grads").get(0), y, a);
        }));
    }

    @Test void channelDropoutErrors() {
        JsonArray e = GOLDEN.getAsJsonArray("drop_errors");
        assertError(e.get(0).getAsJsonObject(), () -> F.dropout1d(Torch.ones(2, 3, 4, 5), 0.5));
        assertError(e.get(1).getAsJsonObject(), () -> F.dropout1d(Torch.ones(2, 3, 4), 1.5));
        assertError(e.get(2).getAsJsonObject(), () -> new Dropout3d(-0.1));
    }
}
