package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * Conv3d, ConvTranspose1d/3d, the 1-D and 3-D pools, max unpooling and LP pooling against
 * PyTorch 1.13 ({@code golden/nnspatial/gen_spatial3d.py}): seeded init, reprs, state_dict keys,
 * values, indices, gradients, graphs and errors. Each golden record is keyed by the Java call made here.
 */
class SpatialGolden3dTest {
    static final JsonObject GOLDEN = load();

    private static JsonObject load() {
        try (InputStream in = SpatialGolden3dTest.class.getResourceAsStream("/golden/nnspatial/spatial3d.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<JsonObject> records(String section) {
        return StreamSupport.stream(GOLDEN.getAsJsonArray(section).spliterator(), false).map(JsonElement::getAsJsonObject);
    }

    /** float32 convolutions sum in another order than PyTorch's: a relative tolerance; float64 near-exact. */
    static void assertClose(JsonElement expected, Tensor actual, String what) {
        Tensor e = NnGolden.tensor(expected);
        double tol = e.dtype() == DType.FLOAT64 ? 1e-12 : 1e-5;
        String diff = NnGolden.compare(actual, e, tol, tol);
        assertNull(diff, what + ": " + diff);
    }

    /** The generator's weighting: (y · (1, 2, …)/4).sum() differentiated by each input. */
    static void assertGrads(JsonArray expected, Tensor y, List<Tensor> xs) {
        Tensor gout = Torch.arange(1.0, y.numel() + 1.0, 1.0, y.dtype()).reshape(y.shape().toLongArray()).div(4L);
        List<Tensor> g = Autograd.grad(List.of(y), xs, List.of(gout), false, false, true);
        for (int i = 0; i < xs.size(); i++) {
            if (expected.get(i).isJsonNull()) assertNull(g.get(i), "grad " + i);
            else assertClose(expected.get(i), g.get(i), "grad " + i);
        }
    }

    static int[] i3(int a, int b, int c) { return new int[]{a, b, c}; }

    static Map<String, Supplier<ConvNd>> convs() {
        Map<String, Supplier<ConvNd>> m = new LinkedHashMap<>();
        m.put("Conv3d(2, 4, 3)", () -> new Conv3d(2, 4, 3));
        m.put("Conv3d(2, 4, {2, 3, 1}, {2, 1, 1}, {1, 0, 0}, {1, 2, 1}, 2, false, zeros)",
                () -> new Conv3d(2, 4, i3(2, 3, 1), i3(2, 1, 1), i3(1, 0, 0), i3(1, 2, 1), 2, false, "zeros"));
        m.put("Conv3d(2, 2, 2, same)", () -> new Conv3d(2, 2, 2, "same"));
        m.put("Conv3d(1, 2, 3, 1, 1, 1, 1, true, reflect)", () -> new Conv3d(1, 2, 3, 1, 1, 1, 1, true, "reflect"));
        m.put("Conv3d(2, 2, 2, 1, 1, 1, 1, true, circular)", () -> new Conv3d(2, 2, 2, 1, 1, 1, 1, true, "circular"));
        m.put("ConvTranspose1d(2, 4, 3)", () -> new ConvTranspose1d(2, 4, 3));
        m.put("ConvTranspose1d(2, 4, 3, 2, 1, 1, 2, false, 1)", () -> new ConvTranspose1d(2, 4, 3, 2, 1, 1, 2, false, 1));
        m.put("ConvTranspose1d(1, 2, 2, 3, 0, 1, 1, true, 2)", () -> new ConvTranspose1d(1, 2, 2, 3, 0, 1, 1, true, 2));
        m.put("ConvTranspose1d(1, 1, 3, 2, 1)", () -> new ConvTranspose1d(1, 1, 3, 2, 1));
        m.put("ConvTranspose3d(2, 4, 3)", () -> new ConvTranspose3d(2, 4, 3));
        m.put("ConvTranspose3d(2, 4, {2, 3, 2}, {2, 1, 2}, {1, 0, 1}, {1, 0, 0}, 2, true, {1, 2, 1}, zeros)",
                () -> new ConvTranspose3d(2, 4, i3(2, 3, 2), i3(2, 1, 2), i3(1, 0, 1), i3(1, 0, 0), 2, true, i3(1, 2, 1), "zeros"));
        m.put("ConvTranspose3d(1, 1, 3, 2, 1)", () -> new ConvTranspose3d(1, 1, 3, 2, 1));
        return m;
    }

    @TestFactory Stream<DynamicTest> convolutionModulesMatchPyTorch() {
        Map<String, Supplier<ConvNd>> make = convs();
        assertEquals(make.size(), GOLDEN.getAsJsonArray("convs").size());
        return records("convs").map(r -> DynamicTest.dynamicTest(r.get("key").getAsString(), () -> {
            Torch.manualSeed(r.get("seed").getAsLong());
            ConvNd m = make.get(r.get("key").getAsString()).get();
            assertEquals(r.get("repr").getAsString(), m.toString());
            List<String> keys = new ArrayList<>();
            r.getAsJsonArray("keys").forEach(k -> keys.add(k.getAsString()));
            assertEquals(keys, new ArrayList<>(m.stateDict().keySet()));
            List<Tensor> params = m.parameters();
            for (int i = 0; i < params.size(); i++) assertClose(r.getAsJsonArray("params").get(i), params.get(i), "param " + i);
            // the input PyTorch drew next from the same stream
            Tensor x = Torch.randn(NnGolden.tensor(r.get("input")).shape().toLongArray());
            assertClose(r.get("input"), x, "input drawn after init");
            x.requiresGrad_();
            Tensor y;
            if (r.get("output_size").isJsonNull()) {
                y = m.call(x);
            } else {
                long[] size = StreamSupport.stream(r.getAsJsonArray("output_size").spliterator(), false).mapToLong(JsonElement::getAsLong).toArray();
                y = m instanceof ConvTranspose1d t ? t.forward(x, size) : ((ConvTranspose3d) m).forward(x, size);
            }
            assertClose(r.get("out"), y, "out");
            // PyTorch's circular padding is a tree of CopySlices nodes; the graph is compared for the other modes
            if (!m.paddingMode.equals("circular")) assertEquals(r.get("graph").getAsString(), NnMoreGoldenTest.graph(y.gradFn()));
            List<Tensor> xs = new ArrayList<>(List.of(x));
            xs.addAll(params);
            assertGrads(r.getAsJsonArray("grads"), y, xs);
        }));
    }

    /** Each pooling case: the functional call (a List for the forms with indices) and the module PyTorch built. */
    record Pool(Function<Tensor, Object> f, Supplier<Module> module) {}

    static Map<String, Pool> pools() {
        Map<String, Pool> m = new LinkedHashMap<>();
        m.put("maxPool1d(x, 2)", new Pool(x -> F.maxPool1d(x, 2), () -> new MaxPool1d(2)));
        m.put("maxPool1d(x, 3, 2, 1, 2, true)", new Pool(x -> F.maxPool1d(x, 3, 2, 1, 2, true), () -> new MaxPool1d(3, 2, 1, 2, false, true)));
        m.put("maxPool1dWithIndices(x, 3, 1, 1, 1, false)", new Pool(x -> F.maxPool1dWithIndices(x, 3, 1, 1, 1, false),
                () -> new MaxPool1d(3, 1, 1, 1, true, false)));
        m.put("maxPool3d(x, 2)", new Pool(x -> F.maxPool3d(x, 2), () -> new MaxPool3d(2)));
        m.put("maxPool3d(x, {1, 2, 3}, {1, 2, 1}, {0, 1, 1}, {2, 1, 1}, true)",
                new Pool(x -> F.maxPool3d(x, i3(1, 2, 3), i3(1, 2, 1), i3(0, 1, 1), i3(2, 1, 1), true),
                        () -> new MaxPool3d(i3(1, 2, 3), i3(1, 2, 1), i3(0, 1, 1), i3(2, 1, 1), false, true)));
        m.put("maxPool3dWithIndices(x, 2)", new Pool(x -> F.maxPool3dWithIndices(x, 2), () -> new MaxPool3d(2, 2, 0, 1, true, false)));
        m.put("maxPool3d(float x, 2)", new Pool(x -> F.maxPool3d(x, 2), null));
        m.put("avgPool1d(x, 2)", new Pool(x -> F.avgPool1d(x, 2), () -> new AvgPool1d(2)));
        m.put("avgPool1d(x, 3, 2, 1, true, false)", new Pool(x -> F.avgPool1d(x, 3, 2, 1, true, false), () -> new AvgPool1d(3, 2, 1, true, false)));
        m.put("avgPool3d(x, 2)", new Pool(x -> F.avgPool3d(x, 2), () -> new AvgPool3d(2)));
        m.put("avgPool3d(x, {3, 2, 2}, {2, 1, 2}, {1, 0, 1}, true, false, null)",
                new Pool(x -> F.avgPool3d(x, i3(3, 2, 2), i3(2, 1, 2), i3(1, 0, 1), true, false, null),
                        () -> new AvgPool3d(i3(3, 2, 2), i3(2, 1, 2), i3(1, 0, 1), true, false, null)));
        m.put("avgPool3d(x, {2, 2, 2}, {2, 2, 2}, {1, 1, 1}, false, true, 3)",
                new Pool(x -> F.avgPool3d(x, i3(2, 2, 2), i3(2, 2, 2), i3(1, 1, 1), false, true, 3), () -> new AvgPool3d(2, 2, 1, false, true, 3)));
        m.put("avgPool3d(x, {2, 2, 2}, {1, 1, 1}, {1, 1, 1}, true, true, null)",
                new Pool(x -> F.avgPool3d(x, i3(2, 2, 2), i3(1, 1, 1), i3(1, 1, 1), true, true, null), null));
        m.put("adaptiveAvgPool1d(x, 3)", new Pool(x -> F.adaptiveAvgPool1d(x, 3), () -> new AdaptiveAvgPool1d(3)));
        m.put("adaptiveAvgPool1d(x, 1)", new Pool(x -> F.adaptiveAvgPool1d(x, 1), () -> new AdaptiveAvgPool1d(1)));
        m.put("adaptiveMaxPool1d(x, 4)", new Pool(x -> F.adaptiveMaxPool1d(x, 4), () -> new AdaptiveMaxPool1d(4)));
        m.put("adaptiveMaxPool1dWithIndices(x, 3)", new Pool(x -> F.adaptiveMaxPool1dWithIndices(x, 3), () -> new AdaptiveMaxPool1d(3, true)));
        m.put("adaptiveAvgPool3d(x, {2, -1, 3})", new Pool(x -> F.adaptiveAvgPool3d(x, new long[]{2, -1, 3}),
                () -> new AdaptiveAvgPool3d(new long[]{2, -1, 3})));
        m.put("adaptiveAvgPool3d(x, 1)", new Pool(x -> F.adaptiveAvgPool3d(x, 1), () -> new AdaptiveAvgPool3d(1)));
        m.put("adaptiveAvgPool3d(x, 3)", new Pool(x -> F.adaptiveAvgPool3d(x, 3), () -> new AdaptiveAvgPool3d(3)));
        m.put("adaptiveMaxPool3d(x, {3, 2, 4})", new Pool(x -> F.adaptiveMaxPool3d(x, new long[]{3, 2, 4}),
                () -> new AdaptiveMaxPool3d(new long[]{3, 2, 4}, false)));
        m.put("adaptiveMaxPool3dWithIndices(x, {2, 2, 2})", new Pool(x -> F.adaptiveMaxPool3dWithIndices(x, new long[]{2, 2, 2}),
                () -> new AdaptiveMaxPool3d(new long[]{2}, true)));
        m.put("lpPool1d(x, 2, 3, null, false)", new Pool(x -> F.lpPool1d(x, 2, 3, null, false), () -> new LPPool1d(2, 3)));
        m.put("lpPool1d(x, 1.5, 2, 1, true)", new Pool(x -> F.lpPool1d(x.abs().add(0.1), 1.5, 2, 1, true), null));
        m.put("lpPool2d(x, 2, {2, 2}, null, false)", new Pool(x -> F.lpPool2d(x, 2, new int[]{2, 2}, null, false), () -> new LPPool2d(2, 2)));
        m.put("lpPool2d(x, 3, {3, 2}, {2, 1}, true)", new Pool(x -> F.lpPool2d(x.abs().add(0.1), 3, new int[]{3, 2}, new int[]{2, 1}, true), null));
        return m;
    }

    @TestFactory Stream<DynamicTest> poolsMatchPyTorch() {
        Map<String, Pool> cases = pools();
        assertEquals(cases.size(), GOLDEN.getAsJsonArray("pools").size());
        return records("pools").map(r -> DynamicTest.dynamicTest(r.get("key").getAsString(), () -> {
            Pool p = cases.get(r.get("key").getAsString());
            Tensor x = NnGolden.tensor(r.get("input")).requiresGrad_();
            Object result = p.f().apply(x);
            Tensor y = result instanceof List<?> l ? (Tensor) l.get(0) : (Tensor) result;
            assertClose(r.get("out"), y, "out");
            if (r.has("indices")) {
                Tensor indices = (Tensor) ((List<?>) result).get(1);
                assertEquals(NnGolden.tensor(r.get("indices")).toString(), indices.toString());
            }
            assertEquals(r.get("graph").getAsString(), NnMoreGoldenTest.graph(y.gradFn()));
            assertGrads(r.getAsJsonArray("grads"), y, List.of(x));
            if (p.module() != null) {
                Module m = p.module().get();
                assertEquals(r.get("repr").getAsString(), m.toString());
                Tensor out = m instanceof MaxPool1d mp && mp.returnIndices ? mp.forwardWithIndices(x).get(0)
                        : m instanceof MaxPool3d mp3 && mp3.returnIndices ? mp3.forwardWithIndices(x).get(0)
                        : m instanceof AdaptiveMaxPool1d a1 && a1.returnIndices ? a1.forwardWithIndices(x).get(0)
                        : m instanceof AdaptiveMaxPool3d a3 && a3.returnIndices ? a3.forwardWithIndices(x).get(0) : m.call(x);
                assertClose(r.get("module"), out, "module");
            }
        }));
    }

    @Test void lpPoolReprs() {
        JsonArray reprs = GOLDEN.getAsJsonArray("lp_module_reprs");
        assertEquals(reprs.get(0).getAsString(), new LPPool1d(1.5, 3, 2, false).toString());
        assertEquals(reprs.get(1).getAsString(), new LPPool2d(2, 3).toString());
        assertEquals(reprs.get(2).getAsString(), new LPPool2d(2, new int[]{2, 3}, new int[]{1, 2}, true).toString());
    }

    record Unpool(java.util.function.BiFunction<Tensor, Tensor, Tensor> f, Supplier<MaxUnpoolNd> module) {}

    static Map<String, Unpool> unpools() {
        Map<String, Unpool> m = new LinkedHashMap<>();
        m.put("maxUnpool1d(v, i, 2)", new Unpool((v, i) -> F.maxUnpool1d(v, i, 2), () -> new MaxUnpool1d(2)));
        m.put("maxUnpool1d(v, i, 3, 2, 1, size {1, 3, 10})", new Unpool((v, i) -> F.maxUnpool1d(v, i, 3, 2, 1, new long[]{1, 3, 10}),
                () -> new MaxUnpool1d(3, 2, 1)));
        m.put("maxUnpool2d(v, i, 2)", new Unpool((v, i) -> F.maxUnpool2d(v, i, 2), () -> new MaxUnpool2d(2)));
        m.put("maxUnpool2d(v, i, 2, 2, 0, size {5, 7})", new Unpool((v, i) -> F.maxUnpool2d(v, i, new int[]{2, 2}, new int[]{2, 2}, new int[]{0, 0},
                new long[]{5, 7}), () -> new MaxUnpool2d(2)));
        m.put("maxUnpool3d(v, i, 2)", new Unpool((v, i) -> F.maxUnpool3d(v, i, 2), () -> new MaxUnpool3d(2)));
        m.put("maxUnpool3d(v, i, 3, 2, 1)", new Unpool((v, i) -> F.maxUnpool3d(v, i, 3, 2, 1), () -> new MaxUnpool3d(3, 2, 1)));
        return m;
    }

    @TestFactory Stream<DynamicTest> unpoolingMatchesPyTorch() {
        Map<String, Unpool> cases = unpools();
        assertEquals(cases.size(), GOLDEN.getAsJsonArray("unpools").size());
        return records("unpools").map(r -> DynamicTest.dynamicTest(r.get("key").getAsString(), () -> {
            String key = r.get("key").getAsString();
            Unpool u = cases.get(key);
            Tensor v = NnGolden.tensor(r.get("values")).requiresGrad_(), i = NnGolden.tensor(r.get("indices"));
            Tensor y = u.f().apply(v, i);
            assertClose(r.get("out"), y, "out");
            assertEquals(r.get("graph").getAsString(), NnMoreGoldenTest.graph(y.gradFn()));
            assertGrads(r.getAsJsonArray("grads"), y, List.of(v));
            MaxUnpoolNd m = u.module().get();
            assertEquals(r.get("repr").getAsString(), m.toString());
            if (!key.contains("size")) assertClose(r.get("module"), m.call(v, i), "module");
        }));
    }

    static Map<String, Runnable> errorCalls() {
        Map<String, Runnable> m = new LinkedHashMap<>();
        m.put("conv3d 3-D input", () -> F.conv3d(Torch.ones(3, 3, 3), Torch.ones(2, 1, 2, 2, 2)));
        m.put("conv3d channels", () -> F.conv3d(Torch.ones(1, 3, 3, 3, 3), Torch.ones(2, 1, 2, 2, 2)));
        m.put("conv3d kernel too big", () -> F.conv3d(Torch.ones(1, 1, 3, 3, 3), Torch.ones(2, 1, 4, 2, 2)));
        m.put("conv3d strided same", () -> F.conv3d(Torch.ones(1, 1, 3, 3, 3), Torch.ones(2, 1, 2, 2, 2), null, i3(2, 2, 2), "same", i3(1, 1, 1), 1));
        m.put("convTranspose1d 4-D input", () -> F.convTranspose1d(Torch.ones(3, 3, 3, 3), Torch.ones(2, 1, 2)));
        m.put("convTranspose1d channels", () -> F.convTranspose1d(Torch.ones(1, 3, 3), Torch.ones(2, 1, 2)));
        m.put("convTranspose1d output padding", () -> F.convTranspose1d(Torch.ones(1, 2, 3), Torch.ones(2, 1, 2), null, 2, 0, 2, 1, 1));
        m.put("convTranspose3d 3-D input", () -> F.convTranspose3d(Torch.ones(3, 3, 3), Torch.ones(2, 1, 2, 2, 2)));
        m.put("convTranspose3d output padding", () -> F.convTranspose3d(Torch.ones(1, 2, 3, 3, 3), Torch.ones(2, 1, 2, 2, 2), null, 2, 0, 2, 1, 1));
        m.put("ConvTranspose3d reflect", () -> new ConvTranspose3d(1, 1, i3(2, 2, 2), i3(1, 1, 1), i3(0, 0, 0), i3(0, 0, 0), 1, true, i3(1, 1, 1), "reflect"));
        m.put("ConvTranspose1d output_size", () -> new ConvTranspose1d(1, 1, 3, 2, 1).forward(Torch.ones(1, 1, 4), new long[]{11}));
        m.put("maxPool1d 1-D input", () -> F.maxPool1d(Torch.ones(3), 2));
        m.put("maxPool1d padding", () -> F.maxPool1d(Torch.ones(1, 1, 3), 2, 2, 2));
        m.put("maxPool1dWithIndices 1-D input", () -> F.maxPool1dWithIndices(Torch.ones(3), 2));
        m.put("maxPool3d 2-D input", () -> F.maxPool3d(Torch.ones(3, 3), 2));
        m.put("maxPool3d padding", () -> F.maxPool3d(Torch.ones(1, 1, 3, 3, 3), 2, 2, 2));
        m.put("maxPool3d too small", () -> F.maxPool3d(Torch.ones(1, 1, 1, 3, 3), 2));
        m.put("avgPool1d 1-D input", () -> F.avgPool1d(Torch.ones(3), 2));
        m.put("avgPool1d too small", () -> F.avgPool1d(Torch.ones(1, 1, 1), 2));
        m.put("avgPool1d padding", () -> F.avgPool1d(Torch.ones(1, 1, 4), 2, 2, 2));
        m.put("avgPool3d 2-D input", () -> F.avgPool3d(Torch.ones(3, 3), 2));
        m.put("avgPool3d smaller than kernel", () -> F.avgPool3d(Torch.ones(1, 1, 1, 3, 3), 2));
        m.put("avgPool3d padding", () -> F.avgPool3d(Torch.ones(1, 1, 4, 4, 4), 2, 2, 2));
        m.put("avgPool3d divisor 0", () -> F.avgPool3d(Torch.ones(1, 1, 4, 4, 4), i3(2, 2, 2), null, i3(0, 0, 0), false, true, 0));
        m.put("adaptiveAvgPool1d 1-D input", () -> F.adaptiveAvgPool1d(Torch.ones(3), 2));
        m.put("adaptiveMaxPool1d 1-D input", () -> F.adaptiveMaxPool1d(Torch.ones(3), 2));
        m.put("adaptiveAvgPool3d 2-D input", () -> F.adaptiveAvgPool3d(Torch.ones(3, 3), 2));
        m.put("adaptiveMaxPool3d 2-D input", () -> F.adaptiveMaxPool3d(Torch.ones(3, 3), 2));
        Tensor ones4 = Torch.ones(1, 1, 2, 2);
        m.put("maxUnpool2d bad output_size", () -> F.maxUnpool2d(ones4, Torch.tensor(new long[]{0, 1, 2, 9}).view(1, 1, 2, 2), new int[]{2, 2}, null,
                new int[]{0, 0}, new long[]{2, 2}));
        m.put("maxUnpool2d invalid index", () -> F.maxUnpool2d(ones4, Torch.tensor(new long[]{0, 1, 2, 99}).view(1, 1, 2, 2), 2));
        m.put("maxUnpool3d invalid index", () -> F.maxUnpool3d(Torch.ones(1, 1, 1, 2, 2), Torch.tensor(new long[]{0, 1, 2, 99}).view(1, 1, 1, 2, 2), 2));
        m.put("maxUnpool2d int32 indices", () -> F.maxUnpool2d(ones4, Torch.tensor(new long[]{0, 1, 2, 3}).view(1, 1, 2, 2).to(DType.INT32), 2));
        m.put("maxUnpool2d 2-D input", () -> F.maxUnpool2d(Torch.ones(2, 2), Torch.tensor(new long[]{0, 1, 2, 3}).view(2, 2), 2));
        m.put("maxUnpool2d indices shape", () -> F.maxUnpool2d(ones4, Torch.tensor(new long[]{0, 1, 2, 3}).view(1, 1, 4), 2));
        m.put("maxUnpool1d output_size range", () -> F.maxUnpool1d(Torch.ones(1, 2), Torch.tensor(new long[]{0, 1}).view(1, 2), 2, 2, 0, new long[]{9}));
        m.put("maxUnpool1d output_size length", () -> F.maxUnpool1d(Torch.ones(1, 2), Torch.tensor(new long[]{0, 1}).view(1, 2), 2, 2, 0,
                new long[]{1, 2, 3, 4}));
        Tensor long3 = Torch.ones(new long[]{1, 1, 2, 2, 2}, DType.INT64);
        m.put("maxPool3d int64", () -> F.maxPool3d(long3, 2));
        m.put("adaptiveMaxPool3d int64", () -> F.adaptiveMaxPool3d(long3, 2));
        m.put("adaptiveAvgPool3d int64", () -> F.adaptiveAvgPool3d(long3, 2));
        m.put("maxPool1d int64", () -> F.maxPool1d(Torch.ones(new long[]{1, 1, 4}, DType.INT64), 2));
        m.put("maxUnpool2d int64", () -> F.maxUnpool2d(Torch.ones(new long[]{1, 1, 1, 1}, DType.INT64), Torch.zeros(new long[]{1, 1, 1, 1}, DType.INT64), 2));
        return m;
    }

    @TestFactory Stream<DynamicTest> errorsInPyTorchsWords() {
        Map<String, Runnable> calls = errorCalls();
        JsonObject errors = GOLDEN.getAsJsonObject("errors");
        assertEquals(calls.keySet(), errors.keySet());
        return calls.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e.getValue()::run);
            assertEquals(errors.getAsJsonObject(e.getKey()).get("message").getAsString(), ex.getMessage());
        }));
    }
}
