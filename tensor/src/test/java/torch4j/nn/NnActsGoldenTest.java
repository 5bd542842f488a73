package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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
import torch4j.nn.functional.F;

/** The remaining activations (modules, F twins, in-place forms, reprs, nodes, RReLU's draws) against PyTorch 1.13 ({@code golden/nn/gen_nnacts.py}). */
class NnActsGoldenTest {
    static final JsonObject GOLDEN = NnGolden.load("nnacts.json");

    /** A module, its F twin and (where PyTorch has one) the in-place F form, by the generator's id. */
    record Act(Supplier<Module> module, Function<Tensor, Tensor> f, Function<Tensor, Tensor> inplace) {}

    static final Map<String, Act> ACTS = Map.ofEntries(
            Map.entry("SiLU", new Act(SiLU::new, F::silu, x -> F.silu(x, true))),
            Map.entry("Mish", new Act(Mish::new, F::mish, x -> F.mish(x, true))),
            Map.entry("Hardswish", new Act(Hardswish::new, F::hardswish, x -> F.hardswish(x, true))),
            Map.entry("Hardsigmoid", new Act(Hardsigmoid::new, F::hardsigmoid, x -> F.hardsigmoid(x, true))),
            Map.entry("SELU", new Act(SELU::new, F::selu, F::selu_)),
            Map.entry("CELU", new Act(CELU::new, F::celu, x -> F.celu(x, 1.0, true))),
            Map.entry("CELU(0.7)", new Act(() -> new CELU(0.7), x -> F.celu(x, 0.7), x -> F.celu_(x, 0.7))),
            Map.entry("LogSigmoid", new Act(LogSigmoid::new, F::logsigmoid, null)),
            Map.entry("Softsign", new Act(Softsign::new, F::softsign, null)),
            Map.entry("Softshrink", new Act(Softshrink::new, F::softshrink, null)),
            Map.entry("Softshrink(1.0)", new Act(() -> new Softshrink(1.0), x -> F.softshrink(x, 1.0), null)),
            Map.entry("Hardshrink", new Act(Hardshrink::new, F::hardshrink, null)),
            Map.entry("Hardshrink(1.0)", new Act(() -> new Hardshrink(1.0), x -> F.hardshrink(x, 1.0), null)),
            Map.entry("Tanhshrink", new Act(Tanhshrink::new, F::tanhshrink, null)),
            Map.entry("Threshold(0.1, 20)", new Act(() -> new Threshold(0.1, 20), x -> F.threshold(x, 0.1, 20), x -> F.threshold(x, 0.1, 20, true))),
            Map.entry("Threshold(-1.0, -2.5)", new Act(() -> new Threshold(-1.0, -2.5), x -> F.threshold(x, -1.0, -2.5), x -> F.threshold_(x, -1.0, -2.5))),
            Map.entry("GLU", new Act(GLU::new, F::glu, null)),
            Map.entry("GLU(0)", new Act(() -> new GLU(0), x -> F.glu(x, 0), null)),
            Map.entry("Softmin(1)", new Act(() -> new Softmin(1), x -> F.softmin(x, 1), null)),
            Map.entry("Softmin(0)", new Act(() -> new Softmin(0), x -> F.softmin(x, 0), null)),
            Map.entry("RReLU eval", new Act(() -> new RReLU().eval(), F::rrelu, x -> F.rrelu(x, 1.0 / 8, 1.0 / 3, false, true))),
            Map.entry("RReLU(0.1, 0.3) eval", new Act(() -> new RReLU(0.1, 0.3).eval(), x -> F.rrelu(x, 0.1, 0.3), x -> F.rrelu_(x, 0.1, 0.3))));

    static Stream<JsonObject> records(String section) {
        JsonArray a = GOLDEN.getAsJsonArray(section);
        return StreamSupport.stream(a.spliterator(), false).map(JsonElement::getAsJsonObject);
    }

    /** float32 values to a few ulps (PyTorch rounds its float loops step by step), float64 closely. */
    static void assertClose(JsonElement expected, Tensor actual, String what) {
        Tensor e = NnGolden.tensor(expected);
        double tol = e.dtype() == DType.FLOAT32 ? 2e-6 : 1e-10;
        String diff = NnGolden.compare(actual, e, tol, tol);
        assertNull(diff, what + ": " + diff);
    }

    static Tensor gout(Tensor y) {
        return Torch.arange(0.0, (double) y.numel(), 1.0, y.dtype()).div(8L).sub(1L).reshape(y.shape().toArray());
    }

    @TestFactory
    Stream<DynamicTest> activationsMatchPyTorch() {
        return records("activations").map(rec -> DynamicTest.dynamicTest(rec.get("id").getAsString() + " " + rec.getAsJsonObject("x").get("dtype").getAsString(), () -> {
            Act act = ACTS.get(rec.get("id").getAsString());
            Module m = act.module().get();
            assertEquals(rec.get("repr").getAsString(), m.toString());
            Tensor x0 = NnGolden.tensor(rec.get("x"));
            Tensor x = x0.clone().requiresGrad_();
            Tensor y = m.call(x);
            assertClose(rec.get("out"), y, "out");
            assertNull(NnGolden.compare(act.f().apply(x0.clone()), y.detach(), 0, 0), "F twin");
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            y.backward(gout(y));
            assertClose(rec.get("grad"), x.grad(), "grad");
            if (!rec.has("inplace_out")) return;
            Tensor xi = x0.clone().requiresGrad_();
            Tensor c = xi.clone();
            Tensor yi = act.inplace().apply(c);
            assertSame(c, yi);
            assertClose(rec.get("inplace_out"), yi, "in-place out");
            assertEquals(rec.get("inplace_grad_fn").getAsString(), yi.gradFn().name());
            yi.backward(gout(yi));
            assertClose(rec.get("inplace_grad"), xi.grad(), "in-place grad");
        }));
    }

    @Test
    void reprsArePyTorchs() {
        JsonObject r = GOLDEN.getAsJsonObject("reprs");
        Map<String, Module> modules = Map.ofEntries(
                Map.entry("SiLU(True)", new SiLU(true)), Map.entry("Mish(True)", new Mish(true)), Map.entry("Hardswish(True)", new Hardswish(true)),
                Map.entry("Hardsigmoid(True)", new Hardsigmoid(true)), Map.entry("SELU(True)", new SELU(true)), Map.entry("CELU(2.0, True)", new CELU(2.0, true)),
                Map.entry("Threshold(0.1, 20.0, True)", new Threshold(0.1, 20.0, true)), Map.entry("Softmin()", new Softmin()),
                Map.entry("Softmax2d()", new Softmax2d()), Map.entry("PReLU()", new PReLU()), Map.entry("PReLU(3, 0.1)", new PReLU(3, 0.1)),
                Map.entry("RReLU()", new RReLU()), Map.entry("RReLU(0.1, 0.3, True)", new RReLU(0.1, 0.3, true)), Map.entry("GLU(1)", new GLU(1)));
        assertEquals(r.keySet(), modules.keySet());
        for (String k : r.keySet()) assertEquals(r.get(k).getAsString(), modules.get(k).toString(), k);
    }

    @TestFactory
    Stream<DynamicTest> softmax2dMatchesPyTorch() {
        return records("softmax2d").map(rec -> DynamicTest.dynamicTest("Softmax2d " + rec.getAsJsonObject("x").get("shape"), () -> {
            Tensor x = NnGolden.tensor(rec.get("x")).requiresGrad_();
            Tensor y = new Softmax2d().call(x);
            assertClose(rec.get("out"), y, "out");
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            y.backward(gout(y));
            assertClose(rec.get("grad"), x.grad(), "grad");
        }));
    }

    @TestFactory
    Stream<DynamicTest> preluMatchesPyTorch() {
        return records("prelu").map(rec -> DynamicTest.dynamicTest(rec.get("repr").getAsString() + " " + rec.getAsJsonObject("x").get("shape"), () -> {
            PReLU m = new PReLU(rec.get("num").getAsLong(), rec.get("init").getAsDouble());
            assertEquals(rec.get("repr").getAsString(), m.toString());
            Tensor x0 = NnGolden.tensor(rec.get("x"));
            m.to(x0.dtype());
            try (var _ = torch4j.autograd.GradMode.noGrad()) { m.weight.mul_(Torch.arange(1.0, m.numParameters + 1.0, 1.0, x0.dtype())); }
            assertClose(rec.get("weight"), m.weight, "weight");
            Tensor x = x0.clone().requiresGrad_();
            Tensor y = m.call(x);
            assertClose(rec.get("out"), y, "out");
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            y.backward(gout(y));
            assertClose(rec.get("grad"), x.grad(), "grad");
            assertClose(rec.get("grad_weight"), m.weight.grad(), "grad weight");
        }));
    }

    @Test
    void preluStateDictKeys() {
        JsonArray keys = GOLDEN.getAsJsonArray("prelu_state_dict");
        assertEquals(List.of(keys.get(0).getAsString()), List.copyOf(new PReLU(3).stateDict().keySet()));
    }

    @TestFactory
    Stream<DynamicTest> rreluTrainingDrawsPyTorchsSlopes() {
        return records("rrelu_train").map(rec -> DynamicTest.dynamicTest("RReLU train " + rec.get("lower") + " " + rec.get("upper") + " "
                + rec.getAsJsonObject("x").get("dtype").getAsString() + " inplace=" + rec.get("inplace"), () -> {
            Tensor x = NnGolden.tensor(rec.get("x")).requiresGrad_();
            Torch.manualSeed(rec.get("seed").getAsLong());
            RReLU m = new RReLU(rec.get("lower").getAsDouble(), rec.get("upper").getAsDouble(), rec.get("inplace").getAsBoolean());
            Tensor c = x.clone();
            Tensor y = m.call(c);
            JsonArray after = rec.getAsJsonArray("after");
            float[] next = Torch.rand(3).toFloatArray();
            for (int i = 0; i < 3; i++) assertEquals(Double.parseDouble(after.get(i).getAsString()), next[i], 0.0, "global stream after");
            if (m.inplace) assertSame(c, y);
            assertClose(rec.get("out"), y, "out");
            assertEquals(rec.get("grad_fn").getAsString(), y.gradFn().name());
            y.backward(gout(y));
            assertClose(rec.get("grad"), x.grad(), "grad");
        }));
    }

    @Test
    void activationErrorsInPyTorchsWords() {
        JsonObject e = GOLDEN.getAsJsonObject("act_errors");
        Map<String, Runnable> calls = Map.of(
                "glu_odd", () -> F.glu(Torch.ones(2, 5)),
                "glu_scalar", () -> F.glu(Torch.tensor(1.0).reshape()),
                "softshrink_negative", () -> F.softshrink(Torch.ones(2), -0.5),
                "softmax2d_2d", () -> new Softmax2d().call(Torch.ones(2, 5)),
                "prelu_mismatch", () -> F.prelu(Torch.ones(2, 5), Torch.ones(3)),
                "prelu_weight_2d", () -> F.prelu(Torch.ones(2, 3), Torch.ones(3, 1)),
                "rrelu_bounds", () -> F.rrelu(Torch.ones(2), 0.5, 0.2, true));
        assertEquals(e.keySet(), calls.keySet());
        for (String k : e.keySet())
            assertEquals(e.getAsJsonObject(k).get("message").getAsString(), assertThrows(IllegalArgumentException.class, calls.get(k)::run).getMessage(), k);
    }
}
