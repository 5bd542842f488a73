package torch4j.optim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import torch4j.Tensor;
import torch4j.print.PyDict;
import torch4j.print.PyList;
import torch4j.autograd.GradMode;

/**
 * PyTorch's {@code torch.optim.Optimizer}: parameter groups with their options, per-parameter
 * state, {@link #zeroGrad()}, {@link #step()}, and a state dict in PyTorch's structure (state
 * keyed by parameter index, groups with their options and {@code "params": [indices]}).
 *
 * <pre>{@code
 * jshell> var opt = new SGD(List.of(w, b), 0.1)
 * jshell> opt.zeroGrad(); loss(w, b).backward(); opt.step();
 * jshell> opt
 * opt ==> SGD (
 * Parameter Group 0
 *     dampening: 0
 *     differentiable: False
 *     foreach: None
 *     lr: 0.1
 *     maximize: False
 *     momentum: 0
 *     nesterov: False
 *     weight_decay: 0
 * )
 * }</pre>
 */
public abstract class Optimizer {
    private final Map<String, Object> defaults;
    private final List<ParamGroup> paramGroups = new ArrayList<>();
    /** Per-parameter state; Tensor has identity equality, and the insertion order is PyTorch's dict order. */
    private final Map<Tensor, Map<String, Object>> state = new LinkedHashMap<>();

    /** One group of {@code params} with the options' values. */
    protected Optimizer(Iterable<? extends Tensor> params, OptimizerOptions<?> options) {
        this(List.of(ParamGroup.of(params)), options);
    }

    /** Several groups, each with its own option overrides. */
    protected Optimizer(List<ParamGroup> groups, OptimizerOptions<?> options) {
        this.defaults = new LinkedHashMap<>(options.asMap());
        if (groups.isEmpty() || groups.size() == 1 && groups.get(0).params().isEmpty())
            throw new IllegalArgumentException("optimizer got an empty parameter list");
        for (ParamGroup g : groups) addParamGroup(g);
    }

    /**
     * Adds a group (fine-tuning unfrozen layers, say): its missing options come from the defaults.
     *
     * @throws IllegalArgumentException "can't optimize a non-leaf Tensor", "some parameters appear in more than one parameter group"
     */
    public void addParamGroup(ParamGroup group) {
        for (Tensor p : group.params())
            if (!(p.isLeaf() || p.retainsGrad())) throw new IllegalArgumentException("can't optimize a non-leaf Tensor");
        group.fillDefaults(defaults);
        Map<Tensor, Boolean> seen = new IdentityHashMap<>();
        for (ParamGroup g : paramGroups) for (Tensor p : g.params()) seen.put(p, true);
        for (Tensor p : group.params())
            if (seen.put(p, true) != null) throw new IllegalArgumentException("some parameters appear in more than one parameter group");
        paramGroups.add(group);
        initGroupState(group);
    }

    /** Optimizers that create state when a group is added (Adagrad's sums) override this. */
    protected void initGroupState(ParamGroup group) {}

    /** The parameter groups ({@code optimizer.param_groups}); set a group's lr to change it. */
    public List<ParamGroup> paramGroups() { return Collections.unmodifiableList(paramGroups); }

    /** The defaults every group was filled from ({@code optimizer.defaults}). */
    public Map<String, Object> defaults() { return Collections.unmodifiableMap(defaults); }

    /** The per-parameter state ({@code optimizer.state}): momentum buffers, moment estimates, step counts. */
    public Map<Tensor, Map<String, Object>> state() { return Collections.unmodifiableMap(state); }

    /** The state of {@code p}, created empty on first use. */
    protected Map<String, Object> stateOf(Tensor p) { return state.computeIfAbsent(p, k -> new LinkedHashMap<>()); }

    /**
     * Zeroes every parameter's gradient in place ({@code zero_grad()}, whose default in PyTorch 1.13
     * is {@code set_to_none=False}).
     */
    public void zeroGrad() { zeroGrad(false); }

    /** {@code zero_grad(set_to_none)}: with true the gradients become null instead of zero. */
    public void zeroGrad(boolean setToNone) {
        for (ParamGroup g : paramGroups)
            for (Tensor p : g.params()) {
                Tensor grad = p.grad();
                if (grad == null) continue;
                if (setToNone) { p.setGrad(null); continue; }
                if (grad.gradFn() != null) grad.detach_();
                else grad.requiresGrad_(false);
                grad.zero_();
            }
    }

    /** One optimization step over every parameter that has a gradient (under no-grad). */
    public void step() { step(null); }

    /**
     * One step after calling {@code closure} (with grad enabled) to re-evaluate the loss; returns
     * that loss, as {@code optimizer.step(closure)}.
     */
    public Tensor step(Supplier<Tensor> closure) {
        Tensor loss = null;
        if (closure != null) try (var _ = GradMode.enableGrad()) { loss = closure.get(); }
        try (var _ = GradMode.noGrad()) {
            for (ParamGroup g : paramGroups) update(g);
        }
        return loss;
    }

    /** The update of one group: each parameter with a gradient, by the group's options. */
    protected abstract void update(ParamGroup group);

    /**
     * PyTorch's {@code state_dict()}: {@code "state"} maps each parameter's index (its position
     * across all groups) to its state, {@code "param_groups"} lists each group's options with
     * {@code "params"} as indices. State tensors are shared, not copied, as in PyTorch.
     */
    public Map<String, Object> stateDict() {
        Map<Tensor, Integer> index = new IdentityHashMap<>();
        List<Object> groups = new PyList();
        for (ParamGroup g : paramGroups) {
            Map<String, Object> packed = new PyDict<>(g.options());
            List<Object> ids = new PyList();
            for (Tensor p : g.params()) {
                index.putIfAbsent(p, index.size());
                ids.add(index.get(p));
            }
            packed.put("params", ids);
            groups.add(packed);
        }
        Map<Integer, Map<String, Object>> packedState = new PyDict<>();
        for (var e : state.entrySet()) packedState.put(index.get(e.getKey()), new PyDict<>(e.getValue()));
        Map<String, Object> out = new PyDict<>();   // Python's dicts and lists, so it prints as PyTorch's
        out.put("state", packedState);
        out.put("param_groups", groups);
        return out;
    }

    /**
     * Loads a {@link #stateDict()}: group options are replaced by the saved ones, state tensors
     * are copied (floating ones cast to their parameter's dtype, except {@code step}).
     *
     * @throws IllegalArgumentException "loaded state dict has a different number of parameter groups", and the group size message
     */
    @SuppressWarnings("unchecked")
    public void loadStateDict(Map<String, Object> stateDict) {
        List<Map<String, Object>> saved = (List<Map<String, Object>>) stateDict.get("param_groups");
        if (saved.size() != paramGroups.size())
            throw new IllegalArgumentException("loaded state dict has a different number of parameter groups");
        for (int i = 0; i < saved.size(); i++)
            if (((List<?>) saved.get(i).get("params")).size() != paramGroups.get(i).params().size())
                throw new IllegalArgumentException("loaded state dict contains a parameter group that doesn't match the size of optimizer's group");
        Map<Integer, Tensor> byId = new LinkedHashMap<>();
        for (int i = 0; i < saved.size(); i++) {
            List<?> ids = (List<?>) saved.get(i).get("params");
            for (int k = 0; k < ids.size(); k++) byId.put(((Number) ids.get(k)).intValue(), paramGroups.get(i).params().get(k));
        }
        state.clear();
        for (var e : ((Map<?, Map<String, Object>>) stateDict.get("state")).entrySet()) {
            Tensor p = byId.get(((Number) e.getKey()).intValue());
            if (p == null) continue;   // PyTorch keeps such entries under their key; a Tensor-keyed map cannot
            Map<String, Object> copy = new LinkedHashMap<>();
            for (var s : e.getValue().entrySet()) copy.put(s.getKey(), castLike(p, s.getValue(), s.getKey()));
            state.put(p, copy);
        }
        for (int i = 0; i < saved.size(); i++) paramGroups.get(i).replaceOptions(saved.get(i));
    }

    private static Object castLike(Tensor param, Object value, String key) {
        if (!(value instanceof Tensor t)) return value;
        Tensor copy = t.detach().clone();
        if (key.equals("step")) return copy;   // as PyTorch 1.13: the step count stays where it was saved
        return param.isFloatingPoint() ? copy.to(param.device(), param.dtype()) : copy.to(param.device());
    }

    /** PyTorch's repr: the class name, then each group's options sorted by name. */
    @Override public String toString() {
        StringBuilder s = new StringBuilder(getClass().getSimpleName()).append(" (");
        for (int i = 0; i < paramGroups.size(); i++) {
            s.append("\nParameter Group ").append(i).append('\n');
            for (var key : new java.util.TreeSet<>(paramGroups.get(i).options().keySet()))
                s.append("    ").append(key).append(": ").append(PyRepr.of(paramGroups.get(i).get(key))).append('\n');
        }
        return s.append(')').toString();
    }

    /** {@code "Invalid learning rate: -1.0"} and the like, PyTorch's constructor checks. */
    static void check(boolean ok, String what, Object value) {
        if (!ok) throw new IllegalArgumentException("Invalid " + what + ": " + PyRepr.of(value));
    }
}
