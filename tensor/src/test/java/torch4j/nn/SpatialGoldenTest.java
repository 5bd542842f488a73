package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.Autograd;
import torch4j.nn.functional.F;

/**
 * Spatial ops against PyTorch 1.13 ({@code golden/spatial/gen_spatial.py}): forward values,
 * grad_fn names and the gradients of {@code (out · gout).sum()} for every input.
 */
class SpatialGoldenTest {
    static JsonObject golden() {
        try (var in = SpatialGoldenTest.class.getResourceAsStream("/golden/spatial/spatial_ops.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Tensor tensor(JsonObject spec) {
        JsonArray v = spec.getAsJsonArray("values");
        double[] values = new double[v.size()];
        for (int i = 0; i < values.length; i++) values[i] = v.get(i).getAsDouble();
        long[] shape = longs(spec.getAsJsonArray("shape"));
        DType dtype = spec.has("dtype") ? DType.of(spec.get("dtype").getAsString()) : DType.FLOAT64;
        return Torch.from(values).view(shape).to(dtype);
    }

    static long[] longs(JsonArray a) {
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsLong();
        return out;
    }

    static int[] ints(JsonElement a) {
        if (a.isJsonPrimitive()) return new int[]{a.getAsInt()};
        JsonArray arr = a.getAsJsonArray();
        int[] out = new int[arr.size()];
        for (int i = 0; i < out.length; i++) out[i] = arr.get(i).getAsInt();
        return out;
    }

    /** The case's call through F, returning the output (and indices for the *_with_indices ops). */
    static List<Tensor> call(String op, JsonObject a, Map<String, Tensor> in) {
        Tensor x = in.get("x"), w = in.get("w"), b = in.get("b");
        return switch (op) {
            case "conv2d" -> List.of(a.get("padding").isJsonPrimitive()
                    ? F.conv2d(x, w, b, ints(a.get("stride")), a.get("padding").getAsString(), ints(a.get("dilation")), a.get("groups").getAsInt())
                    : F.conv2d(x, w, b, ints(a.get("stride")), ints(a.get("padding")), ints(a.get("dilation")), a.get("groups").getAsInt()));
            case "conv1d" -> List.of(a.get("padding").getAsJsonPrimitive().isString()
                    ? F.conv1d(x, w, b, a.get("stride").getAsInt(), a.get("padding").getAsString(), a.get("dilation").getAsInt(), a.get("groups").getAsInt())
                    : F.conv1d(x, w, b, a.get("stride").getAsInt(), a.get("padding").getAsInt(), a.get("dilation").getAsInt(), a.get("groups").getAsInt()));
            case "conv_transpose2d" -> List.of(F.convTranspose2d(x, w, b, ints(a.get("stride")), ints(a.get("padding")),
                    ints(a.get("output_padding")), a.get("groups").getAsInt(), ints(a.get("dilation"))));
            case "unfold" -> List.of(F.unfold(x, ints(a.get("kernel_size")), ints(a.get("dilation")), ints(a.get("padding")), ints(a.get("stride"))));
            case "fold" -> List.of(F.fold(x, longs(a.getAsJsonArray("output_size")), ints(a.get("kernel_size")), ints(a.get("dilation")),
                    ints(a.get("padding")), ints(a.get("stride"))));
            case "max_pool2d" -> F.maxPool2dWithIndices(x, ints(a.get("kernel_size")), ints(a.get("stride")), ints(a.get("padding")),
                    ints(a.get("dilation")), a.get("ceil_mode").getAsBoolean());
            case "avg_pool2d" -> List.of(F.avgPool2d(x, ints(a.get("kernel_size")), ints(a.get("stride")), ints(a.get("padding")),
                    a.get("ceil_mode").getAsBoolean(), a.get("count_include_pad").getAsBoolean(),
                    a.get("divisor_override").isJsonNull() ? null : a.get("divisor_override").getAsInt()));
            case "adaptive_avg_pool2d" -> List.of(F.adaptiveAvgPool2d(x, longs(a.getAsJsonArray("output_size"))));
            case "adaptive_max_pool2d" -> F.adaptiveMaxPool2dWithIndices(x, longs(a.getAsJsonArray("output_size")));
            case "batch_norm" -> List.of(F.batchNorm(x, in.get("running_mean"), in.get("running_var"), w, b,
                    a.get("training").getAsBoolean(), a.get("momentum").getAsDouble(), a.get("eps").getAsDouble()));
            case "layer_norm" -> List.of(F.layerNorm(x, longs(a.getAsJsonArray("normalized_shape")), w, b, a.get("eps").getAsDouble()));
            case "pad" -> List.of(F.pad(x, longs(a.getAsJsonArray("pad")), a.get("mode").getAsString(), a.get("value").getAsDouble()));
            case "interpolate" -> {
                Boolean ac = a.get("align_corners").isJsonNull() ? null : a.get("align_corners").getAsBoolean();
                String mode = a.get("mode").getAsString();
                yield List.of(a.get("size").isJsonNull() ? F.interpolate(x, a.get("scale_factor").getAsDouble(), mode, ac)
                        : F.interpolate(x, longs(a.getAsJsonArray("size")), mode, ac));
            }
            default -> throw new IllegalArgumentException(op);
        };
    }

    static void assertClose(Tensor expected, Tensor actual, String what) {
        assertEquals(expected.shape(), actual.shape(), what + " shape");
        assertEquals(expected.dtype(), actual.dtype(), what + " dtype");
        double tol = expected.dtype() == DType.FLOAT64 ? 1e-10 : 2e-5;
        double[] e = expected.toDoubleArray(), a = actual.toDoubleArray();
        for (int i = 0; i < e.length; i++)
            assertTrue(Math.abs(e[i] - a[i]) <= tol * (1 + Math.abs(e[i])), what + " at " + i + ": expected " + e[i] + " but was " + a[i]);
    }

    @Test void forwardAndGradientsMatchPyTorch() {
        JsonArray cases = golden().getAsJsonArray("cases");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonElement ce : cases) {
            JsonObject c = ce.getAsJsonObject();
            String op = c.get("op").getAsString();
            JsonObject args = c.getAsJsonObject("args");
            String id = op + " " + args;
            try {
                Map<String, Tensor> in = new LinkedHashMap<>();
                for (var e : c.getAsJsonObject("inputs").entrySet()) in.put(e.getKey(), tensor(e.getValue().getAsJsonObject()).requiresGrad_());
                if (op.equals("batch_norm")) {
                    in.put("running_mean", tensor(args.getAsJsonObject("running_mean")));
                    in.put("running_var", tensor(args.getAsJsonObject("running_var")));
                }
                List<Tensor> out = call(op, args, in);
                assertClose(tensor(c.getAsJsonObject("out")), out.get(0), id + " out");
                assertEquals(c.get("grad_fn").getAsString(), out.get(0).gradFn().name(), id + " grad_fn");
                if (c.has("indices"))
                    assertEquals(Torch.from(longs(c.getAsJsonObject("indices").getAsJsonArray("values"))).view(out.get(1).shape().toLongArray()).toString(),
                            out.get(1).toString(), id + " indices");
                if (c.has("running_mean_after")) {
                    assertClose(tensor(c.getAsJsonObject("running_mean_after")), in.get("running_mean"), id + " running_mean");
                    assertClose(tensor(c.getAsJsonObject("running_var_after")), in.get("running_var"), id + " running_var");
                }
                List<String> names = new ArrayList<>(c.getAsJsonObject("grads").keySet());
                List<Tensor> wrt = names.stream().map(in::get).toList();
                List<Tensor> grads = Autograd.grad(List.of(out.get(0).mul(tensor(c.getAsJsonObject("gout"))).sum()), wrt);
                for (int i = 0; i < names.size(); i++)
                    assertClose(tensor(c.getAsJsonObject("grads").getAsJsonObject(names.get(i))), grads.get(i), id + " grad " + names.get(i));
                checked++;
            } catch (AssertionError | RuntimeException err) {
                failures.add(id + ": " + err.getMessage());
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(cases.size(), checked);
    }

    private static void assertMessage(String expected, Executable call) {
        Throwable t = assertThrows(RuntimeException.class, call);
        assertEquals(expected, t.getMessage());
    }

    @Test void errorsInPyTorchsWords() {
        JsonObject e = golden().getAsJsonObject("errors");
        Tensor x = Torch.randn(2, 3, 8, 8);
        assertMessage(e.get("conv_channels").getAsString(), () -> F.conv2d(x, Torch.randn(4, 2, 3, 3)));
        assertMessage(e.get("conv_bias").getAsString(), () -> F.conv2d(x, Torch.randn(4, 3, 3, 3), Torch.randn(5)));
        assertMessage(e.get("conv_input_dims").getAsString(), () -> F.conv2d(Torch.randn(8, 8), Torch.randn(4, 3, 3, 3)));
        assertMessage(e.get("conv_kernel_too_big").getAsString(), () -> F.conv2d(x, Torch.randn(4, 3, 9, 9)));
        assertMessage(e.get("conv_groups").getAsString(), () -> F.conv2d(x, Torch.randn(4, 3, 3, 3), null, 1, 0, 1, 2));
        assertMessage(e.get("conv_same_strided").getAsString(),
                () -> F.conv2d(x, Torch.randn(4, 3, 3, 3), null, new int[]{2, 2}, "same", new int[]{1, 1}, 1));
        assertMessage(e.get("conv_transpose_channels").getAsString(), () -> F.convTranspose2d(x, Torch.randn(4, 2, 3, 3)));
        assertMessage(e.get("conv_transpose_output_padding").getAsString(),
                () -> F.convTranspose2d(x, Torch.randn(3, 2, 3, 3), null, 1, 0, 2, 1, 1));
        assertMessage(e.get("max_pool_pad").getAsString(), () -> F.maxPool2d(x, 2, 2, 2));
        assertMessage(e.get("max_pool_too_small").getAsString(), () -> F.maxPool2d(x, 9));
        assertMessage(e.get("batch_norm_one_value").getAsString(),
                () -> F.batchNorm(Torch.randn(1, 3), null, null, null, null, true));
        assertMessage(e.get("batch_norm_running_mean").getAsString(), () -> F.batchNorm(x, Torch.zeros(4), Torch.ones(4)));
        assertMessage(e.get("layer_norm_shape").getAsString(), () -> F.layerNorm(x, new long[]{7}));
        assertMessage(e.get("conv_input_float_weight_double").getAsString(), () -> F.conv2d(x, Torch.randn(4, 3, 3, 3).toDouble()));
        assertMessage(e.get("conv_input_double_weight_float").getAsString(), () -> F.conv2d(x.toDouble(), Torch.randn(4, 3, 3, 3)));
        assertMessage(e.get("conv_bias_double").getAsString(), () -> F.conv2d(x, Torch.randn(4, 3, 3, 3), Torch.randn(4).toDouble()));
        assertMessage(e.get("max_pool_long").getAsString(), () -> F.maxPool2d(x.toLong(), 2));
        assertMessage(e.get("adaptive_avg_long").getAsString(), () -> F.adaptiveAvgPool2d(x.toLong(), 2));
        assertMessage(e.get("reflect_long").getAsString(), () -> F.pad(x.toLong(), new long[]{1, 1, 1, 1}, "reflect"));
        assertMessage(e.get("layer_norm_long").getAsString(), () -> F.layerNorm(x.toLong(), new long[]{8}));
    }
}
