package torch4j.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static torch4j.Torch.tensor;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;

/** The Optimizer base through SGD: zeroGrad, closures, errors, groups, state dict round trip (values from PyTorch 1.13). */
class SGDTest {
    @Test
    void momentumStepAndZeroGrad() {
        Tensor w = tensor(1.0, 2.0).requiresGrad_();
        var opt = new SGD(List.of(w), SGD.options().lr(0.1).momentum(0.9));
        w.pow(2).sum().backward();
        opt.step();
        assertEquals("tensor([0.8000, 1.6000], requires_grad=True)", w.toString());
        w.pow(2).sum().backward();
        assertEquals("tensor([3.6000, 7.2000])", w.grad().toString());
        opt.zeroGrad();
        assertEquals("tensor([0., 0.])", w.grad().toString());
        opt.zeroGrad(true);
        assertNull(w.grad());
        opt.step();   // no gradient: nothing moves
        assertEquals("tensor([0.8000, 1.6000], requires_grad=True)", w.toString());
    }

    @Test
    void closureIsCalledWithGradAndItsLossReturned() {
        Tensor w = tensor(3.0).requiresGrad_();
        var opt = new SGD(List.of(w), 0.25);
        Tensor loss = null;
        try (var _ = torch4j.autograd.GradMode.noGrad()) {
            loss = opt.step(() -> { opt.zeroGrad(); Tensor l = w.pow(2); l.backward(); return l; });
        }
        assertEquals(9.0, loss.item());
        assertEquals(1.5, w.item());
    }

    @Test
    void pytorchErrors() {
        Tensor w = tensor(1.0, 2.0).requiresGrad_();
        assertEquals("Invalid learning rate: -0.5", assertThrows(IllegalArgumentException.class, () -> new SGD(List.of(w), -0.5)).getMessage());
        assertEquals("Invalid momentum value: -0.5", assertThrows(IllegalArgumentException.class,
                () -> new SGD(List.of(w), SGD.options().lr(0.1).momentum(-0.5))).getMessage());
        assertEquals("Invalid weight_decay value: -1e-05", assertThrows(IllegalArgumentException.class,
                () -> new SGD(List.of(w), SGD.options().lr(0.1).weightDecay(-1e-5))).getMessage());
        assertEquals("Nesterov momentum requires a momentum and zero dampening", assertThrows(IllegalArgumentException.class,
                () -> new SGD(List.of(w), SGD.options().lr(0.1).nesterov(true))).getMessage());
        assertEquals("optimizer got an empty parameter list", assertThrows(IllegalArgumentException.class,
                () -> new SGD(List.<Tensor>of(), 0.1)).getMessage());
        assertEquals("can't optimize a non-leaf Tensor", assertThrows(IllegalArgumentException.class,
                () -> new SGD(List.of(w.mul(2.0)), 0.1)).getMessage());
        var opt = new SGD(List.of(w), 0.1);
        assertEquals("some parameters appear in more than one parameter group", assertThrows(IllegalArgumentException.class,
                () -> opt.addParamGroup(ParamGroup.of(w))).getMessage());
    }

    @Test
    void addParamGroupFillsDefaultsInPyTorchOrder() {
        Tensor a = tensor(1.0).requiresGrad_(), b = tensor(2.0).requiresGrad_();
        var opt = new SGD(List.of(a), SGD.options().lr(0.1).momentum(0.9));
        opt.addParamGroup(ParamGroup.of(b).set("lr", 0.01));
        assertEquals(List.of("lr", "momentum", "dampening", "weight_decay", "nesterov", "maximize", "foreach", "differentiable"),
                List.copyOf(opt.paramGroups().get(1).options().keySet()));
        assertEquals(0.01, opt.paramGroups().get(1).lr());
        assertEquals(0.9, opt.paramGroups().get(1).getDouble("momentum"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void stateDictRoundTrip() {
        Tensor w = tensor(1.0, 2.0).requiresGrad_();
        var opt = new SGD(List.of(w), SGD.options().lr(0.1).momentum(0.9));
        w.pow(2).sum().backward();
        opt.step();
        Map<String, Object> sd = opt.stateDict();
        Tensor buf = (Tensor) ((Map<Integer, Map<String, Object>>) sd.get("state")).get(0).get("momentum_buffer");
        assertSame(opt.state().get(w).get("momentum_buffer"), buf);

        Tensor w2 = tensor(1.0, 2.0).requiresGrad_();
        var opt2 = new SGD(List.of(w2), 0.5);
        opt2.loadStateDict(sd);
        assertEquals(0.1, opt2.paramGroups().get(0).lr());
        assertEquals(0.9, opt2.paramGroups().get(0).getDouble("momentum"));
        Tensor loaded = (Tensor) opt2.state().get(w2).get("momentum_buffer");
        assertEquals("tensor([2., 4.])", loaded.toString());
        loaded.add_(1.0);
        assertEquals("tensor([2., 4.])", buf.toString());   // a copy, as PyTorch deep-copies

        var twoGroups = new SGD(List.of(ParamGroup.of(w), ParamGroup.of(tensor(0.0).requiresGrad_())), 0.1);
        assertEquals("loaded state dict has a different number of parameter groups",
                assertThrows(IllegalArgumentException.class, () -> twoGroups.loadStateDict(sd)).getMessage());
    }
}
