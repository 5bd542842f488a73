package torch4j.random;

import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.Set;
import torch4j.DType;
import torch4j.Generator;

/**
 * Replays one golden case with torch4j's kernels: {@code global} plays torch's default
 * generator, {@code g} the case's private {@code torch.Generator}. Each step returns what the
 * PyTorch step recorded (a Java array in the dtype's storage type), or null for steps that only
 * change state.
 */
final class GoldenRunner {
    /** Steps whose float64 results go through the C library's log/sin/cos (notes §9). */
    private static final Set<String> LIBM_OPS =
            Set.of("randn", "normal", "normal_mean_tensor", "normal_std_tensor", "normal_tensors");

    private final Generator global = new Generator();
    private final Generator privateGen = new Generator();

    GoldenRunner(GoldenData.Case c) {
        global.manualSeed(c.seed());
        if (c.seedG() != null) privateGen.manualSeed(c.seedG());
    }

    /** True when a float64 result of this step depends on libm's last bits. */
    static boolean libmDependent(JsonObject step) {
        String op = step.get("op").getAsString();
        if (op.equals("set_state")) return false;
        if (op.equals("strided")) {
            String fill = step.get("fill").getAsString();
            return fill.equals("normal") || fill.equals("randn_like");
        }
        return LIBM_OPS.contains(op);
    }

    static DType dtype(JsonObject step) {
        return step.has("dtype") ? DType.of(step.get("dtype").getAsString()) : DType.FLOAT32;
    }

    Object run(JsonObject step) {
        Generator gen = step.has("gen") && step.get("gen").getAsString().equals("g") ? privateGen : global;
        String op = step.get("op").getAsString();
        DType dt = dtype(step);
        int n = step.has("n") ? step.get("n").getAsInt() : 0;
        switch (op) {
            case "manual_seed" -> { gen.manualSeed(GoldenData.asSeed(step.get("seed"))); return null; }
            case "set_state" -> { gen.setState(GoldenData.bytes(step.get("state").getAsString())); return null; }
            case "initial_seed" -> { return new long[] {gen.initialSeed()}; }
            case "get_state" -> { return gen.getState(); }
            case "rand" -> { return uniform(gen, dt, n, 0.0, 1.0); }
            case "uniform" -> { return uniform(gen, dt, n, d(step, "from"), d(step, "to")); }
            case "randn" -> { return normal(gen, dt, n, 0.0, 1.0, true); }
            case "normal" -> { return normal(gen, dt, n, d(step, "mean"), d(step, "std"), true); }
            case "normal_mean_tensor", "normal_std_tensor", "normal_tensors" -> { return normalOverload(gen, op, dt, step); }
            case "random" -> { Object a = newArray(dt, n); IntegerRandom.fill(gen, dt, a, 0, n); return a; }
            case "random_from_to" -> {
                Object a = newArray(dt, n);
                IntegerRandom.fillFromTo(gen, dt, a, 0, n, l(step, "from"), l(step, "to"));
                return a;
            }
            case "random_from" -> { Object a = newArray(dt, n); IntegerRandom.fillFrom(gen, dt, a, 0, n, l(step, "from")); return a; }
            case "randperm" -> { Object a = newArray(dt, n); Randperm.fill(gen, n, dt, a, 0); return a; }
            case "bernoulli_p" -> { Object a = newArray(dt, n); Bernoulli.fill(gen, dt, a, 0, n, d(step, "p")); return a; }
            case "bernoulli_tensor" -> { return bernoulliTensor(gen, dt, step); }
            case "dropout" -> { return dropout(gen, dt, n, d(step, "p")); }
            case "feature_dropout" -> { return featureDropout(gen, step); }
            case "strided" -> { return strided(gen, dt, step); }
            default -> throw new IllegalArgumentException("unknown golden op " + op);
        }
    }

    private static double d(JsonObject step, String key) {
        return step.get(key).getAsDouble();
    }

    private static long l(JsonObject step, String key) {
        return GoldenData.asSeed(step.get(key));
    }

    static Object newArray(DType dt, int n) {
        return switch (dt) {
            case BOOL -> new boolean[n];
            case UINT8, INT8 -> new byte[n];
            case INT16 -> new short[n];
            case INT32 -> new int[n];
            case INT64 -> new long[n];
            case FLOAT32 -> new float[n];
            case FLOAT64 -> new double[n];
        };
    }

    private static Object uniform(Generator gen, DType dt, int n, double from, double to) {
        if (!dt.isFloatingPoint()) {
            Uniform.checkBounds(dt, from, to); // throws PyTorch's "not implemented" message
        }
        if (dt == DType.FLOAT64) {
            double[] a = new double[n];
            Uniform.fill(gen, a, 0, n, from, to);
            return a;
        }
        float[] a = new float[n];
        Uniform.fill(gen, a, 0, n, from, to);
        return a;
    }

    private static Object normal(Generator gen, DType dt, int n, double mean, double std, boolean contiguous) {
        if (dt == DType.FLOAT64) {
            double[] a = new double[n];
            Normal.fill(gen, a, 0, n, mean, std, contiguous);
            return a;
        }
        float[] a = new float[n];
        Normal.fill(gen, a, 0, n, mean, std, contiguous);
        return a;
    }

    private static Object normalOverload(Generator gen, String op, DType dt, JsonObject step) {
        if (dt == DType.FLOAT64) {
            double[] mean = step.get("mean").isJsonObject() ? GoldenData.f64(step.getAsJsonObject("mean").get("f64").getAsString()) : null;
            double[] std = step.get("std").isJsonObject() ? GoldenData.f64(step.getAsJsonObject("std").get("f64").getAsString()) : null;
            int n = mean != null ? mean.length : std.length;
            double[] out = new double[n];
            switch (op) {
                case "normal_mean_tensor" -> Normal.fillMeanTensor(gen, out, 0, n, mean, 0, d(step, "std"));
                case "normal_std_tensor" -> Normal.fillStdTensor(gen, out, 0, n, d(step, "mean"), std, 0);
                default -> Normal.fillMeanStdTensors(gen, out, 0, n, mean, 0, std, 0);
            }
            return out;
        }
        float[] mean = step.get("mean").isJsonObject() ? GoldenData.f32(step.getAsJsonObject("mean").get("f32").getAsString()) : null;
        float[] std = step.get("std").isJsonObject() ? GoldenData.f32(step.getAsJsonObject("std").get("f32").getAsString()) : null;
        int n = mean != null ? mean.length : std.length;
        float[] out = new float[n];
        switch (op) {
            case "normal_mean_tensor" -> Normal.fillMeanTensor(gen, out, 0, n, mean, 0, d(step, "std"));
            case "normal_std_tensor" -> Normal.fillStdTensor(gen, out, 0, n, d(step, "mean"), std, 0);
            default -> Normal.fillMeanStdTensors(gen, out, 0, n, mean, 0, std, 0);
        }
        return out;
    }

    private static Object bernoulliTensor(Generator gen, DType dt, JsonObject step) {
        JsonObject p = step.getAsJsonObject("p");
        if (p.has("f32")) {
            float[] probs = GoldenData.f32(p.get("f32").getAsString());
            Object out = newArray(dt, probs.length);
            Bernoulli.fill(gen, dt, out, 0, probs.length, probs, 0);
            return out;
        }
        double[] probs = GoldenData.f64(p.get("f64").getAsString());
        Object out = newArray(dt, probs.length);
        Bernoulli.fill(gen, dt, out, 0, probs.length, probs, 0);
        return out;
    }

    private static Object dropout(Generator gen, DType dt, int n, double p) {
        if (dt == DType.FLOAT64) {
            double[] x = new double[n];
            Arrays.fill(x, 1.0);
            Dropout.dropout(gen, x, 0, x, 0, n, p, true);
            return x;
        }
        float[] x = new float[n];
        Arrays.fill(x, 1f);
        Dropout.dropout(gen, x, 0, x, 0, n, p, true);
        return x;
    }

    private static Object featureDropout(Generator gen, JsonObject step) {
        var shape = step.getAsJsonArray("shape");
        int planes = shape.get(0).getAsInt() * shape.get(1).getAsInt();
        int inner = shape.get(2).getAsInt() * shape.get(3).getAsInt();
        float[] x = new float[planes * inner];
        Arrays.fill(x, 1f);
        Dropout.featureDropout(gen, x, 0, x, 0, planes, inner, d(step, "p"), true);
        return x;
    }

    /** A fill of a strided view: values drawn in fill order, placed by {@link FillOrder}. */
    private static Object strided(Generator gen, DType dt, JsonObject step) {
        long[] shape = longs(step, "shape");
        long[] strides = longs(step, "strides");
        long offset = step.get("offset").getAsLong();
        int storageSize = step.get("storage").getAsInt();
        int[] indices = FillOrder.storageIndices(shape, strides, offset);
        boolean contiguous = FillOrder.isContiguous(shape, strides);
        int n = indices.length;
        Object storage = newArray(dt, storageSize);
        if (storage instanceof float[] f) Arrays.fill(f, Float.NaN);
        if (storage instanceof double[] f) Arrays.fill(f, Double.NaN);
        if (storage instanceof long[] f) Arrays.fill(f, -7);
        Object values;
        switch (step.get("fill").getAsString()) {
            case "normal", "randn_like" -> {
                double mean = step.has("mean") ? d(step, "mean") : 0.0;
                double std = step.has("std") ? d(step, "std") : 1.0;
                values = normal(gen, dt, n, mean, std, contiguous);
            }
            case "uniform" -> values = uniform(gen, dt, n, d(step, "from"), d(step, "to"));
            case "random_from_to" -> {
                values = newArray(dt, n);
                IntegerRandom.fillFromTo(gen, dt, values, 0, n, l(step, "from"), l(step, "to"));
            }
            case "bernoulli_p" -> {
                values = newArray(dt, n);
                Bernoulli.fill(gen, dt, values, 0, n, d(step, "p"));
            }
            default -> throw new IllegalArgumentException(step.toString());
        }
        FillOrder.scatter(values, 0, storage, indices);
        return storage;
    }

    private static long[] longs(JsonObject step, String key) {
        var a = step.getAsJsonArray(key);
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsLong();
        return out;
    }
}
