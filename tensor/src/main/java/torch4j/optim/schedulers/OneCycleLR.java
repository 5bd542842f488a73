package torch4j.optim.schedulers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import torch4j.optim.Optimizer;
import torch4j.optim.ParamGroup;

/**
 * The 1cycle policy ({@code OneCycleLR}): the lr rises from {@code maxLr / divFactor} to
 * {@code maxLr} over the first {@code pctStart} of {@code totalSteps}, then anneals (cosine or
 * linear) to {@code initial_lr / finalDivFactor}; momentum (SGD's, or Adam's beta1) cycles the
 * other way between {@code maxMomentum} and {@code baseMomentum}. Step it once per batch. As in
 * PyTorch, the groups gain {@code initial_lr}, {@code max_lr}, {@code min_lr},
 * {@code max_momentum}, {@code base_momentum}.
 *
 * <pre>{@code
 * jshell> var sched = new OneCycleLR(opt, 0.1, epochs * stepsPerEpoch, OneCycleLR.options().annealStrategy("linear"))
 * }</pre>
 */
public class OneCycleLR extends LRScheduler {

    /** OneCycleLR's keyword arguments beyond max_lr and total_steps, with PyTorch's defaults. */
    public static final class Options {
        double pctStart = 0.3, baseMomentum = 0.85, maxMomentum = 0.95, divFactor = 25, finalDivFactor = 1e4;
        String annealStrategy = "cos";
        boolean cycleMomentum = true, threePhase = false;

        /** Fraction of the cycle spent raising the lr (default 0.3). */
        public Options pctStart(double v) { pctStart = v; return this; }
        /** "cos" (default) or "linear". */
        public Options annealStrategy(String v) { annealStrategy = v; return this; }
        /** Cycle momentum inversely to the lr (default true). */
        public Options cycleMomentum(boolean v) { cycleMomentum = v; return this; }
        /** Lowest momentum, reached at the peak lr (default 0.85). */
        public Options baseMomentum(double v) { baseMomentum = v; return this; }
        /** Highest momentum (default 0.95). */
        public Options maxMomentum(double v) { maxMomentum = v; return this; }
        /** initial_lr = max_lr / divFactor (default 25). */
        public Options divFactor(double v) { divFactor = v; return this; }
        /** min_lr = initial_lr / finalDivFactor (default 1e4). */
        public Options finalDivFactor(double v) { finalDivFactor = v; return this; }
        /** Three phases: up, back down to initial_lr, then down to min_lr (default false). */
        public Options threePhase(boolean v) { threePhase = v; return this; }
    }

    /** PyTorch's defaults. */
    public static Options options() { return new Options(); }

    private record Phase(double endStep, String startLr, String endLr, String startMomentum, String endMomentum) {}

    private final int totalSteps;
    private final List<Phase> phases;
    private final boolean cos;
    private final boolean cycleMomentum;
    private boolean useBeta1;

    public OneCycleLR(Optimizer optimizer, double maxLr, int totalSteps) { this(optimizer, maxLr, totalSteps, options()); }

    public OneCycleLR(Optimizer optimizer, double maxLr, int totalSteps, Options options) {
        this(optimizer, Collections.nCopies(optimizer.paramGroups().size(), maxLr), totalSteps, options);
    }

    /**
     * One max lr per group.
     *
     * @throws IllegalArgumentException PyTorch's messages for a non-positive total_steps, a pct_start outside [0, 1],
     *         an unknown anneal strategy, or cycling momentum on an optimizer without one
     */
    public OneCycleLR(Optimizer optimizer, List<Double> maxLrs, int totalSteps, Options o) {
        super(prepare(optimizer, maxLrs, totalSteps, o));
        this.totalSteps = totalSteps;
        double p = o.pctStart * totalSteps;
        this.phases = o.threePhase
                ? List.of(new Phase(p - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
                          new Phase(2 * p - 2, "max_lr", "initial_lr", "base_momentum", "max_momentum"),
                          new Phase(totalSteps - 1, "initial_lr", "min_lr", "max_momentum", "max_momentum"))
                : List.of(new Phase(p - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
                          new Phase(totalSteps - 1, "max_lr", "min_lr", "base_momentum", "max_momentum"));
        this.cos = o.annealStrategy.equals("cos");
        this.cycleMomentum = o.cycleMomentum;
        this.useBeta1 = optimizer.defaults().containsKey("betas");
        initialStep();
    }

    /** PyTorch's checks, and the group keys it sets, before the base constructor reads initial_lr. */
    private static Optimizer prepare(Optimizer optimizer, List<Double> maxLrs, int totalSteps, Options o) {
        if (totalSteps <= 0) throw new IllegalArgumentException("Expected positive integer total_steps, but got " + totalSteps);
        if (o.pctStart < 0 || o.pctStart > 1)
            throw new IllegalArgumentException("Expected float between 0 and 1 pct_start, but got " + o.pctStart);
        if (!o.annealStrategy.equals("cos") && !o.annealStrategy.equals("linear"))
            throw new IllegalArgumentException("anneal_strategy must by one of 'cos' or 'linear', instead got " + o.annealStrategy);
        List<ParamGroup> groups = optimizer.paramGroups();
        if (maxLrs.size() != groups.size())
            throw new IllegalArgumentException("expected " + groups.size() + " values for max_lr, got " + maxLrs.size());
        for (int i = 0; i < groups.size(); i++) {
            ParamGroup g = groups.get(i);
            g.set("initial_lr", maxLrs.get(i) / o.divFactor);
            g.set("max_lr", maxLrs.get(i));
            g.set("min_lr", g.getDouble("initial_lr") / o.finalDivFactor);
        }
        if (o.cycleMomentum) {
            boolean beta1 = optimizer.defaults().containsKey("betas");
            if (!optimizer.defaults().containsKey("momentum") && !beta1)
                throw new IllegalArgumentException("optimizer must support momentum with `cycle_momentum` option enabled");
            for (ParamGroup g : groups) {
                setMomentum(g, beta1, o.maxMomentum);
                g.set("max_momentum", o.maxMomentum);
                g.set("base_momentum", o.baseMomentum);
            }
        }
        return optimizer;
    }

    private static void setMomentum(ParamGroup g, boolean beta1, double m) {
        if (beta1) g.set("betas", List.of(m, ((Number) ((List<?>) g.get("betas")).get(1)).doubleValue()));
        else g.set("momentum", m);
    }

    private double anneal(double start, double end, double pct) {
        return cos ? end + (start - end) / 2.0 * (Math.cos(Math.PI * pct) + 1) : (end - start) * pct + start;
    }

    @Override protected List<Double> computeLr() {
        if (lastEpoch > totalSteps)
            throw new IllegalStateException("Tried to step " + (lastEpoch + 1) + " times. The specified number of total steps is " + totalSteps);
        List<Double> lrs = new ArrayList<>();
        for (ParamGroup g : optimizer.paramGroups()) {
            double start = 0, lr = 0, momentum = 0;
            for (int i = 0; i < phases.size(); i++) {
                Phase ph = phases.get(i);
                if (lastEpoch <= ph.endStep() || i == phases.size() - 1) {
                    double pct = (lastEpoch - start) / (ph.endStep() - start);
                    lr = anneal(g.getDouble(ph.startLr()), g.getDouble(ph.endLr()), pct);
                    if (cycleMomentum) momentum = anneal(g.getDouble(ph.startMomentum()), g.getDouble(ph.endMomentum()), pct);
                    break;
                }
                start = ph.endStep();
            }
            lrs.add(lr);
            if (cycleMomentum) setMomentum(g, useBeta1, momentum);
        }
        return lrs;
    }

    /** {@code anneal_func} is written as the strategy's name ("cos" or "linear"), PyTorch's being a bound method. */
    @Override protected void writeState(Map<String, Object> out) {
        out.put("total_steps", totalSteps);
        List<Map<String, Object>> ps = new ArrayList<>();
        for (Phase p : phases) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("end_step", p.endStep());
            m.put("start_lr", p.startLr());
            m.put("end_lr", p.endLr());
            m.put("start_momentum", p.startMomentum());
            m.put("end_momentum", p.endMomentum());
            ps.add(m);
        }
        out.put("_schedule_phases", ps);
        out.put("anneal_func", cos ? "cos" : "linear");
        out.put("cycle_momentum", cycleMomentum);
        if (cycleMomentum) out.put("use_beta1", useBeta1);
    }

    /** The schedule's shape is fixed at construction; the counters are restored by the base class. */
    @Override protected void readState(Map<String, Object> in) {
        if (((Number) in.get("total_steps")).intValue() != totalSteps)
            throw new IllegalArgumentException("state dict is for total_steps " + in.get("total_steps") + ", this scheduler has " + totalSteps);
    }
}
