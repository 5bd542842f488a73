package torch4j.nn;

import static org.junit.jupiter.api.Assertions.*;
import static torch4j.Torch.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/** Module behaviour that needs no reference numbers: registration rules, identity, hooks, modes. */
class ModuleBasicsTest {
    static class Net extends Module {
        final Linear hidden = register("hidden", new Linear(1, 10));
        final Linear predict = register("predict", new Linear(10, 1));

        @Override public Tensor forward(Tensor x) { return predict.call(F.relu(hidden.call(x))); }
    }

    @Test void namesAndOrder() {
        Net net = new Net();
        assertEquals(List.of("hidden.weight", "hidden.bias", "predict.weight", "predict.bias"), List.copyOf(net.namedParameters().keySet()));
        assertEquals(List.copyOf(net.namedParameters().keySet()), List.copyOf(net.stateDict().keySet()));
        assertSame(net.hidden.weight, net.parameters().get(0));
        assertSame(net.hidden.weight, net.getParameter("hidden.weight"));
        assertEquals(List.of("", "hidden", "predict"), List.copyOf(net.namedModules().keySet()));
        assertEquals(List.of(net.hidden, net.predict), net.children());
    }

    @Test void sharedParametersAreListedOnce() {
        Linear shared = new Linear(2, 2);
        Sequential seq = new Sequential(shared, new ReLU(), shared);
        assertEquals(2, seq.parameters().size());
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), List.copyOf(seq.stateDict().keySet()));
    }

    @Test void registrationErrorsInPyTorchWords() {
        Module m = new Module();
        var e = assertThrows(IllegalArgumentException.class, () -> m.registerParameter("a.b", new Parameter(ones(1))));
        assertEquals("parameter name can't contain \".\"", e.getMessage());
        m.registerBuffer("x", ones(1));
        e = assertThrows(IllegalArgumentException.class, () -> m.registerParameter("x", new Parameter(ones(1))));
        assertEquals("attribute 'x' already exists", e.getMessage());
        class Empty extends Module {}
        var missing = assertThrows(UnsupportedOperationException.class, () -> new Empty().call(ones(1)));
        assertEquals("Module [Empty] is missing the required \"forward\" function", missing.getMessage());
    }

    @Test void toDtypeKeepsParameterIdentity() {
        Net net = new Net();
        Tensor w = net.hidden.weight;
        net.call(ones(3, 1)).sum().backward();
        net.to(float64);
        assertSame(w, net.hidden.weight);
        assertEquals(float64, w.dtype());
        assertEquals(float64, w.grad().dtype());
        assertTrue(w.requiresGrad());
        assertEquals(float64, net.call(ones(3, 1).toDouble()).dtype());
    }

    @Test void trainEvalZeroGradApply() {
        Net net = new Net();
        net.eval();
        assertFalse(net.hidden.isTraining());
        net.train();
        assertTrue(net.predict.isTraining());
        net.call(ones(4, 1)).sum().backward();
        net.zeroGrad();
        assertEquals(0.0, net.hidden.weight.grad().abs().sum().item());
        net.zeroGrad(true);
        assertNull(net.hidden.weight.grad());
        List<String> seen = new java.util.ArrayList<>();
        net.apply(m -> seen.add(m.getName()));
        assertEquals(List.of("Linear", "Linear", "Net"), seen);
    }

    @Test void hooksRunAroundForwardAndCanBeRemoved() {
        Linear fc = new Linear(2, 2);
        List<String> calls = new java.util.ArrayList<>();
        var pre = fc.registerForwardPreHook((m, in) -> { calls.add("pre"); return new Tensor[]{in[0].mul(0.0)}; });
        var post = fc.registerForwardHook((m, in, out) -> { calls.add("post"); return out.add(1.0); });
        Tensor y = fc.call(ones(1, 2));
        assertEquals(List.of("pre", "post"), calls);
        assertTrue(y.allclose(fc.bias.data().add(1.0).unsqueeze(0)));
        pre.remove();
        post.remove();
        assertTrue(fc.call(zeros(1, 2)).allclose(fc.bias.data().unsqueeze(0)));
    }

    @Test void loadStateDictCopiesValues() {
        Net a = new Net(), b = new Net();
        assertEquals("<All keys matched successfully>", b.loadStateDict(a.stateDict()).toString());
        assertTrue(a.hidden.weight.equal(b.hidden.weight));
        assertNotSame(a.hidden.weight, b.hidden.weight);
    }
}
