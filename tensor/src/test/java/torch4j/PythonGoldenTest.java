package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torch4j.Torch.*;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.print.ItemValues;

/**
 * Python's idioms on tensors against PyTorch 1.13 (golden/python/gen_python.py): each case of the
 * generator spelled in Java; the printed value, the grad_fn name, or the error message must be PyTorch's.
 */
class PythonGoldenTest {
    private static final JsonObject CASES = GoldenJson.load("/golden/python/python.json").getAsJsonObject("cases");

    private static Tensor x() { return tensor(new double[][]{{1, 2}, {3, 4}}); }
    private static Tensor g() { return x().requiresGrad_(); }
    private static Tensor b3() { return arange(24.0).view(2, 3, 4); }
    private static Tensor i() { return tensor(1L, 2L, 3L); }
    private static Tensor m() { return arange(12).view(3, 4); }
    private static long[] s(long... dims) { return dims; }

    private static Map<String, Supplier<Object>> cases() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("T_2d", () -> x().T()); c.put("T_3d", () -> b3().T()); c.put("T_1d", () -> arange(3).T()); c.put("T_0d", () -> tensor(1.5).T());
        c.put("T_grad", () -> g().T()); c.put("mT_3d", () -> b3().mT()); c.put("mT_grad", () -> g().mT()); c.put("mT_1d", () -> arange(3).mT());
        c.put("H_2d", () -> x().H()); c.put("H_grad", () -> g().H()); c.put("H_1d", () -> arange(3).H()); c.put("H_3d", () -> b3().H());
        c.put("mH_3d", () -> b3().mH()); c.put("mH_1d", () -> arange(3).mH());
        c.put("mT_0d", () -> tensor(2.5).mT()); c.put("mH_0d", () -> tensor(2.5).mH()); c.put("adjoint_grad", () -> adjoint(g()));
        c.put("adjoint_3d", () -> b3().adjoint()); c.put("adjoint_1d", () -> adjoint(ones(3))); c.put("adjoint_0d", () -> tensor(1.0).adjoint());
        c.put("type_float", () -> x().type()); c.put("type_long", () -> i().type()); c.put("type_bool", () -> tensor(true).reshape(1).type());
        c.put("type_double", () -> x().toDouble().type()); c.put("type_uint8", () -> tensor(new long[]{1}, uint8).type());
        c.put("type_int8", () -> tensor(new long[]{1}, int8).type()); c.put("type_int16", () -> tensor(new long[]{1}, int16).type());
        c.put("type_int32", () -> tensor(new long[]{1}, int32).type());
        c.put("type_to_double", () -> x().type("torch.DoubleTensor")); c.put("type_to_int", () -> tensor(1.5, -2.5).type("torch.IntTensor"));
        c.put("type_same", () -> x().type("torch.FloatTensor")); c.put("type_bad", () -> x().type("torch.Foo")); c.put("type_bad2", () -> x().type("foo"));
        c.put("version_new", () -> ones(2)._version()); c.put("version_add_", () -> ones(2).add_(1)._version());
        c.put("version_two", () -> ones(2).add_(1).mul_(2)._version());
        c.put("version_view", () -> { Tensor t = ones(2); t.get(0).fill_(3); return t._version(); });
        c.put("flatten_1", () -> b3().flatten(1)); c.put("flatten_neg", () -> b3().flatten(-2)); c.put("split_4", () -> arange(10).split(4));
        c.put("div_floor_scalar", () -> tensor(5.0, -5.0).div(2.0, "floor")); c.put("div_trunc_long", () -> tensor(5L, -5L).div(2L, "trunc"));
        c.put("new_ones", () -> i().newOnes(2, 3)); c.put("new_zeros", () -> x().newZeros(3)); c.put("new_empty_shape", () -> x().newEmpty(2, 0).shape());
        c.put("new_full_int", () -> i().newFull(s(2), 7.5)); c.put("new_full_float", () -> x().newFull(s(2, 2), 7L));
        c.put("new_full_long", () -> i().newFull(s(3), 9007199254740993L));
        c.put("new_tensor_int", () -> i().newTensor(new double[]{1.5, 2.5})); c.put("new_tensor_float", () -> x().newTensor(new long[]{1, 2}));
        c.put("new_tensor_nested", () -> x().toDouble().newTensor(new long[][]{{1, 2}, {3, 4}}));
        c.put("new_ones_dtype", () -> x().newOnes(s(2), TensorOptions.dtype(int64)));
        c.put("new_zeros_grad", () -> x().newZeros(s(2), TensorOptions.requiresGrad(true)));
        c.put("new_tensor_from_tensor", () -> x().newTensor(i()));
        c.put("broadcast_shapes", () -> broadcastShapes(s(2, 1), s(3, 1, 1))); c.put("broadcast_shapes_none", () -> broadcastShapes());
        c.put("broadcast_shapes_zero", () -> broadcastShapes(s(2, 0), s(1))); c.put("broadcast_shapes_one", () -> broadcastShapes(s(5)));
        c.put("broadcast_shapes_bad", () -> broadcastShapes(s(2), s(3))); c.put("broadcast_shapes_bad2", () -> broadcastShapes(s(2, 3), s(4, 1, 2)));
        c.put("broadcast_shapes_neg", () -> broadcastShapes(s(2, -1), s(3)));
        c.put("where_2d", () -> where(tensor(new boolean[][]{{true, false}, {false, true}}))); c.put("where_long", () -> where(tensor(0L, 2L, 0L, 3L)));
        c.put("where_float", () -> where(tensor(new double[][]{{0, 1.5}, {2, 0}}))); c.put("where_0d_true", () -> where(tensor(true)));
        c.put("where_0d_false", () -> where(tensor(0.0))); c.put("where_empty", () -> where(zeros(0, 3)));
        c.put("index_list_slice", () -> m().get("[0, 1], 2:")); c.put("index_slice_list", () -> m().get("1:, [0, 3]"));
        c.put("index_list", () -> m().get("[2, 0]")); c.put("index_bool_list", () -> m().get("[True, False, True]"));
        c.put("index_nested", () -> m().get("[[0, 1], [2, 2]]")); c.put("index_two_lists", () -> m().get("[0, 2], [1, 3]"));
        c.put("index_list_neg", () -> m().get("[-1, 0], ::2")); c.put("index_list_oob", () -> m().get("[0, 3]"));
        c.put("sub_rev", () -> sub(2, g())); c.put("sub_rev_long", () -> sub(2, i())); c.put("sub_rev_float_long", () -> sub(1.5, i()));
        c.put("div_rev", () -> div(1, g())); c.put("div_rev_long", () -> div(1, i())); c.put("div_rev_bool", () -> div(1, tensor(true, false)));
        c.put("pow_rev", () -> pow(2, g())); c.put("pow_rev_long", () -> pow(2, tensor(0L, -1L, 3L))); c.put("pow_rev_float_long", () -> pow(2.5, i()));
        c.put("add_rev", () -> add(1, g())); c.put("add_rev_long", () -> add(1, i())); c.put("mul_rev", () -> mul(2, g()));
        c.put("mul_rev_long", () -> mul(2, i())); c.put("mul_rev_float_long", () -> mul(0.5, i()));
        c.put("rsub_scalar", () -> rsub(g(), 2)); c.put("rsub_tensor", () -> rsub(g(), tensor(5.0))); c.put("rsub_long", () -> rsub(i(), 10));
        c.put("rsub_bool", () -> rsub(tensor(new boolean[]{true}), tensor(new boolean[]{true})));
        c.put("out_add", () -> { Tensor r = empty(2, 2); Tensor back = add(x(), x(), out(r)); assertTrue(back == r); return List.of(r, r._version()); });
        c.put("out_add_resize", () -> add(x(), x(), out(empty(3)))); c.put("out_add_empty", () -> add(x(), x(), out(empty(s(0), float64))));
        c.put("out_add_bad_cast", () -> add(x(), x(), out(empty(s(2, 2), int64))));
        c.put("out_mul", () -> mul(x(), i().get(":2"), out(empty(s(2, 2), float64))));
        c.put("out_sub_long_to_double", () -> sub(i(), i(), out(empty(s(3), float64))));
        c.put("out_div_long", () -> div(i(), i(), out(empty(s(3), int64)))); c.put("out_div", () -> div(x(), x(), out(empty(2, 2))));
        c.put("out_matmul", () -> matmul(x(), x(), out(empty(2, 2)))); c.put("out_matmul_dtype", () -> matmul(x(), x(), out(empty(s(2, 2), float64))));
        c.put("out_add_grad", () -> add(g(), x(), out(empty(2, 2)))); c.put("out_matmul_grad", () -> matmul(g(), x(), out(empty(2, 2))));
        c.put("item_long", () -> ItemValues.python(tensor(6L).item())); c.put("item_bool", () -> ItemValues.python(tensor(true).item()));
        c.put("item_float", () -> ItemValues.python(tensor(2.5).item()));
        c.put("size_slice", () -> b3().shape().slice(1)); c.put("size_slice_neg", () -> b3().shape().slice(-2));
        c.put("size_slice_step", () -> b3().shape().slice(0, 3, 2)); c.put("size_list", () -> new ArrayList<>(b3().shape()));
        c.put("numpy_float", () -> { Tensor t = ones(5); NDArray n = t.numpy(); t.add_(1); return n; });
        c.put("numpy_mixed", () -> tensor(0.5, 1.25, -3.0).numpy()); c.put("numpy_exp", () -> tensor(1e-5, 1.0).numpy());
        c.put("numpy_big", () -> tensor(1e9, 1.0).numpy()); c.put("numpy_long", () -> tensor(1L, 22L, 3L).numpy());
        c.put("numpy_bool", () -> tensor(true, false).numpy()); c.put("numpy_bool_all", () -> tensor(true, true).numpy());
        c.put("numpy_2d", () -> arange(12.0).view(3, 4).numpy()); c.put("numpy_third", () -> tensor(0.1, 1.0 / 3).numpy());
        c.put("numpy_third_double", () -> tensor(new double[]{0.1, 1.0 / 3}, float64).numpy()); c.put("numpy_wrap", () -> arange(30.0).numpy());
        c.put("numpy_nonfinite", () -> tensor(Double.NaN, 1.5, Double.POSITIVE_INFINITY).numpy());
        c.put("numpy_neg_exp", () -> tensor(-1.5e-7, 2.25, 3e5).numpy()); c.put("numpy_summary", () -> arange(2000.0).numpy());
        c.put("numpy_summary_2d", () -> arange(2000).view(40, 50).numpy()); c.put("numpy_3d", () -> arange(8).view(2, 2, 2).numpy());
        c.put("numpy_0d", () -> tensor(2.5).numpy()); c.put("numpy_t", () -> arange(6.0).view(2, 3).t().numpy());
        c.put("get_device", () -> getDevice(x())); c.put("get_device_meta", () -> ones(s(2), Device.META).getDevice());
        c.put("is_nonzero_many", () -> ones(2).isNonzero()); c.put("is_nonzero_none", () -> isNonzero(ones(0)));
        c.put("is_nonzero_zero", () -> tensor(new double[]{0}).isNonzero()); c.put("is_nonzero_long", () -> isNonzero(tensor(3L)));
        c.put("is_nonzero_nan", () -> tensor(Double.NaN).isNonzero()); c.put("is_nonzero_bool", () -> tensor(new boolean[]{true}).isNonzero());
        c.put("is_same_size", () -> isSameSize(ones(2, 3), zeros(2, 3))); c.put("is_same_size_not", () -> ones(2).isSameSize(ones(3)));
        c.put("is_signed", () -> Stream.of(bool, uint8, int8, int16, int32, int64, float32, float64)
                .map(d -> tensor(new long[]{1}, d).isSigned() ? "True" : "False").toList().toString());
        c.put("is_signed_fn", () -> isSigned(ones(1)));
        c.put("numpy_grad", () -> g().numpy()); c.put("numpy_meta", () -> ones(s(2), Device.META).numpy());
        c.put("tolist_float", () -> tensor(new double[][]{{0.1, 1e-5}, {Double.NaN, -0.0}}).tolist()); c.put("tolist_long", () -> tensor(1L, 2L).tolist());
        c.put("tolist_bool", () -> tensor(true, false).tolist()); c.put("tolist_0d", () -> tensor(2.5).tolist());
        c.put("tolist_empty", () -> zeros(2, 0).tolist()); c.put("tolist_uint8_0d", () -> tensor(new long[]{3}, uint8).reshape().tolist());
        c.put("tolist_view", () -> b3().transpose(0, 2).get(1).tolist()); c.put("tolist_double", () -> tensor(new double[]{1e16, 1.0 / 3}, float64).tolist());
        c.put("tolist_meta", () -> ones(s(2), Device.META).tolist());
        c.put("full_neg_zero", () -> full(s(2), -0.0)); c.put("full_neg_zero_f64", () -> full(s(2), -0.0, float64));
        c.put("full_neg_zero_list", () -> full(s(2), -0.0).tolist()); c.put("new_full_neg_zero", () -> x().newFull(s(2), -0.0));
        c.put("state_dict_linear", () -> { manualSeed(0); return new torch4j.nn.Linear(2, 1).stateDict(); });
        c.put("state_dict_seq", () -> { manualSeed(0);
            return new torch4j.nn.Sequential(new torch4j.nn.Linear(2, 2), new torch4j.nn.ReLU(), new torch4j.nn.BatchNorm1d(2)).stateDict(); });
        c.put("state_dict_empty", () -> new torch4j.nn.ReLU().stateDict());
        c.put("optim_state_adam", () -> optimState(true)); c.put("optim_state_sgd", () -> optimState(false));
        c.put("sched_state_step", () -> { manualSeed(0);
            return new torch4j.optim.schedulers.StepLR(new torch4j.optim.SGD(new torch4j.nn.Linear(2, 1).parameters(), 0.1), 2, 0.5).stateDict(); });
        c.put("sched_state_plateau", () -> { manualSeed(0);
            return new torch4j.optim.schedulers.ReduceLROnPlateau(new torch4j.optim.SGD(new torch4j.nn.Linear(2, 1).parameters(), 0.1)).stateDict(); });
        c.put("leaky_relu_grad_f64", () -> {
            Tensor a = tensor(new double[]{-1.0, 2.0}, float64).requiresGrad_();
            torch4j.nn.functional.F.leakyRelu(a, 0.1).sum().backward();
            return a.grad().tolist();
        });
        return c;
    }

    /** An optimizer's state dict after one step of a seeded Linear(2, 1) on ones(1, 2). */
    private static Object optimState(boolean adam) {
        manualSeed(0);
        var net = new torch4j.nn.Linear(2, 1);
        torch4j.optim.Optimizer opt = adam ? new torch4j.optim.Adam(net.parameters(), 0.01)
                : new torch4j.optim.SGD(net.parameters(), torch4j.optim.SGD.options().lr(0.1).momentum(0.9));
        net.call(ones(1, 2)).sum().backward();
        opt.step();
        return opt.stateDict();
    }

    @TestFactory
    Stream<DynamicTest> eachCaseAsPyTorch() {
        Map<String, Supplier<Object>> c = cases();
        assertEquals(CASES.keySet(), c.keySet(), "every generator case is spelled in Java, and only those");
        return c.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
    }

    private static void check(String name, Supplier<Object> java) {
        JsonObject want = CASES.getAsJsonObject(name);
        if (want.has("error")) {
            RuntimeException ex = assertThrows(RuntimeException.class, java::get, name);
            String type = want.get("error").getAsString();
            Class<?> expected = switch (type) {
                case "IndexError" -> IndexOutOfBoundsException.class;
                case "NotImplementedError" -> UnsupportedOperationException.class;
                default -> IllegalArgumentException.class;
            };
            assertTrue(expected.isInstance(ex), name + ": " + type + " expected, got " + ex);
            assertEquals(want.get("message").getAsString(), ex.getMessage(), name);
            return;
        }
        Object got = java.get();
        String text = got instanceof Boolean b ? (b ? "True" : "False") : String.valueOf(got);   // Python's bool
        assertEquals(want.get("str").getAsString(), text, name);
        if (want.has("grad_fn")) assertEquals(want.get("grad_fn").getAsString(), ((Tensor) got).gradFn().name(), name);
    }

    @Test
    void numpyArrayAndTensorShareMemory() {
        Tensor t = ones(4);
        NDArray n = t.numpy();
        n.set(5, 1);
        assertEquals("tensor([1., 5., 1., 1.])", t.toString());
        t.mul_(2);
        assertEquals(10.0, n.get(1));
        java.nio.FloatBuffer buf = (java.nio.FloatBuffer) n.buffer();
        buf.put(0, -1f);
        assertEquals(-1.0, t.get(0).item());
        Tensor view = arange(6.0).view(2, 3).get(1);   // a contiguous view with an offset
        java.nio.FloatBuffer vb = (java.nio.FloatBuffer) view.numpy().buffer();
        assertEquals(3, vb.capacity());
        assertEquals(3f, vb.get(0));
    }

    @Test
    void itemStaysPlainArithmetic() {
        double v = tensor(6L).item();
        double total = 0;
        total += tensor(2.5).item();
        total += v;
        long correct = 0;
        correct += tensor(true, true, false).sum().item();
        assertEquals(8.5, total);
        assertEquals(2, correct);
        // the three items of one print(...) each show as Python's value
        Object a = tensor(6L).item(), b = tensor(true).item(), c2 = tensor(2.5).item();
        assertEquals("6 True 2.5", ItemValues.python(a) + " " + ItemValues.python(b) + " " + ItemValues.python(c2));
        assertEquals(9007199254740993L, ItemValues.python(tensor(9007199254740993L).item()), "int64 items print exactly");
    }

    @Test
    void sizeIsAListOfLongs() {
        Size s = zeros(2, 3, 4).shape();
        assertEquals(List.of(2L, 3L, 4L), s);
        assertEquals(s, List.of(2L, 3L, 4L));
        assertEquals(s, List.of(2, 3, 4));
        assertEquals(List.of(2L, 3L, 4L).hashCode(), s.hashCode());
        long prod = 1;
        for (long d : s) prod *= d;
        assertEquals(24, prod);
        assertEquals(Size.of(3, 4), s.subList(1, 3));
        assertEquals("torch.Size([3, 4])", s.subList(1, 3).toString());
        assertEquals(4L, s.get(-1));
    }

    @Test
    void functionalKernelSizesAsArrays() {
        Tensor img = arange(2 * 3 * 6 * 6.0).view(2, 3, 6, 6).div(7L);
        assertEquals(torch4j.nn.functional.F.maxPool2d(img, 2).toString(), torch4j.nn.functional.F.maxPool2d(img, new int[]{2, 2}).toString());
        assertEquals(torch4j.nn.functional.F.maxPool2d(img, 3, 2).toString(),
                torch4j.nn.functional.F.maxPool2d(img, new int[]{3, 3}, new int[]{2, 2}).toString());
        assertEquals(torch4j.nn.functional.F.maxPool2d(img, 3, 2, 1).toString(),
                torch4j.nn.functional.F.maxPool2d(img, new int[]{3, 3}, new int[]{2, 2}, new int[]{1, 1}).toString());
        assertEquals(torch4j.nn.functional.F.avgPool2d(img, 2).toString(), torch4j.nn.functional.F.avgPool2d(img, new int[]{2, 2}).toString());
        assertEquals(torch4j.nn.functional.F.avgPool2d(img, 3, 2, 1).toString(),
                torch4j.nn.functional.F.avgPool2d(img, new int[]{3, 3}, new int[]{2, 2}, new int[]{1, 1}).toString());
        Tensor w = arange(4 * 3 * 3 * 3.0).view(4, 3, 3, 3).div(50L);
        assertEquals(torch4j.nn.functional.F.conv2d(img, w, null, 2).toString(), torch4j.nn.functional.F.conv2d(img, w, null, new int[]{2, 2}).toString());
        assertEquals(torch4j.nn.functional.F.conv2d(img, w, null, 2, 1).toString(),
                torch4j.nn.functional.F.conv2d(img, w, null, new int[]{2, 2}, new int[]{1, 1}).toString());
        // a (height, width) pair that differs, as PyTorch's tuples allow
        assertEquals("torch.Size([2, 3, 3, 2])", torch4j.nn.functional.F.maxPool2d(img, new int[]{2, 3}).shape().toString());
    }

    @Test
    void keywordFactoriesAfterTheSizes() {
        assertEquals("tensor(..., device='meta', size=(2, 3), dtype=torch.float64)", randn(2, 3, Device.META, float64).toString());
        assertEquals("tensor([[0, 0, 0]])", zeros(1, 3, int64).toString());
        assertEquals(torch4j.autograd.GradMode.isEnabled(), ones(2, TensorOptions.requiresGrad(true)).requiresGrad());
        assertEquals("torch.Size([4, 5, 6])", rand(4, 5, 6, Device.CPU).shape().toString());
        assertEquals(float64, linspace(-1, 1, 5, Device.CPU, float64).dtype());
        assertEquals("tensor([[[0.]]], dtype=torch.float64)", empty(1, 1, 1, float64).toString());
    }

    /** The ops above on the meta device: the dtype, shape, strides and errors the CPU gives, without data. */
    @TestFactory
    Stream<DynamicTest> onMeta() {
        Map<String, java.util.function.Function<Device, Object>> ops = new LinkedHashMap<>();
        java.util.function.Function<Device, Tensor> f32 = d -> arange(24.0).view(2, 3, 4).to(d);
        java.util.function.Function<Device, Tensor> i64 = d -> arange(6).view(2, 3).to(d);
        ops.put("T", d -> f32.apply(d).T()); ops.put("mT", d -> f32.apply(d).mT()); ops.put("mH", d -> f32.apply(d).mH());
        ops.put("H", d -> i64.apply(d).H()); ops.put("adjoint", d -> adjoint(f32.apply(d))); ops.put("adjoint_1d", d -> adjoint(ones(s(3), d)));
        ops.put("sub_rev", d -> sub(2, i64.apply(d))); ops.put("sub_rev_float", d -> sub(2.5, i64.apply(d)));
        ops.put("div_rev", d -> div(1, i64.apply(d))); ops.put("pow_rev", d -> pow(2, i64.apply(d))); ops.put("pow_rev_float", d -> pow(2.5, i64.apply(d)));
        ops.put("add_rev", d -> add(1, f32.apply(d))); ops.put("mul_rev", d -> mul(2, i64.apply(d)));
        ops.put("rsub", d -> rsub(f32.apply(d), 2)); ops.put("rsub_tensor", d -> rsub(i64.apply(d), ones(s(3), d)));
        ops.put("rsub_bool", d -> rsub(ones(s(1), bool, d), ones(s(1), bool, d)));
        ops.put("new_ones", d -> i64.apply(d).newOnes(2)); ops.put("new_full", d -> f32.apply(d).newFull(s(3), 7L));
        ops.put("new_tensor", d -> i64.apply(d).newTensor(new double[]{1.5}));
        ops.put("flatten_1", d -> f32.apply(d).flatten(1)); ops.put("div_floor", d -> i64.apply(d).div(2L, "floor"));
        ops.put("out_add", d -> add(f32.apply(d), f32.apply(d), out(empty(s(0), float64, d))));
        ops.put("out_bad_cast", d -> add(f32.apply(d), f32.apply(d), out(empty(s(0), int64, d))));
        ops.put("out_matmul", d -> matmul(i64.apply(d), i64.apply(d).t(), out(empty(s(2, 2), int64, d))));
        ops.put("index_list_slice", d -> i64.apply(d).get("[1, 0], 1:"));
        ops.put("type", d -> i64.apply(d).type("torch.DoubleTensor"));
        return ops.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Object cpu, meta;
            try {
                cpu = e.getValue().apply(Device.CPU);
            } catch (RuntimeException ex) {
                RuntimeException m = assertThrows(RuntimeException.class, () -> e.getValue().apply(Device.META));
                assertEquals(ex.getMessage(), m.getMessage());
                return;
            }
            meta = e.getValue().apply(Device.META);
            Tensor c = (Tensor) cpu, m = (Tensor) meta;
            assertTrue(m.isMeta(), e.getKey());
            assertEquals(c.dtype(), m.dtype(), e.getKey());
            assertEquals(c.shape(), m.shape(), e.getKey());
            assertEquals(List.of(java.util.Arrays.stream(c.stride()).boxed().toArray()), List.of(java.util.Arrays.stream(m.stride()).boxed().toArray()), e.getKey());
        }));
    }
}
