package torch4j;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the golden files written by {@code golden/ops/gen_ops.py}: input tensors (a base plus
 * view steps), typed arguments, exact float values.
 */
final class GoldenJson {
    private GoldenJson() {}

    static JsonObject load(String resource) {
        try (InputStream in = GoldenJson.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A float as the generator writes it: a JSON integer, a float.hex() string, nan, inf, -inf. */
    static double parseFloat(JsonElement e) {
        if (e.getAsJsonPrimitive().isNumber()) return e.getAsDouble();
        String s = e.getAsString();
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);   // Java reads Python's hex floats (0x1.8p+1) as they are
        };
    }

    static double[] doubles(JsonArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = parseFloat(a.get(i));
        return out;
    }

    static long[] longs(JsonArray a) {
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsLong();
        return out;
    }

    /** An input: the contiguous base it was cut from, and the (possibly non-contiguous) view the op sees. */
    record Input(Tensor base, Tensor view) {}

    static Input input(JsonObject spec) { return input(spec, Device.CPU); }

    /** The input with its base moved to {@code device} before the view steps are taken there. */
    static Input input(JsonObject spec, Device device) {
        DType dtype = DType.of(spec.get("dtype").getAsString());
        long[] shape = longs(spec.getAsJsonArray("shape"));
        int n = Math.toIntExact(torch4j.storage.Shapes.numel(shape));
        double[] dv = new double[n];
        long[] lv = new long[n];
        if (spec.has("gen")) {
            JsonArray g = spec.getAsJsonArray("gen");
            long mul = g.get(0).getAsLong(), mod = g.get(1).getAsLong(), add = g.get(2).getAsLong();
            double scale = g.get(3).getAsDouble();
            for (int i = 0; i < n; i++) {
                long k = (i * mul) % mod + add;
                dv[i] = k * scale;
                lv[i] = (long) (k * scale);
            }
        } else {
            JsonArray values = spec.getAsJsonArray("values");
            for (int i = 0; i < n; i++) {
                JsonElement v = values.get(i);
                if (dtype.isFloatingPoint()) dv[i] = parseFloat(v);
                else if (dtype == DType.BOOL) lv[i] = v.getAsBoolean() ? 1 : 0;
                else lv[i] = v.getAsLong();
            }
        }
        Tensor flat = switch (dtype) {
            case FLOAT32 -> { float[] a = new float[n]; for (int i = 0; i < n; i++) a[i] = (float) dv[i]; yield Torch.from(a); }
            case FLOAT64 -> Torch.from(dv);
            case INT64 -> Torch.from(lv);
            case INT32 -> { int[] a = new int[n]; for (int i = 0; i < n; i++) a[i] = (int) lv[i]; yield Torch.from(a); }
            case INT16 -> { short[] a = new short[n]; for (int i = 0; i < n; i++) a[i] = (short) lv[i]; yield Torch.from(a); }
            case INT8 -> { byte[] a = new byte[n]; for (int i = 0; i < n; i++) a[i] = (byte) lv[i]; yield Torch.from(a); }
            case UINT8 -> { byte[] a = new byte[n]; for (int i = 0; i < n; i++) a[i] = (byte) lv[i]; yield Torch.fromUnsigned(a); }
            case BOOL -> { boolean[] a = new boolean[n]; for (int i = 0; i < n; i++) a[i] = lv[i] != 0; yield Torch.from(a); }
        };
        Tensor base = flat.reshape(shape).to(device);
        Tensor x = base;
        if (spec.has("steps"))
            for (JsonElement st : spec.getAsJsonArray("steps")) x = step(x, st.getAsJsonArray());
        return new Input(base, x);
    }

    private static Tensor step(Tensor x, JsonArray s) {
        String op = s.get(0).getAsString();
        return switch (op) {
            case "t" -> x.t();
            case "transpose" -> x.transpose(s.get(1).getAsLong(), s.get(2).getAsLong());
            case "permute" -> x.permute(longs(s.get(1).getAsJsonArray()));
            case "slice" -> x.slice(s.get(1).getAsLong(), s.get(2).getAsLong(), s.get(3).getAsLong(), s.get(4).getAsLong());
            case "narrow" -> x.narrow(s.get(1).getAsLong(), s.get(2).getAsLong(), s.get(3).getAsLong());
            case "select" -> x.select(s.get(1).getAsLong(), s.get(2).getAsLong());
            case "expand" -> x.expand(longs(s.get(1).getAsJsonArray()));
            case "unsqueeze" -> x.unsqueeze(s.get(1).getAsLong());
            case "view" -> x.view(longs(s.get(1).getAsJsonArray()));
            default -> throw new IllegalArgumentException("unknown view step " + op);
        };
    }

    /** The typed argument list of a case: Python int and float stay apart, so overloads can be picked. */
    static final class Args {
        private final List<JsonObject> a = new ArrayList<>();

        Args(JsonArray array) { for (JsonElement e : array) a.add(e.getAsJsonObject()); }

        int size() { return a.size(); }
        boolean isInt(int i) { return a.get(i).has("int"); }
        boolean isFloat(int i) { return a.get(i).has("float"); }
        boolean isBool(int i) { return a.get(i).has("bool"); }
        boolean isInts(int i) { return a.get(i).has("ints"); }
        long i(int i) { return a.get(i).get("int").getAsLong(); }
        /** A float argument, or an int one widened. */
        double d(int i) { return isInt(i) ? i(i) : parseFloat(a.get(i).get("float")); }
        boolean b(int i) { return a.get(i).get("bool").getAsBoolean(); }
        String s(int i) { return a.get(i).get("str").getAsString(); }
        long[] ints(int i) { return longs(a.get(i).getAsJsonArray("ints")); }
        DType dtype(int i) { return DType.of(a.get(i).get("dtype").getAsString()); }

        /** A nested literal as the Java value a user would write: a boxed scalar or a (nested) primitive array. */
        Object literal(int i) {
            JsonObject o = a.get(i);
            Class<?> leaf = switch (o.get("kind").getAsString()) {
                case "float" -> double.class;     // a Python float literal is a Java double
                case "float32" -> float.class;
                case "int" -> long.class;
                case "int32" -> int.class;
                case "bool" -> boolean.class;
                default -> throw new IllegalArgumentException(o.toString());
            };
            return toJava(o.get("nested"), leaf);
        }

        /** Like {@link #literal} but for {@code Torch.from}: kind names the Java element type. */
        Object javaArray(int i) {
            JsonObject o = a.get(i);
            Class<?> leaf = switch (o.get("kind").getAsString()) {
                case "double" -> double.class;
                case "float" -> float.class;
                case "long" -> long.class;
                case "int" -> int.class;
                case "short" -> short.class;
                case "byte" -> byte.class;
                case "boolean" -> boolean.class;
                default -> throw new IllegalArgumentException(o.toString());
            };
            return toJava(o.get("nested"), leaf);
        }

        private static Object toJava(JsonElement e, Class<?> leaf) {
            if (!e.isJsonArray()) {
                if (leaf == double.class) return parseFloat(e);
                if (leaf == float.class) return (float) parseFloat(e);
                if (leaf == boolean.class) return e.getAsBoolean();
                long v = e.getAsLong();
                if (leaf == long.class) return v;
                if (leaf == int.class) return (int) v;
                if (leaf == short.class) return (short) v;
                return (byte) v;
            }
            JsonArray arr = e.getAsJsonArray();
            List<Integer> dims = new ArrayList<>();
            for (JsonElement cur = arr; cur.isJsonArray(); ) {
                JsonArray ca = cur.getAsJsonArray();
                dims.add(ca.size());
                if (ca.isEmpty()) break;
                cur = ca.get(0);
            }
            int[] d = dims.stream().mapToInt(Integer::intValue).toArray();
            Object out = Array.newInstance(leaf, d);
            fill(out, arr, leaf);
            return out;
        }

        private static void fill(Object out, JsonArray arr, Class<?> leaf) {
            for (int i = 0; i < arr.size(); i++) {
                JsonElement e = arr.get(i);
                if (e.isJsonArray()) fill(Array.get(out, i), e.getAsJsonArray(), leaf);
                else Array.set(out, i, toJava(e, leaf));
            }
        }

        @Override public String toString() { return a.toString(); }
    }
}
