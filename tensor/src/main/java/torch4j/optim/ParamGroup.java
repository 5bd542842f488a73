package torch4j.optim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import torch4j.Tensor;

/**
 * A parameter group: tensors optimized together and the options that apply to them
 * ({@code {'params': [...], 'lr': 0.01}} in PyTorch). Options not set here are filled from the
 * optimizer's defaults when the group is added, in PyTorch's key order.
 *
 * <pre>{@code
 * jshell> var opt = new SGD(List.of(ParamGroup.of(base.parameters()), ParamGroup.of(head.parameters()).set("lr", 1e-3)), 0.01)
 * jshell> opt.paramGroups().get(1).lr()
 * $2 ==> 0.001
 * }</pre>
 */
public final class ParamGroup {
    private final List<Tensor> params;
    private final LinkedHashMap<String, Object> options = new LinkedHashMap<>();

    private ParamGroup(List<Tensor> params) { this.params = params; }

    /** A group of {@code params} with no options of its own yet. */
    public static ParamGroup of(Iterable<? extends Tensor> params) {
        List<Tensor> list = new ArrayList<>();
        for (Tensor p : params) list.add(p);
        return new ParamGroup(list);
    }

    /** A group of the given tensors. */
    public static ParamGroup of(Tensor... params) { return of(List.of(params)); }

    /** Sets option {@code key} (PyTorch's name, e.g. {@code "lr"}, {@code "weight_decay"}, {@code "betas"}); returns this group. */
    public ParamGroup set(String key, Object value) {
        if (key.equals("params")) throw new IllegalArgumentException("set the params of a group with ParamGroup.of");
        options.put(key, normalise(value));
        return this;
    }

    /** {@code group[key]}: option {@code key} ({@code "params"}: the group's tensors), or null when absent or None. */
    public Object get(String key) { return key.equals("params") ? params() : options.get(key); }

    /** Whether option {@code key} is present ({@code "params"} always is, as in PyTorch's dict). */
    public boolean has(String key) { return key.equals("params") || options.containsKey(key); }

    /**
     * {@code group.keys()}: {@code "params"} then the options, in PyTorch's order; prints as Python's
     * {@code dict_keys([...])}.
     * <pre>{@code
     * jshell> new SGD(net.parameters(), 0.1).paramGroups().get(0).keys()
     * $1 ==> dict_keys(['params', 'lr', 'momentum', 'dampening', 'weight_decay', 'nesterov', 'maximize', 'foreach', 'differentiable'])
     * }</pre>
     */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add("params");
        keys.addAll(options.keySet());
        return new DictKeys(keys);
    }

    /** A dict's keys view as Python prints it. */
    private static final class DictKeys extends java.util.AbstractList<String> {
        private final List<String> keys;

        DictKeys(List<String> keys) { this.keys = List.copyOf(keys); }

        @Override public String get(int i) { return keys.get(i); }

        @Override public int size() { return keys.size(); }

        @Override public String toString() {
            StringBuilder s = new StringBuilder("dict_keys([");
            for (int i = 0; i < keys.size(); i++) s.append(i > 0 ? ", '" : "'").append(keys.get(i)).append('\'');
            return s.append("])").toString();
        }
    }

    /** A numeric option as a double. */
    public double getDouble(String key) {
        Object v = options.get(key);
        if (!(v instanceof Number n)) throw new IllegalArgumentException("option '" + key + "' is not a number: " + PyRepr.of(v));
        return n.doubleValue();
    }

    /** A boolean option. */
    public boolean getBoolean(String key) { return Boolean.TRUE.equals(options.get(key)); }

    /** The group's learning rate ({@code group['lr']}). */
    public double lr() { return getDouble("lr"); }

    /** Sets the group's learning rate, as a scheduler does. */
    public ParamGroup lr(double lr) { return set("lr", lr); }

    /** The tensors of this group. */
    public List<Tensor> params() { return Collections.unmodifiableList(params); }

    /** The options in PyTorch's key order, without "params". */
    public Map<String, Object> options() { return Collections.unmodifiableMap(options); }

    void fillDefaults(Map<String, Object> defaults) {
        for (var e : defaults.entrySet()) options.putIfAbsent(e.getKey(), e.getValue());
    }

    void replaceOptions(Map<String, Object> newOptions) {
        options.clear();
        for (var e : newOptions.entrySet()) if (!e.getKey().equals("params")) options.put(e.getKey(), normalise(e.getValue()));
    }

    /** Java's float, int, array and tuple values become the types the optimizer reads (Double, Integer, List of Double). */
    static Object normalise(Object v) {
        if (v instanceof Float f) return f.doubleValue();
        if (v instanceof Long l && l == l.intValue()) return l.intValue();
        if (v instanceof double[] a) {
            List<Object> l = new ArrayList<>();
            for (double x : a) l.add(x);
            return List.copyOf(l);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) out.add(normalise(o));
            return List.copyOf(out);
        }
        return v;
    }

    @Override public String toString() {
        StringBuilder s = new StringBuilder("{'params': [" + params.size() + " tensors]");
        for (var e : options.entrySet()) s.append(", '").append(e.getKey()).append("': ").append(PyRepr.of(e.getValue()));
        return s.append('}').toString();
    }
}
