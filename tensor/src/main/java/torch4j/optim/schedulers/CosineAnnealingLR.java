package torch4j.optim.schedulers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import torch4j.optim.Optimizer;
import torch4j.optim.ParamGroup;

/**
 * Cosine annealing from each group's initial lr down to {@code etaMin} over {@code tMax} epochs
 * ({@code CosineAnnealingLR}), computed by PyTorch's recursive form (each lr from the previous
 * one), so the values — and their interplay with lr changes made by hand — are PyTorch's.
 *
 * <pre>{@code
 * jshell> var sched = new CosineAnnealingLR(opt, 100)
 * }</pre>
 */
public class CosineAnnealingLR extends LRScheduler {
    private int tMax;
    private double etaMin;

    /** {@code CosineAnnealingLR(optimizer, T_max, eta_min=0)}. */
    public CosineAnnealingLR(Optimizer optimizer, int tMax) { this(optimizer, tMax, 0); }

    public CosineAnnealingLR(Optimizer optimizer, int tMax, double etaMin) {
        super(optimizer);
        this.tMax = tMax;
        this.etaMin = etaMin;
        initialStep();
    }

    @Override protected List<Double> computeLr() {
        List<ParamGroup> groups = optimizer.paramGroups();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            double lr = groups.get(i).lr(), base = baseLrs.get(i);
            if (lastEpoch == 0) out.add(lr);
            else if (stepCount == 1 && lastEpoch > 0)
                out.add(etaMin + (base - etaMin) * (1 + Math.cos(lastEpoch * Math.PI / tMax)) / 2);
            else if ((lastEpoch - 1 - tMax) % (2 * tMax) == 0)
                out.add(lr + (base - etaMin) * (1 - Math.cos(Math.PI / tMax)) / 2);
            else
                out.add((1 + Math.cos(Math.PI * lastEpoch / tMax)) / (1 + Math.cos(Math.PI * (lastEpoch - 1) / tMax))
                        * (lr - etaMin) + etaMin);
        }
        return out;
    }

    @Override protected void writeState(Map<String, Object> out) {
        out.put("T_max", tMax);
        out.put("eta_min", etaMin);
    }

    @Override protected void readState(Map<String, Object> in) {
        tMax = (int) num(in, "T_max");
        etaMin = num(in, "eta_min");
    }
}
