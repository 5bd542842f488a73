package torch4j.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torch4j.Torch.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Tensor;

/** Custom autograd Functions against PyTorch 1.13 (golden/autograd/gen_functions.py: the same Functions in Python). */
class FunctionGoldenTest {
    static JsonObject golden;

    @BeforeAll static void load() throws Exception {
        try (var in = FunctionGoldenTest.class.getResourceAsStream("/golden/autograd/functions.json")) {
            golden = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    static String g(String key) { return golden.get(key).getAsString(); }

    static List<String> list(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        return out;
    }

    static String py(Object o) {
        if (o == null) return "None";
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? ", " : "").append(py(l.get(i)));
            return sb.append(l.size() == 1 ? ",)" : ")").toString();
        }
        return o.toString();
    }

    static class MyReLU extends Autograd.Function {
        Tensor forward(FunctionCtx ctx, Tensor input) {
            ctx.saveForBackward(input);
            return input.clampMin(0);
        }

        Tensor backward(FunctionCtx ctx, Tensor gradOutput) {
            var input = ctx.savedTensors()[0];
            var gradInput = gradOutput.clone();
            gradInput.set(input.lt(0), 0);
            return gradInput;
        }
    }

    @Test void twoLayerNetWithMyReLU() {
        manualSeed(0);
        long n = 64, dIn = 1000, h = 100, dOut = 10;
        var x = randn(n, dIn);
        var y = randn(n, dOut);
        var w1 = randn(dIn, h).requiresGrad_();
        var w2 = randn(h, dOut).requiresGrad_();
        double learningRate = 1e-6;
        List<String> losses = new ArrayList<>();
        List<Double> items = new ArrayList<>();
        Tensor yPred = null;
        var relu = new MyReLU();
        for (int t = 0; t < 500; t++) {
            yPred = relu.apply(x.mm(w1)).mm(w2);
            var loss = yPred.sub(y).pow(2).sum();
            if (t % 100 == 99) {
                losses.add(t + " " + loss);
                items.add(loss.item());
            }
            loss.backward();
            try (var off = noGrad()) {
                w1.sub_(w1.grad().mul(learningRate));
                w2.sub_(w2.grad().mul(learningRate));
                w1.grad().zero_();
                w2.grad().zero_();
            }
        }
        assertEquals(list(golden.getAsJsonArray("two_layer_losses")), losses);
        // full precision: within one float32 ulp until float32 sum reproduces ATen's reduction order (issue 13 item 7)
        JsonArray want = golden.getAsJsonArray("two_layer_loss_items");
        for (int i = 0; i < want.size(); i++) {
            float w = want.get(i).getAsFloat();
            assertEquals(w, items.get(i), Math.ulp(w), "loss " + i);
        }
        assertEquals(g("two_layer_y_pred"), yPred.get(":2, :4").toString());
        assertEquals(g("two_layer_w2"), w2.get(":3, :3").toString());
    }

    static final List<String> seen = new ArrayList<>();

    /** a * b * scale + b: two tensors and a number. */
    static class MulAdd extends Autograd.Function {
        static Tensor forward(FunctionCtx ctx, Tensor a, Tensor b, double scale) {
            ctx.saveForBackward(a, b);
            ctx.set("scale", scale);
            seen.add("forward " + py(ctx.needsInputGrad()));
            return a.mul(b).mul(scale).add(b);
        }

        static Tensor[] backward(FunctionCtx ctx, Tensor g) {
            var saved = ctx.savedTensors();
            Tensor a = saved[0], b = saved[1];
            double scale = ctx.get("scale");
            seen.add("backward " + py(ctx.needsInputGrad()));
            var ga = ctx.needsInputGrad(0) ? g.mul(b).mul(scale) : null;
            var gb = ctx.needsInputGrad(1) ? g.mul(a.mul(scale).add(1)) : null;
            return new Tensor[]{ga, gb, null};
        }
    }

    @Test void inputsNumbersAndNeedsInputGrad() {
        seen.clear();
        manualSeed(1);
        var a = randn(3).requiresGrad_();
        var b = randn(3);
        var f = new MulAdd();
        var r = f.apply(a, b, 2.0);
        assertEquals(g("muladd_repr"), r.toString());
        List<String> next = new ArrayList<>();
        for (Edge e : r.gradFn().nextFunctions())
            next.add("(" + (e.function() == null ? "None" : "'" + e.function().displayName() + "'") + ", " + e.inputNr() + ")");
        assertEquals(g("muladd_next"), next.toString());
        r.sum().backward();
        assertEquals(g("muladd_a_grad"), a.grad().toString());
        b.requiresGrad_();
        r = f.apply(a, b, 2);   // an int reaches the double parameter, as Python's 2 would
        r.sum().backward();
        assertEquals(g("muladd_b_grad"), b.grad().toString());
        try (var off = noGrad()) {
            r = f.apply(a, b, 2.0);
        }
        assertEquals(g("muladd_nograd"), py(r.requiresGrad()) + " " + py(r.gradFn()) + " " + r);
        assertEquals(list(golden.getAsJsonArray("needs_input_grad")), seen);
    }

    @Test void gradcheckAndGradgradcheck() {
        manualSeed(2);
        var a = randn(4).to(DType.FLOAT64).requiresGrad_();
        var b = randn(4).to(DType.FLOAT64).requiresGrad_();
        var f = new MulAdd();
        assertEquals(golden.get("gradcheck").getAsBoolean(), GradCheck.gradcheck(in -> f.apply(in.get(0), in.get(1), 3.0), List.of(a, b)));
        assertEquals(golden.get("gradgradcheck").getAsBoolean(),
                GradCheck.gradgradcheck(in -> f.apply(in.get(0), in.get(1), 3.0), List.of(a, b)));
    }

    static class Cube extends Autograd.Function {
        Tensor forward(FunctionCtx ctx, Tensor x) {
            ctx.saveForBackward(x);
            return x.pow(3);
        }

        Tensor backward(FunctionCtx ctx, Tensor g) { return g.mul(3).mul(ctx.savedTensors()[0].pow(2)); }
    }

    @Test void doubleBackwardThroughADifferentiableBackward() {
        var c = tensor(1.0, -2.0, 0.5).requiresGrad_();
        var yc = new Cube().apply(c).sum();
        var gc = Autograd.grad(List.of(yc), List.of(c), null, null, true, false).get(0);
        assertEquals(g("cube_grad"), gc.toString());
        gc.sum().backward();
        assertEquals(g("cube_grad2"), c.grad().toString());
    }

    static class SinCos extends Autograd.Function {
        Tensor[] forward(FunctionCtx ctx, Tensor x) {
            ctx.saveForBackward(x);
            return new Tensor[]{x.sin(), x.cos()};
        }

        Tensor backward(FunctionCtx ctx, Tensor gs, Tensor gc) {
            var x = ctx.savedTensors()[0];
            return gs.mul(x.cos()).sub(gc.mul(x.sin()));
        }
    }

    @Test void twoOutputs() {
        manualSeed(3);
        var s = randn(3).requiresGrad_();
        var pq = new SinCos().applyAll(s);
        Tensor p = pq[0], q = pq[1];
        assertEquals(g("sincos"), p + " " + q + " " + py(p.gradFn() == q.gradFn()) + " " + q.outputNr());
        List<String> next = new ArrayList<>();
        for (Edge e : p.mul(q).gradFn().nextFunctions()) next.add("('" + e.function().displayName() + "', " + e.inputNr() + ")");
        assertEquals(g("sincos_next"), next.toString());
        p.mul(2).add(q).sum().backward();
        assertEquals(g("sincos_grad"), s.grad().toString());
        s.setGrad(null);
        pq = new SinCos().applyAll(s);
        pq[1].sum().backward();
        assertEquals(g("sincos_grad_one"), s.grad().toString());
        var e = assertThrows(IllegalStateException.class, () -> new SinCos().apply(s));
        assertEquals("SinCos.forward returned 2 outputs: use applyAll(...) to get them", e.getMessage());
    }

    static class MulTwo_ extends Autograd.Function {
        Tensor forward(FunctionCtx ctx, Tensor x) {
            x.mul_(2);
            ctx.markDirty(x);
            return x;
        }

        Tensor backward(FunctionCtx ctx, Tensor g) { return g.mul(2); }
    }

    @Test void markDirtyInPlace() {
        manualSeed(4);
        var leaf = randn(3).requiresGrad_();
        var z = leaf.mul(1);
        int v0 = z.storage().version();
        var w = new MulTwo_().apply(z);
        assertEquals(g("dirty"), py(w == z) + " " + w + " " + v0 + " " + z.storage().version());
        w.sum().backward();
        assertEquals(g("dirty_grad"), leaf.grad().toString());
        var e = assertThrows(IllegalStateException.class, () -> new MulTwo_().apply(leaf));
        assertEquals(g("dirty_leaf_error"), e.getMessage());
    }

    static class SortF extends Autograd.Function {
        Tensor[] forward(FunctionCtx ctx, Tensor x) {
            var vi = x.sort();
            ctx.markNonDifferentiable(vi.indices());
            ctx.saveForBackward(vi.indices());
            return new Tensor[]{vi.values(), vi.indices()};
        }

        Tensor backward(FunctionCtx ctx, Tensor gv, Tensor gi) {
            var i = ctx.savedTensors()[0];
            seen.add("gi " + gi);
            return zerosLike(gv).scatter(0, i, gv);
        }
    }

    static class Ident extends Autograd.Function {
        Tensor forward(FunctionCtx ctx, Tensor x) { return x; }

        Tensor backward(FunctionCtx ctx, Tensor g) { return g; }
    }

    @Test void markNonDifferentiableAndReturningAnInput() {
        seen.clear();
        manualSeed(5);
        var u = randn(4).requiresGrad_();
        var vi = new SortF().applyAll(u);
        assertEquals(g("sort"), vi[0] + " " + vi[1] + " " + py(vi[1].requiresGrad()));
        vi[0].mul(arange(4.0)).sum().backward();
        assertEquals(g("sort_grad"), u.grad().toString());
        assertEquals(list(golden.getAsJsonArray("sort_seen")), seen);
        var q = new Ident().apply(u);
        assertEquals(g("ident"), py(q == u) + " " + q);
        assertSame(u.storage(), q.storage());
    }

    static class TooFew extends Autograd.Function {
        Tensor forward(FunctionCtx ctx, Tensor a, Tensor b) { return a.mul(b); }

        Tensor backward(FunctionCtx ctx, Tensor g) { return g; }
    }

    static class NotNone extends Autograd.Function {
        Tensor forward(FunctionCtx ctx, Tensor a, double k) { return a.mul(k); }

        Tensor[] backward(FunctionCtx ctx, Tensor g) { return new Tensor[]{g.mul(2), g}; }
    }

    static class BadShape extends Autograd.Function {
        Tensor forward(FunctionCtx ctx, Tensor a) { return a.mul(2); }

        Tensor backward(FunctionCtx ctx, Tensor g) { return g.get(":2"); }
    }

    static class NoBackward extends Autograd.Function {
        Tensor forward(FunctionCtx ctx, Tensor a) { return a.mul(2); }
    }

    static class NotReturned extends Autograd.Function {
        Tensor forward(FunctionCtx ctx, Tensor a) {
            a.mul_(2);
            ctx.markDirty(a);
            return a.add(1);
        }

        Tensor backward(FunctionCtx ctx, Tensor g) { return g; }
    }

    static String err(Runnable r) {
        try {
            r.run();
            return "no error";
        } catch (IllegalStateException e) {
            return "RuntimeError: " + e.getMessage();
        } catch (UnsupportedOperationException e) {
            return "NotImplementedError: " + e.getMessage();
        }
    }

    @Test void errorsInPyTorchsWords() {
        JsonObject errors = golden.getAsJsonObject("errors");
        var e3 = ones(3).requiresGrad_();
        assertEquals(errors.get("too_few").getAsString(), err(() -> new TooFew().apply(e3, e3).sum().backward()));
        assertEquals(errors.get("not_none").getAsString(), err(() -> new NotNone().apply(e3, 2.0).sum().backward()));
        assertEquals(errors.get("bad_shape").getAsString(), err(() -> new BadShape().apply(e3).sum().backward()));
        assertEquals(errors.get("no_backward").getAsString(), err(() -> new NoBackward().apply(e3).sum().backward()));
        assertEquals(errors.get("not_returned").getAsString(), err(() -> new NotReturned().apply(e3.mul(1))));
        var saved = new MyReLU().apply(e3.mul(1));
        saved.sum().backward();
        assertEquals(errors.get("freed").getAsString(), err(() -> ((FunctionCtx) saved.gradFn()).savedTensors()));
        assertEquals(g("relu_repr"), saved.toString());
        var noForward = assertThrows(UnsupportedOperationException.class, () -> new Autograd.Function() {}.apply(e3));
        assertEquals("You must implement the forward function for custom autograd.Function.", noForward.getMessage());
        var wrongArgs = assertThrows(IllegalArgumentException.class, () -> new TooFew().apply(e3, "two"));
        assertEquals("TooFew.forward takes (Tensor, Tensor), which does not fit the arguments (Tensor, String)", wrongArgs.getMessage());
    }

    @Test void nodeShowsInGraphViewAndSavedTensorsAreChecked() {
        var x = tensor(-1.0, 2.0).requiresGrad_();
        var y = new MyReLU().apply(x.mul(2)).sum();
        assertTrue(GraphView.render(y).contains("\n└─ MyReLUBackward [2]  #1\n   └─ MulBackward0 [2]  #2\n"), GraphView.render(y));
        assertTrue(GraphView.of(y).nodes().stream().anyMatch(n -> n.name().equals("MyReLUBackward")));
        var z = x.mul(1);
        var r = new MyReLU().apply(z);
        z.add_(1);   // modifies what MyReLU saved
        assertEquals(golden.getAsJsonObject("errors").get("modified").getAsString(), err(() -> r.sum().backward()));
    }
}
