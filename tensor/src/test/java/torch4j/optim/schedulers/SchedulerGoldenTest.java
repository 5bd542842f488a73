package torch4j.optim.schedulers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.optim.Adam;
import torch4j.optim.Optimizer;
import torch4j.optim.ParamGroup;
import torch4j.optim.SGD;

/** Every scheduler's lr (and OneCycle's momentum) sequence, state-dict keys and the optimizer repr match PyTorch 1.13 (golden/optim/gen_schedulers.py). */
class SchedulerGoldenTest {
    static final JsonObject GOLDEN;
    static {
        try (var in = SchedulerGoldenTest.class.getResourceAsStream("/golden/optim/schedulers.json")) {
            GOLDEN = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Optimizer opt(String kind, boolean twoGroups) {
        Tensor a = Torch.zeros(2).requiresGrad_(), b = Torch.zeros(1).requiresGrad_();
        List<ParamGroup> groups = twoGroups ? List.of(ParamGroup.of(a), ParamGroup.of(b).set("lr", 0.01)) : List.of(ParamGroup.of(a, b));
        return kind.equals("SGD") ? new SGD(groups, SGD.options().lr(0.1).momentum(0.9)) : new Adam(groups, Adam.options().lr(0.1));
    }

    static double momentum(ParamGroup g) {
        return g.has("betas") ? ((Number) ((List<?>) g.get("betas")).get(0)).doubleValue() : g.getDouble("momentum");
    }

    /** Runs n steps as the generator does and compares every lr and momentum, then the state keys and the repr. */
    static void check(String name, Optimizer opt, Object sched, int n) {
        JsonObject c = GOLDEN.getAsJsonObject("cases").getAsJsonObject(name);
        JsonArray metrics = GOLDEN.getAsJsonArray("metrics");
        for (int i = 0; i <= n; i++) {
            if (i > 0) {
                opt.step();
                if (sched instanceof ReduceLROnPlateau p) p.step(metrics.get(i - 1).getAsDouble());
                else ((LRScheduler) sched).step();
            }
            for (int g = 0; g < opt.paramGroups().size(); g++) {
                double want = c.getAsJsonArray("lrs").get(i).getAsJsonArray().get(g).getAsDouble();
                double wantM = c.getAsJsonArray("momentum").get(i).getAsJsonArray().get(g).getAsDouble();
                assertEquals(want, opt.paramGroups().get(g).lr(), Math.abs(want) * 1e-12, name + " step " + i + " group " + g);
                assertEquals(wantM, momentum(opt.paramGroups().get(g)), 1e-12, name + " momentum step " + i);
            }
        }
        if (sched instanceof LRScheduler s) {
            List<Double> lrs = new ArrayList<>();
            for (ParamGroup g : opt.paramGroups()) lrs.add(g.lr());
            assertEquals(lrs, s.getLastLr());
        }
        var sd = sched instanceof ReduceLROnPlateau p ? p.stateDict() : ((LRScheduler) sched).stateDict();
        List<String> keys = new ArrayList<>();
        c.getAsJsonArray("state_keys").forEach(k -> keys.add(k.getAsString()));
        assertEquals(keys, List.copyOf(sd.keySet()), name);
        assertEquals(c.get("last_epoch").getAsInt(), ((Number) sd.get("last_epoch")).intValue());
        String repr = c.get("repr").getAsString();
        // PyTorch prints the lrs it computed; both sides compute the same doubles, written in Python's repr
        assertEquals(repr, opt.toString(), name);
    }

    @Test void stepLR() { var o = opt("SGD", false); check("step", o, new StepLR(o, 3, 0.5), 12); }

    @Test void multiStepLR() { var o = opt("SGD", true); check("multistep", o, new MultiStepLR(o, List.of(2, 5, 5, 9), 0.3), 12); }

    @Test void exponentialLR() { var o = opt("SGD", false); check("exponential", o, new ExponentialLR(o, 0.9), 12); }

    @Test void cosineAnnealingLR() { var o = opt("SGD", true); check("cosine", o, new CosineAnnealingLR(o, 10, 0.001), 35); }

    @Test void lambdaLR() {
        var o = opt("SGD", true);
        List<IntToDoubleFunction> fs = List.of(e -> Math.pow(0.95, e), e -> 1.0 / (1 + e));
        check("lambda", o, new LambdaLR(o, fs), 12);
    }

    @Test void oneCycleCosSGD() { var o = opt("SGD", false); check("onecycle_cos_sgd", o, new OneCycleLR(o, 1.0, 20), 19); }

    @Test void oneCycleLinearThreePhaseAdam() {
        var o = opt("Adam", true);
        var s = new OneCycleLR(o, List.of(0.5, 0.05), 20,
                OneCycleLR.options().annealStrategy("linear").threePhase(true).pctStart(0.25).divFactor(10.0));
        check("onecycle_linear_3phase_adam", o, s, 19);
        s.step();   // step 20 of 20 is allowed, the next is not
        assertEquals("Tried to step 22 times. The specified number of total steps is 20",
                assertThrows(IllegalStateException.class, s::step).getMessage());
    }

    @Test void plateauMinRel() {
        var o = opt("SGD", true);
        check("plateau_min_rel", o, new ReduceLROnPlateau(o, ReduceLROnPlateau.options().patience(2).cooldown(1).factor(0.5).minLr(0.02)), 20);
    }

    @Test void plateauMaxAbs() {
        var o = opt("SGD", false);
        check("plateau_max_abs", o, new ReduceLROnPlateau(o, ReduceLROnPlateau.options().mode("max").thresholdMode("abs").threshold(0.05).patience(1)), 20);
    }

    @Test void errorsAndStateDictRoundTrip() {
        var o = opt("SGD", true);
        assertEquals("Expected 2 lr_lambdas, but got 1", assertThrows(IllegalArgumentException.class,
                () -> new LambdaLR(o, List.<IntToDoubleFunction>of(e -> 1.0))).getMessage());
        assertEquals("Factor should be < 1.0.", assertThrows(IllegalArgumentException.class,
                () -> new ReduceLROnPlateau(o, ReduceLROnPlateau.options().factor(1.0))).getMessage());
        assertEquals("optimizer must support momentum with `cycle_momentum` option enabled", assertThrows(IllegalArgumentException.class,
                () -> new OneCycleLR(new torch4j.optim.Adagrad(List.of(Torch.zeros(1).requiresGrad_())), 0.1, 10)).getMessage());
        var s = new StepLR(o, 2, 0.5);
        for (int i = 0; i < 3; i++) s.step();
        var sd = s.stateDict();
        var o2 = opt("SGD", true);
        var s2 = new StepLR(o2, 7);
        s2.loadStateDict(sd);
        assertEquals(s.lastEpoch(), s2.lastEpoch());
        assertEquals(s.getLastLr(), s2.getLastLr());
        s.step();
        o2.paramGroups().get(0).lr(o.paramGroups().get(0).lr() / 0.5);   // the optimizer state is loaded separately
        o2.paramGroups().get(1).lr(o.paramGroups().get(1).lr() / 0.5);
        s2.step();
        assertEquals(s.getLastLr(), s2.getLastLr());
    }
}
