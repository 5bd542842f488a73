package torch4j.optim.schedulers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import torch4j.optim.Optimizer;
import torch4j.optim.ParamGroup;

/**
 * PyTorch's {@code _LRScheduler}: sets each parameter group's {@code lr} once per {@link #step()}
 * (call it after {@code optimizer.step()}, once per epoch or batch as the schedule intends).
 * Construction records each group's {@code initial_lr} and takes the first step (epoch 0), as
 * PyTorch does.
 *
 * <pre>{@code
 * jshell> var sched = new StepLR(opt, 30, 0.1);
 * jshell> for (int epoch = 0; epoch < 100; epoch++) { train(); sched.step(); }
 * jshell> sched.getLastLr()
 * $3 ==> [1.0000000000000003E-4]
 * }</pre>
 */
public abstract class LRScheduler {
    protected final Optimizer optimizer;
    protected List<Double> baseLrs;
    protected int lastEpoch;
    protected int stepCount;
    private List<Double> lastLr = List.of();

    /** Records {@code initial_lr} (kept if already set) and the base learning rates; subclasses then call {@link #initialStep()}. */
    protected LRScheduler(Optimizer optimizer) {
        this.optimizer = optimizer;
        List<Double> base = new ArrayList<>();
        for (ParamGroup g : optimizer.paramGroups()) {
            if (!g.has("initial_lr")) g.set("initial_lr", g.get("lr"));
            base.add(g.getDouble("initial_lr"));
        }
        this.baseLrs = base;
        this.lastEpoch = -1;
    }

    /** The first step, to epoch 0; each subclass calls it at the end of its constructor, once its fields are set. */
    protected final void initialStep() {
        stepCount = 0;
        step();
    }

    /** The learning rates for epoch {@link #lastEpoch} (PyTorch's {@code get_lr}, called from step). */
    protected abstract List<Double> computeLr();

    /** Advances one epoch and writes the new learning rates into the optimizer's groups. */
    public void step() {
        stepCount++;
        lastEpoch++;
        List<Double> values = computeLr();
        List<ParamGroup> groups = optimizer.paramGroups();
        for (int i = 0; i < groups.size(); i++) groups.get(i).lr(values.get(i));
        List<Double> last = new ArrayList<>();
        for (ParamGroup g : groups) last.add(g.lr());
        lastLr = Collections.unmodifiableList(last);
    }

    /** The learning rates the last step set, one per group ({@code get_last_lr()}). */
    public List<Double> getLastLr() { return lastLr; }

    /** The epoch index of the last step ({@code last_epoch}; 0 after construction). */
    public int lastEpoch() { return lastEpoch; }

    /** The groups' {@code initial_lr} ({@code base_lrs}). */
    public List<Double> baseLrs() { return Collections.unmodifiableList(baseLrs); }

    /**
     * PyTorch's {@code state_dict()}: the scheduler's own fields first, then {@code base_lrs},
     * {@code last_epoch}, {@code verbose}, {@code _step_count}, {@code _get_lr_called_within_step}, {@code _last_lr}.
     */
    public Map<String, Object> stateDict() {
        Map<String, Object> out = new torch4j.print.PyDict<>();   // prints as Python's dict
        writeState(out);
        out.put("base_lrs", new ArrayList<>(baseLrs));   // modifiable: Python lists (Torch.save writes unmodifiable lists as tuples)
        out.put("last_epoch", lastEpoch);
        out.put("verbose", false);
        out.put("_step_count", stepCount);
        out.put("_get_lr_called_within_step", false);
        out.put("_last_lr", new ArrayList<>(lastLr));
        return out;
    }

    /** Restores a {@link #stateDict()} (load the optimizer's state too, as PyTorch advises). */
    @SuppressWarnings("unchecked")
    public void loadStateDict(Map<String, Object> state) {
        readState(state);
        baseLrs = new ArrayList<>();
        for (Object v : (List<?>) state.get("base_lrs")) baseLrs.add(((Number) v).doubleValue());
        lastEpoch = ((Number) state.get("last_epoch")).intValue();
        stepCount = ((Number) state.get("_step_count")).intValue();
        List<Double> last = new ArrayList<>();
        for (Object v : (List<?>) state.get("_last_lr")) last.add(((Number) v).doubleValue());
        lastLr = Collections.unmodifiableList(last);
    }

    /** Puts the subclass's own fields, by PyTorch's names, in PyTorch's order. */
    protected abstract void writeState(Map<String, Object> out);

    /** Reads back what {@link #writeState} wrote. */
    protected abstract void readState(Map<String, Object> in);

    /** Each group's current lr. */
    protected List<Double> currentLrs() {
        List<Double> out = new ArrayList<>();
        for (ParamGroup g : optimizer.paramGroups()) out.add(g.lr());
        return out;
    }

    static double num(Map<String, Object> m, String key) { return ((Number) m.get(key)).doubleValue(); }
}
