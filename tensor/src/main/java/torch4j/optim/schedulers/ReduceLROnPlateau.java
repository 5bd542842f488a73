package torch4j.optim.schedulers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import torch4j.optim.Optimizer;
import torch4j.optim.ParamGroup;

/**
 * Reduces each group's lr by {@code factor} when a metric has stopped improving for more than
 * {@code patience} epochs ({@code ReduceLROnPlateau}), with PyTorch's threshold modes, cooldown,
 * minimum lr and eps (a reduction smaller than eps is skipped).
 *
 * <pre>{@code
 * jshell> var sched = new ReduceLROnPlateau(opt, ReduceLROnPlateau.options().patience(5).factor(0.5))
 * jshell> sched.step(validationLoss)
 * }</pre>
 */
public class ReduceLROnPlateau {

    /** The keyword arguments, with PyTorch's defaults (mode "min", factor 0.1, patience 10, threshold 1e-4 "rel"). */
    public static final class Options {
        String mode = "min", thresholdMode = "rel";
        double factor = 0.1, threshold = 1e-4, eps = 1e-8;
        int patience = 10, cooldown = 0;
        List<Double> minLrs;
        double minLr = 0;
        boolean minLrGiven;   // PyTorch's default min_lr is the int 0, which its state dict keeps

        /** "min" (default): lower is better; "max": higher is better. */
        public Options mode(String v) { mode = v; return this; }
        /** lr *= factor on a plateau (default 0.1; must be below 1). */
        public Options factor(double v) { factor = v; return this; }
        /** Epochs without improvement tolerated (default 10). */
        public Options patience(int v) { patience = v; return this; }
        /** The least change that counts as an improvement (default 1e-4). */
        public Options threshold(double v) { threshold = v; return this; }
        /** "rel" (default): relative to the best; "abs": absolute. */
        public Options thresholdMode(String v) { thresholdMode = v; return this; }
        /** Epochs to wait after a reduction (default 0). */
        public Options cooldown(int v) { cooldown = v; return this; }
        /** The lr never goes below this (default 0). */
        public Options minLr(double v) { minLr = v; minLrs = null; minLrGiven = true; return this; }
        /** One minimum per group. */
        public Options minLr(List<Double> v) { minLrs = List.copyOf(v); return this; }
        /** Reductions smaller than this are skipped (default 1e-8). */
        public Options eps(double v) { eps = v; return this; }
    }

    public static Options options() { return new Options(); }

    private final Optimizer optimizer;
    private final Options o;
    private final List<Double> minLrs;
    private double best;
    private int numBadEpochs;
    private int cooldownCounter;
    private int lastEpoch;
    private List<Double> lastLr = List.of();

    public ReduceLROnPlateau(Optimizer optimizer) { this(optimizer, options()); }

    /**
     * @throws IllegalArgumentException "Factor should be < 1.0.", "mode … is unknown!", "threshold mode … is unknown!",
     *         "expected 2 min_lrs, got 1"
     */
    public ReduceLROnPlateau(Optimizer optimizer, Options options) {
        if (options.factor >= 1.0) throw new IllegalArgumentException("Factor should be < 1.0.");
        int n = optimizer.paramGroups().size();
        if (options.minLrs != null && options.minLrs.size() != n)
            throw new IllegalArgumentException("expected " + n + " min_lrs, got " + options.minLrs.size());
        if (!options.mode.equals("min") && !options.mode.equals("max")) throw new IllegalArgumentException("mode " + options.mode + " is unknown!");
        if (!options.thresholdMode.equals("rel") && !options.thresholdMode.equals("abs"))
            throw new IllegalArgumentException("threshold mode " + options.thresholdMode + " is unknown!");
        this.optimizer = optimizer;
        this.o = options;
        this.minLrs = options.minLrs != null ? options.minLrs : Collections.nCopies(n, options.minLr);
        this.best = modeWorse();
    }

    private double modeWorse() { return o.mode.equals("min") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY; }

    private boolean isBetter(double a) {
        boolean min = o.mode.equals("min"), rel = o.thresholdMode.equals("rel");
        if (min) return rel ? a < best * (1 - o.threshold) : a < best - o.threshold;
        return rel ? a > best * (o.threshold + 1) : a > best + o.threshold;
    }

    /** One epoch's value of the monitored metric (a validation loss, say). */
    public void step(double metric) {
        lastEpoch++;
        if (isBetter(metric)) {
            best = metric;
            numBadEpochs = 0;
        } else {
            numBadEpochs++;
        }
        if (cooldownCounter > 0) {
            cooldownCounter--;
            numBadEpochs = 0;   // bad epochs in cooldown do not count
        }
        if (numBadEpochs > o.patience) {
            List<ParamGroup> groups = optimizer.paramGroups();
            for (int i = 0; i < groups.size(); i++) {
                double old = groups.get(i).lr(), updated = Math.max(old * o.factor, minLrs.get(i));
                if (old - updated > o.eps) groups.get(i).lr(updated);
            }
            cooldownCounter = o.cooldown;
            numBadEpochs = 0;
        }
        List<Double> last = new ArrayList<>();
        for (ParamGroup g : optimizer.paramGroups()) last.add(g.lr());
        lastLr = Collections.unmodifiableList(last);
    }

    /** The metric given as a scalar tensor. */
    public void step(torch4j.Tensor metric) { step(metric.item()); }

    /** The learning rates after the last step ({@code _last_lr}; empty before the first step). */
    public List<Double> getLastLr() { return lastLr; }

    /** The best metric so far. */
    public double best() { return best; }

    /** Epochs since the last improvement. */
    public int numBadEpochs() { return numBadEpochs; }

    /** PyTorch's {@code state_dict()} keys and order. */
    public Map<String, Object> stateDict() {
        Map<String, Object> m = new torch4j.print.PyDict<>();   // prints as Python's dict
        m.put("factor", o.factor);
        m.put("min_lrs", o.minLrGiven || o.minLrs != null ? new ArrayList<Object>(minLrs) : new ArrayList<Object>(Collections.nCopies(minLrs.size(), 0)));   // modifiable: Python lists (Torch.save writes unmodifiable lists as tuples)
        m.put("patience", o.patience);
        m.put("verbose", false);
        m.put("cooldown", o.cooldown);
        m.put("cooldown_counter", cooldownCounter);
        m.put("mode", o.mode);
        m.put("threshold", o.threshold);
        m.put("threshold_mode", o.thresholdMode);
        m.put("best", best);
        m.put("num_bad_epochs", numBadEpochs);
        m.put("mode_worse", modeWorse());
        m.put("eps", o.eps);
        m.put("last_epoch", lastEpoch);
        if (!lastLr.isEmpty()) m.put("_last_lr", new ArrayList<>(lastLr));
        return m;
    }

    /** Restores the counters and the best value of a {@link #stateDict()} (options stay this scheduler's). */
    public void loadStateDict(Map<String, Object> state) {
        best = ((Number) state.get("best")).doubleValue();
        numBadEpochs = ((Number) state.get("num_bad_epochs")).intValue();
        cooldownCounter = ((Number) state.get("cooldown_counter")).intValue();
        lastEpoch = ((Number) state.get("last_epoch")).intValue();
    }
}
