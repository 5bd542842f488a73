package torch4j.optim.schedulers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import torch4j.optim.Optimizer;

/**
 * Multiplies each group's lr by {@code gamma} every epoch ({@code ExponentialLR}).
 *
 * <pre>{@code
 * jshell> var sched = new ExponentialLR(opt, 0.95)
 * }</pre>
 */
public class ExponentialLR extends LRScheduler {
    private double gamma;

    public ExponentialLR(Optimizer optimizer, double gamma) {
        super(optimizer);
        this.gamma = gamma;
        initialStep();
    }

    @Override protected List<Double> computeLr() {
        List<Double> lrs = currentLrs();
        if (lastEpoch == 0) return lrs;
        List<Double> out = new ArrayList<>();
        for (double lr : lrs) out.add(lr * gamma);
        return out;
    }

    @Override protected void writeState(Map<String, Object> out) { out.put("gamma", gamma); }

    @Override protected void readState(Map<String, Object> in) { gamma = num(in, "gamma"); }
}
