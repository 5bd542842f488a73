package torch4j.optim.schedulers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import torch4j.optim.Optimizer;

/**
 * Multiplies each group's lr by {@code gamma} at each milestone epoch ({@code MultiStepLR}); a
 * milestone listed twice decays twice, as PyTorch's Counter does.
 *
 * <pre>{@code
 * jshell> var sched = new MultiStepLR(opt, List.of(30, 80), 0.1)
 * }</pre>
 */
public class MultiStepLR extends LRScheduler {
    private Map<Integer, Integer> milestones = new LinkedHashMap<>();
    private double gamma;

    /** {@code MultiStepLR(optimizer, milestones, gamma=0.1)}. */
    public MultiStepLR(Optimizer optimizer, List<Integer> milestones) { this(optimizer, milestones, 0.1); }

    public MultiStepLR(Optimizer optimizer, List<Integer> milestones, double gamma) {
        super(optimizer);
        for (int m : milestones) this.milestones.merge(m, 1, Integer::sum);
        this.gamma = gamma;
        initialStep();
    }

    @Override protected List<Double> computeLr() {
        List<Double> lrs = currentLrs();
        Integer count = milestones.get(lastEpoch);
        if (count == null) return lrs;
        List<Double> out = new ArrayList<>();
        for (double lr : lrs) out.add(lr * Math.pow(gamma, count));
        return out;
    }

    /** {@code milestones} is PyTorch's Counter: milestone → how many times it was listed. */
    @Override protected void writeState(Map<String, Object> out) {
        out.put("milestones", new LinkedHashMap<>(milestones));
        out.put("gamma", gamma);
    }

    @Override protected void readState(Map<String, Object> in) {
        milestones = new LinkedHashMap<>();
        for (var e : ((Map<?, ?>) in.get("milestones")).entrySet())
            milestones.put(((Number) e.getKey()).intValue(), ((Number) e.getValue()).intValue());
        gamma = num(in, "gamma");
    }
}
