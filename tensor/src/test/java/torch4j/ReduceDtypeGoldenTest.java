package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static torch4j.Torch.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import torch4j.autograd.Edge;
import torch4j.nn.functional.F;

/**
 * The {@code dtype=} argument of sum, mean, nansum, prod, cumsum, cumprod and softmax against
 * PyTorch 1.13 (golden/reduce_dtype/gen_reduce_dtype.py): value, grad_fn and its next functions
 * (a reduction casts inside its own node; softmax converts first), and the gradient's dtype.
 */
class ReduceDtypeGoldenTest {
    private static final JsonObject CASES = GoldenJson.load("/golden/reduce_dtype/reduce_dtype.json").getAsJsonObject("cases");

    private static Tensor x() { return tensor(new double[][]{{1.5, 2.25, -0.1}, {3.0, 4.0, 0.3}}).requiresGrad_(); }
    private static Tensor xd() { return tensor(new double[][]{{1.5, 2.25, -0.1}, {3.0, 4.0, 0.3}}, float64).requiresGrad_(); }
    private static Tensor xn() { return tensor(new double[][]{{1.5, Double.NaN}, {3.0, 0.1}}).requiresGrad_(); }
    private static final Tensor I = tensor(new long[][]{{1, 2, 3}, {4, 5, 6}});

    private static Map<String, Function<Tensor, Tensor>> graphCases() {
        Map<String, Function<Tensor, Tensor>> c = new LinkedHashMap<>();
        c.put("sum", a -> a.sum(float64)); c.put("sum_dim", a -> a.sum(1, float64));
        c.put("sum_dims", a -> a.sum(new long[]{0, 1}, float64)); c.put("sum_keepdim", a -> a.sum(0, true, float64));
        c.put("sum_dims_keepdim", a -> a.sum(new long[]{1}, true, float64)); c.put("sum_to_f32", a -> sum(a.toDouble(), float32));
        c.put("torch_sum", a -> sum(a, 0, float64));
        c.put("mean", a -> a.mean(float64)); c.put("mean_dim", a -> a.mean(0, float64));
        c.put("mean_dims", a -> a.mean(new long[]{0, 1}, float64)); c.put("mean_keepdim", a -> a.mean(1, true, float64));
        c.put("mean_dims_keepdim", a -> mean(a, new long[]{0}, true, float64));
        c.put("prod", a -> a.prod(float64)); c.put("prod_dim", a -> a.prod(1, float64)); c.put("prod_keepdim", a -> prod(a, 0, true, float64));
        c.put("cumsum", a -> a.cumsum(1, float64)); c.put("cumprod", a -> cumprod(a, 0, float64));
        c.put("softmax", a -> a.softmax(1, float64)); c.put("log_softmax", a -> logSoftmax(a, 0, float64));
        c.put("F_softmax", a -> F.softmax(a, 1, float64)); c.put("F_log_softmax", a -> F.logSoftmax(a, 1, float64));
        c.put("same_dtype", a -> a.sum(float32));
        return c;
    }

    private static Map<String, Supplier<Tensor>> cases() {
        Map<String, Supplier<Tensor>> c = new LinkedHashMap<>();
        graphCases().forEach((name, op) -> {
            c.put(name, () -> op.apply(x()));
            c.put(name + "_f64in", () -> op.apply(xd()));
        });
        c.put("nansum", () -> xn().nansum(float64)); c.put("nansum_dim", () -> xn().nansum(0, float64));
        c.put("nansum_keepdim", () -> nansum(xn(), 1, true, float64)); c.put("nansum_dims", () -> xn().nansum(new long[]{0, 1}, float64));
        c.put("int_sum_f32", () -> I.sum(float32)); c.put("int_mean_f32", () -> I.mean(float32)); c.put("int_mean_dim_f64", () -> I.mean(1, float64));
        c.put("int_prod_f64", () -> I.prod(float64)); c.put("int_cumsum_f32", () -> I.cumsum(0, float32));
        c.put("float_sum_i64", () -> tensor(1.5, 2.7, -0.5).sum(int64));
        c.put("f64_input_sum", () -> xd().detach().sum(1, float32));
        c.put("grad_int_dtype", () -> x().sum(int64));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> eachCaseAsPyTorch() {
        Map<String, Supplier<Tensor>> c = cases();
        assertEquals(CASES.keySet(), c.keySet(), "every generator case is spelled in Java, and only those");
        return c.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
    }

    private static void check(String name, Supplier<Tensor> java) {
        JsonObject want = CASES.getAsJsonObject(name);
        if (want.has("error")) {
            assertThrows(IllegalArgumentException.class, java::get, name);
            return;
        }
        Tensor y = java.get();
        assertEquals(want.get("str").getAsString(), y.toString(), name);
        if (!want.has("grad_fn")) return;
        assertEquals(want.get("grad_fn").getAsString(), y.gradFn().name(), name);
        var next = y.gradFn().nextFunctions();
        assertEquals(want.getAsJsonArray("next").size(), next.size(), name);
        int k = 0;
        for (JsonElement n : want.getAsJsonArray("next")) {
            Edge e = next.get(k++);
            assertEquals(n.getAsString(), e.function() == null ? "None" : e.function().name(), name);
        }
        // the leaf under the node: its gradient comes back in its own dtype
        Tensor leaf = leafUnder(y);
        y.sum().backward();
        assertEquals(want.get("grad").getAsString(), leaf.grad().toString(), name);
    }

    /** The leaf tensor the graph of y starts from (each case has exactly one). */
    private static Tensor leafUnder(Tensor y) {
        var node = y.gradFn();
        while (!(node instanceof torch4j.autograd.AccumulateGrad acc)) node = node.nextFunctions().get(0).function();
        return acc.variable();
    }
}
