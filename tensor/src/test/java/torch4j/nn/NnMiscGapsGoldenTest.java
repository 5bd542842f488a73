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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.Autograd;
import torch4j.nn.functional.F;

/**
 * The gaps NnCoverageTest showed, filled: F.elu_, F.leakyRelu_, F.channelShuffle / ChannelShuffle,
 * the deprecated F.upsample* and Upsampling*2d, and NLLLoss2d, against PyTorch 1.13
 * ({@code golden/nnmisc/gen_nnmisc_gaps.py}).
 */
class NnMiscGapsGoldenTest {
    private static final JsonObject GOLDEN = load();

    private static JsonObject load() {
        try (InputStream in = NnMiscGapsGoldenTest.class.getResourceAsStream("/golden/nnmisc/nnmisc_gaps.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<JsonObject> records(String section) {
        return StreamSupport.stream(GOLDEN.getAsJsonArray(section).spliterator(), false).map(JsonElement::getAsJsonObject);
    }

    private static long[] longs(JsonElement e) {
        JsonArray a = e.getAsJsonArray();
        long[] s = new long[a.size()];
        for (int i = 0; i < s.length; i++) s[i] = a.get(i).getAsLong();
        return s;
    }

    private static void assertClose(JsonElement expected, Tensor actual, String what) {
        double tol = actual.dtype() == DType.FLOAT32 ? 2e-6 : 1e-12;
        String diff = NnGolden.compare(actual, NnGolden.tensor(expected), tol, tol);
        assertNull(diff, what + ": " + diff);
    }

    /** Runs {@code call} with System.err captured; returns the result and what was printed. */
    private static <T> T capturingErr(Supplier<T> call, StringBuilder printed) {
        PrintStream old = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            return call.get();
        } finally {
            System.setErr(old);
            printed.append(buffer.toString(StandardCharsets.UTF_8));
        }
    }

    @TestFactory
    Stream<DynamicTest> inPlaceActivationsMatchPyTorch() {
        return records("inplace").map(rec -> DynamicTest.dynamicTest(rec.get("name").getAsString() + " " + rec.get("arg"), () -> {
            Tensor x = NnMiscGoldenTest.sinx(new long[]{3, 4}, DType.FLOAT64, 0.2, 2.0).requiresGrad_();
            Tensor c = x.clone();
            boolean elu = rec.get("name").getAsString().equals("elu_");
            Tensor y = rec.get("arg").isJsonNull() ? (elu ? F.elu_(c) : F.leakyRelu_(c))
                    : (elu ? F.elu_(c, rec.get("arg").getAsDouble()) : F.leakyRelu_(c, rec.get("arg").getAsDouble()));
            assertSame(c, y);
            assertClose(rec.get("y"), y, "output");
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            y.backward(NnMiscGoldenTest.sinx(new long[]{3, 4}, DType.FLOAT64, 0.9, 1));
            assertClose(rec.get("grad"), x.grad(), "gradient");
        }));
    }

    @TestFactory
    Stream<DynamicTest> channelShuffleMatchesPyTorch() {
        return records("channel_shuffle").map(rec -> DynamicTest.dynamicTest("channel_shuffle " + rec.get("shape") + " groups=" + rec.get("groups"), () -> {
            DType dtype = DType.of(rec.get("dtype").getAsString());
            Tensor x = NnMiscGoldenTest.sinx(longs(rec.get("shape")), dtype, 0.1, 1).requiresGrad_();
            long groups = rec.get("groups").getAsLong();
            Tensor y = F.channelShuffle(x, groups);
            assertClose(rec.get("y"), y, "output");
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            assertEquals(rec.get("contiguous").getAsBoolean(), y.isContiguous());
            ChannelShuffle m = new ChannelShuffle(groups);
            assertEquals(rec.get("repr").getAsString(), m.toString());
            assertClose(rec.get("module_y"), m.call(x), "module output");
        }));
    }

    @Test
    void channelShuffleErrorsInPyTorchsWords() {
        List<JsonObject> e = GOLDEN.getAsJsonArray("channel_shuffle_errors").asList().stream().map(JsonElement::getAsJsonObject).toList();
        Tensor x = NnMiscGoldenTest.sinx(new long[]{1, 4, 2, 2}, DType.FLOAT32, 0, 1).requiresGrad_();
        assertEquals(e.get(0).get("message").getAsString(), assertThrows(IllegalArgumentException.class, () -> F.channelShuffle(x, 3)).getMessage());
        assertEquals(e.get(1).get("message").getAsString(), assertThrows(IllegalArgumentException.class, () -> F.channelShuffle(Torch.ones(4, 2), 2)).getMessage());
        assertEquals(e.get(2).get("message").getAsString(), assertThrows(IllegalArgumentException.class, () -> F.channelShuffle(x, 0)).getMessage());
        assertEquals(e.get(3).get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> F.channelShuffle(x, 2).sum().backward()).getMessage());
        // integers (no gradient, so no node): channel g·(C/groups) + k lands at k·groups + g
        org.junit.jupiter.api.Assertions.assertArrayEquals(new long[]{0, 2, 1, 3}, F.channelShuffle(Torch.arange(4).view(1, 4, 1), 2).toLongArray());
    }

    @Test
    void deprecatedUpsamplingMatchesPyTorch() {
        StringBuilder printed = new StringBuilder();
        Tensor x = NnMiscGoldenTest.sinx(new long[]{1, 2, 3, 4}, DType.FLOAT32, 0.3, 1).requiresGrad_();
        for (JsonObject rec : records("upsample").toList()) {
            String call = rec.get("call").getAsString();
            boolean scale = rec.get("kind").getAsString().equals("scale");
            double s = scale ? rec.get("arg").getAsDouble() : 0;
            long[] size = scale ? null : longs(rec.get("arg"));
            String mode = rec.get("mode").isJsonNull() ? "nearest" : rec.get("mode").getAsString();
            Boolean align = rec.get("align_corners").isJsonNull() ? null : rec.get("align_corners").getAsBoolean();
            Tensor y = capturingErr(() -> switch (call) {
                case "upsample" -> scale ? F.upsample(x, s, mode, align) : F.upsample(x, size, mode, align);
                case "upsample_nearest" -> scale ? F.upsampleNearest(x, s) : F.upsampleNearest(x, size);
                default -> scale ? F.upsampleBilinear(x, s) : F.upsampleBilinear(x, size);
            }, printed);
            String what = call + " " + rec.get("arg");
            assertClose(rec.get("y"), y, what);
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name(), what);
            Tensor g = Autograd.grad(List.of(y.mul(NnMiscGoldenTest.sinx(y.shape().toLongArray(), DType.FLOAT32, 0.9, 1)).sum()), List.of(x)).get(0);
            assertClose(rec.get("grad"), g, what + " gradient");
            for (JsonElement w : rec.getAsJsonArray("warnings"))
                assertTrue(printed.toString().contains("UserWarning: " + w.getAsString()), "warning " + w);
        }
        for (JsonObject rec : records("upsampling_modules").toList()) {
            boolean nearest = rec.get("cls").getAsString().equals("UpsamplingNearest2d");
            boolean scale = rec.get("kind").getAsString().equals("scale");
            Upsample m = scale ? (nearest ? new UpsamplingNearest2d(rec.get("arg").getAsDouble()) : new UpsamplingBilinear2d(rec.get("arg").getAsDouble()))
                    : (nearest ? new UpsamplingNearest2d(longs(rec.get("arg"))) : new UpsamplingBilinear2d(longs(rec.get("arg"))));
            assertEquals(rec.get("repr").getAsString(), m.toString());
            Tensor y = m.call(x);
            assertClose(rec.get("y"), y, m.toString());
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
        }
    }

    @Test
    void nllLoss2dMatchesPyTorch() {
        Tensor lp = F.logSoftmax(NnMiscGoldenTest.sinx(new long[]{2, 3, 2, 2}, DType.FLOAT64, 0.4, 2.0), 1).requiresGrad_();
        Tensor target = Torch.tensor(new long[][][]{{{0, 2}, {1, 1}}, {{2, 2}, {0, 1}}});
        Tensor weight = Torch.tensor(new double[]{0.5, 1.0, 2.0}, DType.FLOAT64);
        StringBuilder printed = new StringBuilder();
        for (JsonObject rec : records("nll_loss2d").toList()) {
            Tensor w = rec.get("weight").getAsBoolean() ? weight : null;
            NLLLoss2d m = capturingErr(() -> new NLLLoss2d(w, rec.get("ignore_index").getAsLong(), rec.get("reduction").getAsString()), printed);
            assertEquals(rec.get("repr").getAsString(), m.toString());
            assertEquals(rec.getAsJsonArray("warnings").get(0).getAsString(), NLLLoss2d.DEPRECATED);
            Tensor y = m.call(lp, target);
            assertClose(rec.get("y"), y, m.toString() + " " + rec);
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            assertClose(rec.get("grad"), Autograd.grad(List.of(y.sum()), List.of(lp)).get(0), "gradient " + rec);
        }
    }
}
