package torch4j;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code golden/pointwise/gen_pointwise.py}'s cases (PyTorch 1.13's results for the torch
 * namespace's elementwise ops: aliases, special functions, bitwise ops, ...) through the method
 * spelling, on the CPU ({@link GoldenOpsTest#run}: values, dtypes, errors) and on the meta device
 * ({@link MetaConformanceTest#run}: dtypes, shapes and errors without values), and through the
 * function spelling ({@code Torch.x(input, ...)}) on the CPU.
 */
class PointwiseGoldenTest {
    /** The golden op names of this table and the torch4j calls they stand for. */
    static final Map<String, GoldenRegistry.Op> OPS = new java.util.HashMap<>();
    /** The same calls in the function spelling ({@code Torch.absolute(x)}), generated from the methods by codegen. */
    static final Map<String, GoldenRegistry.Op> FUNCTIONS = new java.util.HashMap<>();
    /** The prefix of the function spelling's entries in the shared golden registry. */
    private static final String FUNCTION = "torch.";

    private static void unary(String name, Function<Tensor, Object> f) { OPS.put(name, (x, a) -> f.apply(x.get(0))); }

    private static void unaryFn(String name, Function<Tensor, Object> f) { FUNCTIONS.put(name, (x, a) -> f.apply(x.get(0))); }

    private static void binaryFn(String name, BiFunction<Tensor, Tensor, Tensor> tt) { FUNCTIONS.put(name, (x, a) -> tt.apply(x.get(0), x.get(1))); }

    private static void binaryFn(String name, BiFunction<Tensor, Tensor, Tensor> tt, GoldenRegistry.LongScalar tl, GoldenRegistry.DoubleScalar td) {
        FUNCTIONS.put(name, (x, a) -> {
            if (x.size() > 1) return tt.apply(x.get(0), x.get(1));
            if (a.isInt(0)) return tl.apply(x.get(0), a.i(0));
            return td.apply(x.get(0), a.d(0));
        });
    }

    private static void binary(String name, BiFunction<Tensor, Tensor, Tensor> tt) { OPS.put(name, (x, a) -> tt.apply(x.get(0), x.get(1))); }

    /** A binary op with a tensor, a Python-int or a Python-float second operand. */
    private static void binary(String name, BiFunction<Tensor, Tensor, Tensor> tt, GoldenRegistry.LongScalar tl, GoldenRegistry.DoubleScalar td) {
        OPS.put(name, (x, a) -> {
            if (x.size() > 1) return tt.apply(x.get(0), x.get(1));
            if (a.isInt(0)) return tl.apply(x.get(0), a.i(0));
            return td.apply(x.get(0), a.d(0));
        });
    }

    static {
        unary("absolute", Tensor::absolute);
        unary("arccos", Tensor::arccos);
        unary("arcsin", Tensor::arcsin);
        unary("arctan", Tensor::arctan);
        unary("arccosh", Tensor::arccosh);
        unary("arcsinh", Tensor::arcsinh);
        unary("arctanh", Tensor::arctanh);
        unary("acosh", Tensor::acosh);
        unary("asinh", Tensor::asinh);
        unary("atanh", Tensor::atanh);
        unary("fix", Tensor::fix);
        unary("negative", Tensor::negative);
        unary("exp2", Tensor::exp2);
        unary("frac", Tensor::frac);
        unary("erfc", Tensor::erfc);
        unary("erfinv", Tensor::erfinv);
        unary("lgamma", Tensor::lgamma);
        unary("digamma", Tensor::digamma);
        unary("i0", Tensor::i0);
        unary("deg2rad", Tensor::deg2rad);
        unary("rad2deg", Tensor::rad2deg);
        unary("sinc", Tensor::sinc);
        unary("sgn", Tensor::sgn);
        unary("signbit", Tensor::signbit);
        unary("isposinf", Tensor::isposinf);
        unary("isneginf", Tensor::isneginf);
        unary("bitwiseNot", Tensor::bitwiseNot);
        unary("positive", Tensor::positive);
        OPS.put("nanToNum", (x, a) -> a.size() > 0 ? x.get(0).nanToNum(a.d(0)) : x.get(0).nanToNum());
        OPS.put("nanToNum3", (x, a) -> x.get(0).nanToNum(a.d(0), a.d(1), a.d(2)));
        OPS.put("nanToNum_", (x, a) -> x.get(0).nanToNum_());
        OPS.put("nanToNum3_", (x, a) -> x.get(0).nanToNum_(a.d(0), a.d(1), a.d(2)));
        OPS.put("logit", (x, a) -> a.size() > 0 ? x.get(0).logit(a.d(0)) : x.get(0).logit());
        OPS.put("logit_", (x, a) -> a.size() > 0 ? x.get(0).logit_(a.d(0)) : x.get(0).logit_());
        OPS.put("hardshrink", (x, a) -> a.size() > 0 ? x.get(0).hardshrink(a.d(0)) : x.get(0).hardshrink());
        OPS.put("frexp", (x, a) -> {
            Frexp r = x.get(0).frexp();
            return new ValuesIndices("frexp", r.mantissa(), r.exponent());
        });
        unary("acosh_", Tensor::acosh_);
        unary("arccos_", Tensor::arccos_);
        unary("arccosh_", Tensor::arccosh_);
        unary("arcsin_", Tensor::arcsin_);
        unary("arcsinh_", Tensor::arcsinh_);
        unary("arctan_", Tensor::arctan_);
        unary("arctanh_", Tensor::arctanh_);
        unary("asinh_", Tensor::asinh_);
        unary("atanh_", Tensor::atanh_);
        unary("deg2rad_", Tensor::deg2rad_);
        unary("rad2deg_", Tensor::rad2deg_);
        unary("erfc_", Tensor::erfc_);
        unary("exp2_", Tensor::exp2_);
        unary("fix_", Tensor::fix_);
        unary("frac_", Tensor::frac_);
        unary("i0_", Tensor::i0_);
        unary("negative_", Tensor::negative_);
        unary("sinc_", Tensor::sinc_);

        binary("arctan2", Tensor::arctan2);
        binary("multiply", Tensor::multiply, Tensor::multiply, Tensor::multiply);
        binary("divide", Tensor::divide, (t, v) -> t.divide((double) v), Tensor::divide);
        binary("trueDivide", Tensor::trueDivide, (t, v) -> t.trueDivide((double) v), Tensor::trueDivide);
        binary("subtract", Tensor::subtract, Tensor::subtract, Tensor::subtract);
        binary("greater", Tensor::greater, Tensor::greater, Tensor::greater);
        binary("greaterEqual", Tensor::greaterEqual, Tensor::greaterEqual, Tensor::greaterEqual);
        binary("less", Tensor::less, Tensor::less, Tensor::less);
        binary("lessEqual", Tensor::lessEqual, Tensor::lessEqual, Tensor::lessEqual);
        binary("notEqual", Tensor::notEqual, Tensor::notEqual, Tensor::notEqual);
        binary("copysign", Tensor::copysign, Tensor::copysign, Tensor::copysign);
        binary("xlogy", Tensor::xlogy, (t, v) -> t.xlogy((double) v), Tensor::xlogy);
        binary("xlogy_", Tensor::xlogy_, (t, v) -> t.xlogy_((double) v), Tensor::xlogy_);
        binary("floatPower", Tensor::floatPower, (t, v) -> t.floatPower((double) v), Tensor::floatPower);
        binary("fmax", Tensor::fmax);
        binary("fmin", Tensor::fmin);
        binary("hypot", Tensor::hypot);
        binary("logaddexp", Tensor::logaddexp);
        binary("logaddexp2", Tensor::logaddexp2);
        binary("nextafter", Tensor::nextafter);
        binary("heaviside", Tensor::heaviside);
        binary("ldexp", Tensor::ldexp);
        binary("ldexp_", Tensor::ldexp_);
        binary("isclose", Tensor::isclose);
        OPS.put("isclose4", (x, a) -> x.get(0).isclose(x.get(1), a.d(0), a.d(1), a.b(2)));
        binary("prelu", Tensor::prelu);
        binary("gcd", Tensor::gcd);
        binary("lcm", Tensor::lcm);
        binary("gcd_", Tensor::gcd_);
        binary("lcm_", Tensor::lcm_);
        for (String name : List.of("bitwiseAnd", "bitwiseOr", "bitwiseXor")) {
            OPS.put(name, (x, a) -> {
                Tensor t = x.get(0);
                if (x.size() > 1) return switch (name) {
                    case "bitwiseAnd" -> t.bitwiseAnd(x.get(1));
                    case "bitwiseOr" -> t.bitwiseOr(x.get(1));
                    default -> t.bitwiseXor(x.get(1));
                };
                if (a.isBool(0)) return switch (name) {
                    case "bitwiseAnd" -> t.bitwiseAnd(a.b(0));
                    case "bitwiseOr" -> t.bitwiseOr(a.b(0));
                    default -> t.bitwiseXor(a.b(0));
                };
                return switch (name) {
                    case "bitwiseAnd" -> t.bitwiseAnd(a.i(0));
                    case "bitwiseOr" -> t.bitwiseOr(a.i(0));
                    default -> t.bitwiseXor(a.i(0));
                };
            });
        }
        OPS.put("bitwiseLeftShift", (x, a) -> x.size() > 1 ? x.get(0).bitwiseLeftShift(x.get(1)) : x.get(0).bitwiseLeftShift(a.i(0)));
        OPS.put("bitwiseRightShift", (x, a) -> x.size() > 1 ? x.get(0).bitwiseRightShift(x.get(1)) : x.get(0).bitwiseRightShift(a.i(0)));
        OPS.put("divideMode", (x, a) -> x.get(0).divide(x.get(1), a.s(0)));
        OPS.put("subtractAlpha", (x, a) -> x.get(0).subtract(x.get(1), a.d(0)));
        OPS.put("clip", (x, a) -> a.size() == 1 ? x.get(0).clip(a.d(0))
                : a.isInt(0) ? x.get(0).clip(a.i(0), a.i(1)) : x.get(0).clip(a.d(0), a.d(1)));
        OPS.put("clip_", (x, a) -> a.size() == 1 ? x.get(0).clip_(a.d(0))
                : a.isInt(0) ? x.get(0).clip_(a.i(0), a.i(1)) : x.get(0).clip_(a.d(0), a.d(1)));
        OPS.put("clipMax", (x, a) -> x.get(0).clip(null, a.d(0)));
        OPS.put("clipT", (x, a) -> x.get(0).clip(x.get(1), x.get(2)));
        OPS.put("clipTMin", (x, a) -> x.get(0).clip(x.get(1), null));
        OPS.put("clipTMax", (x, a) -> x.get(0).clip(null, x.get(1)));
        for (var e : OPS.entrySet()) GoldenRegistry.OPS.putIfAbsent(e.getKey(), e.getValue());
        functions();
        for (var e : FUNCTIONS.entrySet()) GoldenRegistry.OPS.putIfAbsent(FUNCTION + e.getKey(), e.getValue());
    }

    private static void functions() {
        unaryFn("absolute", Torch::absolute);
        unaryFn("arccos", Torch::arccos);
        unaryFn("arcsin", Torch::arcsin);
        unaryFn("arctan", Torch::arctan);
        unaryFn("arccosh", Torch::arccosh);
        unaryFn("arcsinh", Torch::arcsinh);
        unaryFn("arctanh", Torch::arctanh);
        unaryFn("acosh", Torch::acosh);
        unaryFn("asinh", Torch::asinh);
        unaryFn("atanh", Torch::atanh);
        unaryFn("fix", Torch::fix);
        unaryFn("negative", Torch::negative);
        unaryFn("exp2", Torch::exp2);
        unaryFn("frac", Torch::frac);
        unaryFn("erfc", Torch::erfc);
        unaryFn("erfinv", Torch::erfinv);
        unaryFn("lgamma", Torch::lgamma);
        unaryFn("digamma", Torch::digamma);
        unaryFn("i0", Torch::i0);
        unaryFn("deg2rad", Torch::deg2rad);
        unaryFn("rad2deg", Torch::rad2deg);
        unaryFn("sinc", Torch::sinc);
        unaryFn("sgn", Torch::sgn);
        unaryFn("signbit", Torch::signbit);
        unaryFn("isposinf", Torch::isposinf);
        unaryFn("isneginf", Torch::isneginf);
        unaryFn("bitwiseNot", Torch::bitwiseNot);
        unaryFn("positive", Torch::positive);
        FUNCTIONS.put("nanToNum", (x, a) -> a.size() > 0 ? Torch.nanToNum(x.get(0), a.d(0)) : Torch.nanToNum(x.get(0)));
        FUNCTIONS.put("nanToNum3", (x, a) -> Torch.nanToNum(x.get(0), a.d(0), a.d(1), a.d(2)));
        FUNCTIONS.put("nanToNum_", (x, a) -> Torch.nanToNum_(x.get(0)));
        FUNCTIONS.put("nanToNum3_", (x, a) -> Torch.nanToNum_(x.get(0), a.d(0), a.d(1), a.d(2)));
        FUNCTIONS.put("logit", (x, a) -> a.size() > 0 ? Torch.logit(x.get(0), a.d(0)) : Torch.logit(x.get(0)));
        FUNCTIONS.put("logit_", (x, a) -> a.size() > 0 ? Torch.logit_(x.get(0), a.d(0)) : Torch.logit_(x.get(0)));
        FUNCTIONS.put("hardshrink", (x, a) -> a.size() > 0 ? Torch.hardshrink(x.get(0), a.d(0)) : Torch.hardshrink(x.get(0)));
        FUNCTIONS.put("frexp", (x, a) -> {
            Frexp r = Torch.frexp(x.get(0));
            return new ValuesIndices("frexp", r.mantissa(), r.exponent());
        });
        unaryFn("acosh_", Torch::acosh_);
        unaryFn("arccos_", Torch::arccos_);
        unaryFn("arccosh_", Torch::arccosh_);
        unaryFn("arcsin_", Torch::arcsin_);
        unaryFn("arcsinh_", Torch::arcsinh_);
        unaryFn("arctan_", Torch::arctan_);
        unaryFn("arctanh_", Torch::arctanh_);
        unaryFn("asinh_", Torch::asinh_);
        unaryFn("atanh_", Torch::atanh_);
        unaryFn("deg2rad_", Torch::deg2rad_);
        unaryFn("rad2deg_", Torch::rad2deg_);
        unaryFn("erfc_", Torch::erfc_);
        unaryFn("exp2_", Torch::exp2_);
        unaryFn("fix_", Torch::fix_);
        unaryFn("frac_", Torch::frac_);
        unaryFn("i0_", Torch::i0_);
        unaryFn("negative_", Torch::negative_);
        unaryFn("sinc_", Torch::sinc_);

        binaryFn("arctan2", Torch::arctan2);
        binaryFn("multiply", Torch::multiply, Torch::multiply, Torch::multiply);
        binaryFn("divide", Torch::divide, (t, v) -> Torch.divide(t, (double) v), Torch::divide);
        binaryFn("trueDivide", Torch::trueDivide, (t, v) -> Torch.trueDivide(t, (double) v), Torch::trueDivide);
        binaryFn("subtract", Torch::subtract, Torch::subtract, Torch::subtract);
        binaryFn("greater", Torch::greater, Torch::greater, Torch::greater);
        binaryFn("greaterEqual", Torch::greaterEqual, Torch::greaterEqual, Torch::greaterEqual);
        binaryFn("less", Torch::less, Torch::less, Torch::less);
        binaryFn("lessEqual", Torch::lessEqual, Torch::lessEqual, Torch::lessEqual);
        binaryFn("notEqual", Torch::notEqual, Torch::notEqual, Torch::notEqual);
        binaryFn("copysign", Torch::copysign, Torch::copysign, Torch::copysign);
        binaryFn("xlogy", Torch::xlogy, (t, v) -> Torch.xlogy(t, (double) v), Torch::xlogy);
        binaryFn("xlogy_", Torch::xlogy_, (t, v) -> Torch.xlogy_(t, (double) v), Torch::xlogy_);
        binaryFn("floatPower", Torch::floatPower, (t, v) -> Torch.floatPower(t, (double) v), Torch::floatPower);
        binaryFn("fmax", Torch::fmax);
        binaryFn("fmin", Torch::fmin);
        binaryFn("hypot", Torch::hypot);
        binaryFn("logaddexp", Torch::logaddexp);
        binaryFn("logaddexp2", Torch::logaddexp2);
        binaryFn("nextafter", Torch::nextafter);
        binaryFn("heaviside", Torch::heaviside);
        binaryFn("ldexp", Torch::ldexp);
        binaryFn("ldexp_", Torch::ldexp_);
        binaryFn("isclose", Torch::isclose);
        FUNCTIONS.put("isclose4", (x, a) -> Torch.isclose(x.get(0), x.get(1), a.d(0), a.d(1), a.b(2)));
        binaryFn("prelu", Torch::prelu);
        binaryFn("gcd", Torch::gcd);
        binaryFn("lcm", Torch::lcm);
        binaryFn("gcd_", Torch::gcd_);
        binaryFn("lcm_", Torch::lcm_);
        for (String name : List.of("bitwiseAnd", "bitwiseOr", "bitwiseXor")) {
            FUNCTIONS.put(name, (x, a) -> {
                Tensor t = x.get(0);
                if (x.size() > 1) return switch (name) {
                    case "bitwiseAnd" -> Torch.bitwiseAnd(t, x.get(1));
                    case "bitwiseOr" -> Torch.bitwiseOr(t, x.get(1));
                    default -> Torch.bitwiseXor(t, x.get(1));
                };
                if (a.isBool(0)) return switch (name) {
                    case "bitwiseAnd" -> Torch.bitwiseAnd(t, a.b(0));
                    case "bitwiseOr" -> Torch.bitwiseOr(t, a.b(0));
                    default -> Torch.bitwiseXor(t, a.b(0));
                };
                return switch (name) {
                    case "bitwiseAnd" -> Torch.bitwiseAnd(t, a.i(0));
                    case "bitwiseOr" -> Torch.bitwiseOr(t, a.i(0));
                    default -> Torch.bitwiseXor(t, a.i(0));
                };
            });
        }
        FUNCTIONS.put("bitwiseLeftShift", (x, a) -> x.size() > 1 ? Torch.bitwiseLeftShift(x.get(0), x.get(1)) : Torch.bitwiseLeftShift(x.get(0), a.i(0)));
        FUNCTIONS.put("bitwiseRightShift", (x, a) -> x.size() > 1 ? Torch.bitwiseRightShift(x.get(0), x.get(1)) : Torch.bitwiseRightShift(x.get(0), a.i(0)));
        FUNCTIONS.put("divideMode", (x, a) -> Torch.divide(x.get(0), x.get(1), a.s(0)));
        FUNCTIONS.put("subtractAlpha", (x, a) -> Torch.subtract(x.get(0), x.get(1), a.d(0)));
        FUNCTIONS.put("clip", (x, a) -> a.size() == 1 ? Torch.clip(x.get(0), a.d(0))
                : a.isInt(0) ? Torch.clip(x.get(0), a.i(0), a.i(1)) : Torch.clip(x.get(0), a.d(0), a.d(1)));
        FUNCTIONS.put("clip_", (x, a) -> a.size() == 1 ? Torch.clip_(x.get(0), a.d(0))
                : a.isInt(0) ? Torch.clip_(x.get(0), a.i(0), a.i(1)) : Torch.clip_(x.get(0), a.d(0), a.d(1)));
        FUNCTIONS.put("clipMax", (x, a) -> Torch.clip(x.get(0), null, a.d(0)));
        FUNCTIONS.put("clipT", (x, a) -> Torch.clip(x.get(0), x.get(1), x.get(2)));
        FUNCTIONS.put("clipTMin", (x, a) -> Torch.clip(x.get(0), x.get(1), null));
        FUNCTIONS.put("clipTMax", (x, a) -> Torch.clip(x.get(0), null, x.get(1)));
    }

    @TestFactory
    Stream<DynamicNode> golden() {
        JsonObject root = GoldenJson.load("/golden/pointwise/pointwise.json");
        JsonArray tensors = root.getAsJsonArray("tensors");
        List<DynamicNode> cpu = new ArrayList<>(), meta = new ArrayList<>(), function = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            String name = c.get("name").getAsString();
            assertTrue(OPS.containsKey(c.get("op").getAsString()), "no mapping for " + name);
            cpu.add(dynamicTest(name, () -> GoldenOpsTest.run(c, tensors)));
            meta.add(dynamicTest(name, () -> MetaConformanceTest.run(c, tensors)));
            JsonObject f = c.deepCopy();
            f.addProperty("op", FUNCTION + c.get("op").getAsString());
            assertTrue(FUNCTIONS.containsKey(c.get("op").getAsString()), "no function spelling for " + name);
            function.add(dynamicTest(name, () -> GoldenOpsTest.run(f, tensors)));
        }
        assertTrue(cpu.size() > 900, "too few cases: " + cpu.size());
        return Stream.of(dynamicContainer("cpu", cpu), dynamicContainer("meta", meta), dynamicContainer("function", function));
    }
}
