package torch4j.nn;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SequencedMap;
import torch4j.Tensor;

/**
 * Parameters by name, in insertion order ({@code nn.ParameterDict}); each is registered under its
 * key, so {@code stateDict()} keys are {@code name.key}. A plain tensor put into it is wrapped in
 * a {@link Parameter}, as PyTorch 1.13 does. {@link #update(Map)} keeps the order of an ordered
 * map (a LinkedHashMap, TreeMap or another ParameterDict) and sorts the keys of any other map, as
 * PyTorch does for OrderedDict versus dict. Not callable.
 *
 * <pre>{@code
 * jshell> var d = new ParameterDict(Map.of("right", ones(5, 10), "left", zeros(5, 10)))
 * d ==> ParameterDict(
 *     (left): Parameter containing: [torch.FloatTensor of size 5x10]
 *     (right): Parameter containing: [torch.FloatTensor of size 5x10]
 * )
 * }</pre>
 */
public class ParameterDict extends Module implements Iterable<String> {
    /** An empty dict. */
    public ParameterDict() {}

    /** {@code nn.ParameterDict(parameters)}: see {@link #update(Map)} for the order. */
    public ParameterDict(Map<String, ? extends Tensor> parameters) { update(parameters); }

    /** The parameter under {@code key} ({@code d[key]}). */
    public Parameter get(String key) {
        if (!parameters.containsKey(key)) throw new NoSuchElementException("'" + getName() + "' object has no attribute '" + key + "'");
        return parameters.get(key);
    }

    /** The parameter under {@code key}, or {@code defaultValue} when absent ({@code d.get(key, default)}). */
    public Tensor get(String key, Tensor defaultValue) { return parameters.containsKey(key) ? parameters.get(key) : defaultValue; }

    /** Adds or replaces the parameter under {@code key} ({@code d[key] = value}); a tensor is wrapped in a Parameter. */
    public void put(String key, Tensor value) { registerParameter(key, ParameterList.wrap(value)); }

    /** Removes and returns the parameter under {@code key} ({@code pop}). */
    public Parameter pop(String key) {
        Parameter p = get(key);
        parameters.remove(key);
        return p;
    }

    /** The parameter under {@code key}, first putting {@code defaultValue} there when absent ({@code setdefault}). */
    public Parameter setdefault(String key, Tensor defaultValue) {
        if (!contains(key)) put(key, defaultValue);
        return get(key);
    }

    /** Whether {@code key} is present ({@code key in d}). */
    public boolean contains(String key) { return parameters.containsKey(key); }

    /** The number of entries. */
    public int size() { return parameters.size(); }

    /** Removes every entry. */
    public void clear() { parameters.clear(); }

    /** The keys in order. */
    public List<String> keys() { return new ArrayList<>(parameters.keySet()); }

    /** The parameters in order. */
    public List<Parameter> values() { return new ArrayList<>(parameters.values()); }

    /** The entries in order. */
    public Map<String, Parameter> items() { return new LinkedHashMap<>(parameters); }

    /** A new ParameterDict holding the same parameters ({@code copy}). */
    public ParameterDict copy() { return new ParameterDict(items()); }

    /** Adds every entry of {@code more}: in its order when it is ordered, else by sorted key (PyTorch's rule for a plain dict). */
    public void update(Map<String, ? extends Tensor> more) {
        if (more instanceof SequencedMap) more.forEach(this::put);
        else more.keySet().stream().sorted().forEach(k -> put(k, more.get(k)));
    }

    /** Adds every entry of another ParameterDict, in its order. */
    public void update(ParameterDict more) { update(more.items()); }

    @Override public Iterator<String> iterator() { return keys().iterator(); }

    /** PyTorch's "ParameterDict should not be called." */
    @Override public Tensor call(Tensor input) { throw new IllegalArgumentException("ParameterDict should not be called."); }

    @Override public String extraRepr() {
        List<String> lines = new ArrayList<>();
        for (var e : parameters.entrySet()) {
            Parameter p = e.getValue();
            String typename = "torch." + (p.device().isCuda() ? "cuda." : "") + p.dtype().scalarTypeName() + "Tensor";
            lines.add("  (" + e.getKey() + "): Parameter containing: [" + typename + " of size " + ParameterList.sizeString(p)
                    + ParameterList.deviceString(p) + "]");
        }
        return String.join("\n", lines);
    }
}
