package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torch4j.Torch.tensor;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The grad_fn names and printed text of the torch namespace's elementwise ops against real
 * PyTorch 1.13 ({@code golden/pointwise/gen_gradfn.py}): an alias records the node of the op it
 * aliases ({@code arccos} → AcosBackward0), clip with one bound records ClampBackward1.
 */
class PointwiseGradFnTest {
    private static final JsonObject GOLDEN = GoldenJson.load("/golden/pointwise/gradfn.json");

    private static Tensor x() { return tensor(0.3, -0.7, 1.4).toDouble().requiresGrad_(); }

    private static Tensor y() { return tensor(1.3, 2.7, -0.2).toDouble().requiresGrad_(); }

    /** The same calls as the generator's, keyed alike. */
    static Map<String, Supplier<Tensor>> calls() {
        Tensor x = x(), y = y(), p = tensor(0.25).toDouble().reshape(1).requiresGrad_();
        Map<String, Supplier<Tensor>> c = new LinkedHashMap<>();
        c.put("absolute", x::absolute);
        c.put("arccos", () -> x.tanh().arccos());
        c.put("arcsin", () -> x.tanh().arcsin());
        c.put("arctan", x::arctan);
        c.put("arctan2", () -> x.arctan2(y));
        c.put("arccosh", () -> y.abs().add(1L).arccosh());
        c.put("arcsinh", x::arcsinh);
        c.put("arctanh", () -> x.tanh().arctanh());
        c.put("fix", x::fix);
        c.put("negative", x::negative);
        c.put("multiply", () -> x.multiply(y));
        c.put("multiply_scalar", () -> x.multiply(2.0));
        c.put("divide", () -> x.divide(y));
        c.put("divide_floor", () -> x.divide(y, "floor"));
        c.put("divide_trunc", () -> x.divide(y, "trunc"));
        c.put("true_divide", () -> x.trueDivide(y));
        c.put("subtract", () -> x.subtract(y));
        c.put("subtract_alpha", () -> x.subtract(y, 2));
        c.put("clip", () -> x.clip(-0.5, 0.5));
        c.put("clip_min", () -> x.clip(0.1));
        c.put("clip_max", () -> x.clip(null, 0.5));
        c.put("clip_inplace_min", () -> x.mul(1L).clip_(0.1));
        c.put("clip_tensors", () -> x.clip(y.mul(0L).sub(0.5), y));
        c.put("clip_tensor_max", () -> x.clip(null, y));
        c.put("sgn", x::sgn);
        c.put("float_power", () -> x.floatPower(y));
        c.put("float_power_scalar", () -> x.floatPower(2));
        c.put("ldexp", () -> x.ldexp(tensor(1L, 2L, 3L)));
        c.put("frexp", () -> x.frexp().mantissa());
        c.put("prelu", () -> x.reshape(1, 3).prelu(p));
        c.put("hardshrink", x::hardshrink);
        c.put("logit", () -> x.sigmoid().logit());
        c.put("xlogy_scalar", () -> x.xlogy(2.0));
        c.put("copysign_scalar", () -> x.copysign(-1.0));
        c.put("nan_to_num", x::nanToNum);
        c.put("exp2_inplace", () -> x.mul(1L).exp2_());
        c.put("deg2rad", x::deg2rad);
        return c;
    }

    @Test void gradFnNamesArePyTorchs() {
        JsonObject want = GOLDEN.getAsJsonObject("grad_fn");
        Map<String, Supplier<Tensor>> calls = calls();
        assertEquals(want.keySet(), calls.keySet());
        for (var e : calls.entrySet())
            assertEquals(want.get(e.getKey()).getAsString(), e.getValue().get().gradFn().name(), e.getKey());
    }

    @Test void printsAsPyTorch() {
        JsonObject want = GOLDEN.getAsJsonObject("printed");
        Tensor x = x();
        Map<String, Supplier<String>> printed = new LinkedHashMap<>();
        printed.put("frexp", () -> tensor(3.0, -0.1, 0.0).frexp().toString());
        printed.put("frexp_grad", () -> tensor(3.0, -0.1).requiresGrad_().frexp().toString());
        printed.put("signbit", () -> tensor(-0.0, 0.0, -1.0).signbit().toString());
        printed.put("nan_to_num", () -> tensor(Double.NaN, Double.POSITIVE_INFINITY, 1.0).nanToNum().toString());
        printed.put("bitwise_not_int8", () -> tensor(100L, -128L).to(DType.INT8).bitwiseNot().toString());
        printed.put("isclose", () -> tensor(1.0, 2.0).isclose(tensor(1.0 + 1e-9, 2.1)).toString());
        printed.put("float_power", () -> tensor(2L, 3L).floatPower(2).toString());
        printed.put("positive_is_self", () -> x.positive() == x ? "True" : "False");
        assertEquals(want.keySet(), printed.keySet());
        for (var e : printed.entrySet()) assertEquals(want.get(e.getKey()).getAsString(), e.getValue().get(), e.getKey());
    }

    @Test void positiveIsTheTensorItself() {
        Tensor x = tensor(1.0, -2.0);
        assertSame(x, x.positive());
    }

    /** nextafter and heaviside have no derivative in PyTorch either: refused when a graph is recorded. */
    @Test void nonDifferentiableOpsRefuseTensorsThatRequireGrad() {
        for (Supplier<Tensor> f : List.<Supplier<Tensor>>of(() -> x().nextafter(y()), () -> x().heaviside(y()))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, f::get);
            assertTrue(e.getMessage().startsWith("the derivative for '"), e.getMessage());
        }
    }
}
