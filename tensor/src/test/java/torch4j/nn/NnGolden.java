package torch4j.nn;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/** Reads {@code golden/nn/*.json} (written by the generators there): tensors as shape, dtype and hex-float values. */
final class NnGolden {
    private NnGolden() {}

    static JsonObject load(String name) {
        try (InputStream in = NnGolden.class.getResourceAsStream("/golden/nn/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Tensor tensor(JsonElement spec) {
        JsonObject o = spec.getAsJsonObject();
        JsonArray shapeJson = o.getAsJsonArray("shape"), values = o.getAsJsonArray("values");
        long[] shape = new long[shapeJson.size()];
        for (int i = 0; i < shape.length; i++) shape[i] = shapeJson.get(i).getAsLong();
        DType dtype = DType.of(o.get("dtype").getAsString());
        if (dtype.isFloatingPoint()) {
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) v[i] = parse(values.get(i).getAsString());
            return Torch.from(v).to(dtype).view(shape);
        }
        long[] v = new long[values.size()];
        for (int i = 0; i < v.length; i++) v[i] = values.get(i).getAsLong();
        return Torch.from(v).to(dtype).view(shape);
    }

    /** A value as Python's {@code float.hex()} writes it, including "inf", "-inf" and "nan". */
    static double parse(String hex) {
        return switch (hex) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(hex);
        };
    }

    /** Close to the reference: |a − b| ≤ atol + rtol·|b| elementwise, same shape and dtype. */
    static String compare(Tensor actual, Tensor expected, double rtol, double atol) {
        if (!actual.shape().equals(expected.shape())) return "shape " + actual.shape() + " vs " + expected.shape();
        if (actual.dtype() != expected.dtype()) return "dtype " + actual.dtype() + " vs " + expected.dtype();
        double[] a = actual.toDoubleArray(), b = expected.toDoubleArray();
        for (int i = 0; i < a.length; i++) {
            boolean same = Double.isNaN(a[i]) ? Double.isNaN(b[i]) : Math.abs(a[i] - b[i]) <= atol + rtol * Math.abs(b[i]) || a[i] == b[i];
            if (!same) return "element " + i + ": " + a[i] + " vs " + b[i];
        }
        return null;
    }
}
