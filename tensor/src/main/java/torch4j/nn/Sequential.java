package torch4j.nn;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import torch4j.Tensor;

/**
 * Modules run one after another ({@code nn.Sequential}): each child is called on the previous
 * one's output. Children are named "0", "1", … or by the keys of a map, and {@link #addModule}
 * takes any name.
 *
 * <pre>{@code
 * jshell> var net = new Sequential(new Linear(1, 10), new ReLU(), new Linear(10, 1))
 * net ==> Sequential(
 *   (0): Linear(in_features=1, out_features=10, bias=True)
 *   (1): ReLU()
 *   (2): Linear(in_features=10, out_features=1, bias=True)
 * )
 * }</pre>
 */
public class Sequential extends Module implements Iterable<Module> {
    /** The modules in order, named "0", "1", …. */
    public Sequential(Module... modules) {
        for (int i = 0; i < modules.length; i++) addModule(Integer.toString(i), modules[i]);
    }

    /** The modules of an ordered map under its keys ({@code nn.Sequential(OrderedDict(...))}). */
    public Sequential(Map<String, ? extends Module> modules) {
        modules.forEach(this::addModule);
    }

    /** Calls each child in turn ({@code forward}). */
    @Override public Tensor forward(Tensor input) {
        for (Module m : modules.values()) input = m.call(input);
        return input;
    }

    /** The number of children ({@code len(seq)}). */
    public int size() { return modules.size(); }

    /**
     * The child at {@code index}, negative counting from the end ({@code seq[i]}).
     * <pre>{@code
     * jshell> Linear first = net.get(0)
     * }</pre>
     */
    @SuppressWarnings("unchecked")
    public <M extends Module> M get(int index) {
        return (M) new ArrayList<>(modules.values()).get(wrap(index, modules.size()));
    }

    /** Replaces the child at {@code index} ({@code seq[i] = module}). */
    public void set(int index, Module module) {
        String key = new ArrayList<>(modules.keySet()).get(wrap(index, modules.size()));
        modules.put(key, module);
    }

    /** Appends a module under the next number ({@code append}); returns this. */
    public Sequential append(Module module) {
        addModule(Integer.toString(modules.size()), module);
        return this;
    }

    /** A Sequential of the children {@code start <= i < end}, keeping their names ({@code seq[start:end]}). */
    public Sequential slice(int start, int end) { return slice(start, end, 1); }

    /** {@code seq[start:end:step]} with Python's clamping of out-of-range bounds. */
    public Sequential slice(int start, int end, int step) {
        Sequential out = new Sequential();
        List<Map.Entry<String, Module>> entries = new ArrayList<>(modules.entrySet());
        for (int i : ModuleList.sliceIndices(entries.size(), start, end, step))
            out.addModule(entries.get(i).getKey(), entries.get(i).getValue());
        return out;
    }

    @Override public Iterator<Module> iterator() { return List.copyOf(modules.values()).iterator(); }

    static int wrap(int index, int size) {
        if (index < -size || index >= size) throw new IndexOutOfBoundsException("index " + index + " is out of range");
        return index < 0 ? index + size : index;
    }
}
