package torch4j.optim.schedulers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import torch4j.optim.Optimizer;

/**
 * Multiplies each group's lr by {@code gamma} every {@code stepSize} epochs ({@code StepLR}).
 *
 * <pre>{@code
 * jshell> var sched = new StepLR(opt, 30)      // gamma 0.1
 * }</pre>
 */
public class StepLR extends LRScheduler {
    private int stepSize;
    private double gamma;

    /** {@code StepLR(optimizer, step_size, gamma=0.1)}. */
    public StepLR(Optimizer optimizer, int stepSize) { this(optimizer, stepSize, 0.1); }

    public StepLR(Optimizer optimizer, int stepSize, double gamma) {
        super(optimizer);
        this.stepSize = stepSize;
        this.gamma = gamma;
        initialStep();
    }

    @Override protected List<Double> computeLr() {
        List<Double> lrs = currentLrs();
        if (lastEpoch == 0 || lastEpoch % stepSize != 0) return lrs;
        List<Double> out = new ArrayList<>();
        for (double lr : lrs) out.add(lr * gamma);
        return out;
    }

    @Override protected void writeState(Map<String, Object> out) {
        out.put("step_size", stepSize);
        out.put("gamma", gamma);
    }

    @Override protected void readState(Map<String, Object> in) {
        stepSize = (int) num(in, "step_size");
        gamma = num(in, "gamma");
    }
}
