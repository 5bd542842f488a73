package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every indexing form against PyTorch 1.13's own results: values, dtypes, shapes, whether the
 * result is a view, and the exact exception type and message. An assignment that fails must leave
 * its target as it was. The cases come from {@code golden/indexing/gen_indexing.py}.
 */
class IndexingGoldenTest {

    @TestFactory
    Stream<DynamicTest> getitem() {
        return cases("getitem.json").map(c -> DynamicTest.dynamicTest("x[" + subscriptText(c) + "] on " + inputText(c), () -> {
            Tensor x = input(c.getAsJsonObject("input"));
            check(c.getAsJsonObject("expect"), x, () -> read(c, x, SAME));
        }));
    }

    @TestFactory
    Stream<DynamicTest> setitem() {
        return cases("setitem.json").map(c -> DynamicTest.dynamicTest(
                "x[" + subscriptText(c) + "] = " + c.get("value") + " on " + inputText(c), () -> {
                    Tensor x = input(c.getAsJsonObject("input"));
                    double[] before = x.toDoubleArray();
                    int version = x.storage().version();
                    JsonObject expect = c.getAsJsonObject("expect");
                    check(expect, null, () -> { write(c, x, SAME, SAME); return x; });
                    if (expect.has("error")) {
                        assertArrayEquals(before, x.toDoubleArray(), "a failed assignment must not write anything");
                    } else {
                        assertTrue(x.storage().version() > version || x.numel() == 0, "an assignment bumps the version");
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> ops() {
        return cases("ops.json").map(c -> DynamicTest.dynamicTest(
                c.get("op").getAsString() + c.get("args") + " on " + inputText(c), () -> {
                    Tensor x = input(c.getAsJsonObject("input"));
                    check(c.getAsJsonObject("expect"), null, () -> op(c.get("op").getAsString(), x, c.getAsJsonArray("args"), SAME));
                }));
    }

    // ---------------------------------------------------------------- replaying a case

    /** Where a case's argument tensors go: nowhere (the CPU) here; {@link MetaIndexingGoldenTest} moves them. */
    static final UnaryOperator<Tensor> SAME = UnaryOperator.identity();

    static Tensor read(JsonObject c, Tensor x, UnaryOperator<Tensor> place) {
        return switch (c.get("form").getAsString()) {
            case "spec" -> x.get(c.get("spec").getAsString());
            case "ints" -> x.get(longs(c.getAsJsonArray("ints")));
            case "tensor" -> x.get(items(c, place)[0]);
            case "tensors" -> x.index(items(c, place));
            default -> throw new IllegalArgumentException(c.get("form").getAsString());
        };
    }

    static void write(JsonObject c, Tensor x, UnaryOperator<Tensor> place, UnaryOperator<Tensor> valuePlace) {
        JsonObject value = c.getAsJsonObject("value");
        switch (c.get("form").getAsString()) {
            case "spec" -> {
                String spec = c.get("spec").getAsString();
                assign(x, value, valuePlace, v -> x.set(spec, v), v -> x.set(spec, v), v -> x.set(spec, v));
            }
            case "ints" -> {
                long[] at = longs(c.getAsJsonArray("ints"));
                assign(x, value, valuePlace, v -> x.set(at, v), v -> x.set(at, v), v -> x.set(at, v));
            }
            case "tensor" -> {
                Tensor index = items(c, place)[0];
                assign(x, value, valuePlace, v -> x.set(index, v), v -> x.set(index, v), v -> x.set(index, v));
            }
            case "tensors" -> {
                Tensor[] indices = items(c, place);
                assign(x, value, valuePlace, v -> x.set(indices, v), v -> x.set(indices, v), v -> x.set(indices, v));
            }
            default -> throw new IllegalArgumentException(c.get("form").getAsString());
        }
    }

    /**
     * Calls the overload Python's value would pick: an int literal, a float literal, a tensor, or
     * a view of the target itself ({@code alias}: a subscript of it).
     */
    private static void assign(Tensor x, JsonObject value, UnaryOperator<Tensor> place, Function<Long, Tensor> asLong, Function<Double, Tensor> asDouble,
                               Function<Tensor, Tensor> asTensor) {
        if (value.has("alias")) {
            asTensor.apply(x.get(value.get("alias").getAsString()));
            return;
        }
        if (value.has("tensor")) {
            asTensor.apply(input(value.getAsJsonObject("tensor"), place));
            return;
        }
        String literal = value.get("scalar").getAsString();
        if (literal.contains(".") || literal.contains("e")) asDouble.apply(Double.parseDouble(literal));
        else asLong.apply(Long.parseLong(literal));
    }

    static Tensor op(String name, Tensor x, JsonArray args, UnaryOperator<Tensor> place) {
        return switch (name) {
            case "gather" -> x.gather(args.get(0).getAsLong(), tensorArg(args.get(1), place));
            case "scatter" -> x.scatter(args.get(0).getAsLong(), tensorArg(args.get(1), place), tensorArg(args.get(2), place));
            case "scatter_add" -> x.scatterAdd(args.get(0).getAsLong(), tensorArg(args.get(1), place), tensorArg(args.get(2), place));
            case "scatter_value" -> x.scatter(args.get(0).getAsLong(), tensorArg(args.get(1), place), args.get(2).getAsDouble());
            case "one_hot" -> x.scatter_(1, tensorArg(args.get(0), place).unsqueeze(1), 1.0);
            case "index_select" -> x.indexSelect(args.get(0).getAsLong(), tensorArg(args.get(1), place));
            case "masked_fill" -> x.maskedFill(tensorArg(args.get(0), place), args.get(1).getAsDouble());
            case "masked_fill_" -> x.clone().maskedFill_(tensorArg(args.get(0), place), args.get(1).getAsDouble());
            case "masked_fill_tensor" -> x.maskedFill(tensorArg(args.get(0), place), tensorArg(args.get(1), place));
            case "masked_select" -> x.maskedSelect(tensorArg(args.get(0), place));
            case "nonzero" -> x.nonzero();
            case "take" -> x.take(tensorArg(args.get(0), place));
            case "index_put_" -> {
                JsonArray list = args.get(0).getAsJsonArray();
                Tensor[] indices = new Tensor[list.size()];
                for (int i = 0; i < indices.length; i++) indices[i] = list.get(i).isJsonNull() ? null : tensorArg(list.get(i), place);
                yield x.indexPut_(indices, tensorArg(args.get(1), place), args.get(2).getAsBoolean());
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Compares the outcome with PyTorch's: the result (and view-ness), or the exception. */
    private static void check(JsonObject expect, Tensor base, java.util.function.Supplier<Tensor> action) {
        if (expect.has("error")) {
            Class<? extends RuntimeException> type = expect.get("error").getAsString().equals("IndexError")
                    ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            RuntimeException e = assertThrows(type, action::get);
            assertEquals(expect.get("message").getAsString(), e.getMessage());
            return;
        }
        Tensor r = action.get();
        assertEquals(DType.of(expect.get("dtype").getAsString()), r.dtype(), "dtype");
        assertArrayEquals(longs(expect.getAsJsonArray("shape")), r.shape().toLongArray(), "shape");
        assertArrayEquals(doubles(expect.getAsJsonArray("data")), r.toDoubleArray(), "values");
        if (base != null && expect.has("shares"))
            assertEquals(expect.get("shares").getAsBoolean(), r.numel() > 0 && r.sharesStorageWith(base), "shares storage");
    }

    // ---------------------------------------------------------------- decoding

    static Stream<JsonObject> cases(String file) {
        var in = IndexingGoldenTest.class.getResourceAsStream("/golden/indexing/" + file);
        if (in == null) throw new IllegalStateException("missing golden file " + file);
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            JsonArray cases = JsonParser.parseReader(reader).getAsJsonObject().getAsJsonArray("cases");
            List<JsonObject> out = new ArrayList<>();
            for (JsonElement e : cases) out.add(e.getAsJsonObject());
            return out.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case's tensor: the base from row-major data, then the named view. */
    static Tensor input(JsonObject in) { return input(in, SAME); }

    /** As {@link #input(JsonObject)} with the base moved by {@code place} before the view is taken. */
    static Tensor input(JsonObject in, UnaryOperator<Tensor> place) {
        DType dtype = DType.of(in.get("dtype").getAsString());
        long[] shape = longs(in.getAsJsonArray("shape"));
        Tensor base = place.apply(Torch.tensor(doubles(in.getAsJsonArray("data")), DType.FLOAT64).reshape(shape).to(dtype));
        return switch (in.get("view").getAsString()) {
            case "none" -> base;
            case "t" -> base.transpose(0, -1);
            case "step" -> base.slice(-1, 0, base.size(-1), 2);
            case "expand" -> {
                long[] target = shape.clone();
                target[0] = 2;
                yield base.expand(target);
            }
            default -> throw new IllegalArgumentException(in.get("view").getAsString());
        };
    }

    private static Tensor tensorArg(JsonElement e, UnaryOperator<Tensor> place) {
        return input(e.getAsJsonObject().getAsJsonObject("tensor"), place);
    }

    /** The index tensors of a case; an {@code all} item (Python's {@code :}) is null. */
    private static Tensor[] items(JsonObject c, UnaryOperator<Tensor> place) {
        JsonArray items = c.getAsJsonArray("items");
        Tensor[] out = new Tensor[items.size()];
        for (int i = 0; i < out.length; i++) {
            JsonObject item = items.get(i).getAsJsonObject();
            out[i] = item.has("all") ? null : input(item.getAsJsonObject("tensor"), place);
        }
        return out;
    }

    static long[] longs(JsonArray a) {
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsLong();
        return out;
    }

    static double[] doubles(JsonArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsDouble();
        return out;
    }

    static String subscriptText(JsonObject c) {
        return switch (c.get("form").getAsString()) {
            case "spec" -> c.get("spec").getAsString();
            case "ints" -> c.get("ints").toString();
            default -> c.get("items").toString().replace("{\"all\":true}", ":");
        };
    }

    static String inputText(JsonObject c) {
        JsonObject in = c.getAsJsonObject("input");
        return in.get("dtype").getAsString() + in.get("shape") + ("none".equals(in.get("view").getAsString()) ? "" : "." + in.get("view").getAsString());
    }
}
