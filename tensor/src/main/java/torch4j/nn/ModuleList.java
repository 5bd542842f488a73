package torch4j.nn;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A list of modules whose parameters belong to the owner ({@code nn.ModuleList}): indexed like a
 * list, named "0", "1", … in the state dict. It has no forward of its own.
 *
 * <pre>{@code
 * jshell> var layers = new ModuleList(List.of(new Linear(2, 2), new Linear(2, 2)))
 * jshell> layers.size()
 * $2 ==> 2
 * }</pre>
 */
public class ModuleList extends Module implements Iterable<Module> {
    /** An empty list. */
    public ModuleList() {}

    /** The given modules in order. */
    public ModuleList(List<? extends Module> modules) { modules.forEach(this::append); }

    /** The given modules in order. */
    public ModuleList(Module... modules) { this(List.of(modules)); }

    /** The number of modules. */
    public int size() { return modules.size(); }

    /** The module at {@code index} (negative counts from the end). */
    @SuppressWarnings("unchecked")
    public <M extends Module> M get(int index) { return (M) modules.get(Integer.toString(Sequential.wrap(index, modules.size()))); }

    /** Replaces the module at {@code index}. */
    public void set(int index, Module module) { modules.put(Integer.toString(Sequential.wrap(index, modules.size())), module); }

    /** Appends a module; returns this. */
    public ModuleList append(Module module) {
        addModule(Integer.toString(modules.size()), module);
        return this;
    }

    /** Appends every module; returns this. */
    public ModuleList extend(Iterable<? extends Module> more) {
        for (Module m : more) append(m);
        return this;
    }

    /** Inserts before {@code index}, renumbering the rest, as Python's {@code list.insert}. */
    public void insert(int index, Module module) {
        List<Module> all = new ArrayList<>(modules.values());
        int n = all.size();
        int at = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
        all.add(at, module);
        modules.clear();
        for (Module m : all) append(m);
    }

    /** A new ModuleList of {@code start <= i < end}, renumbered from 0 ({@code list[start:end]}). */
    public ModuleList slice(int start, int end) {
        List<Module> all = new ArrayList<>(modules.values());
        ModuleList out = new ModuleList();
        for (int i : sliceIndices(all.size(), start, end, 1)) out.append(all.get(i));
        return out;
    }

    @Override public Iterator<Module> iterator() { return List.copyOf(modules.values()).iterator(); }

    /** Python's slice.indices for a positive step: bounds clamped to the length. */
    static List<Integer> sliceIndices(int size, int start, int end, int step) {
        if (step <= 0) throw new IllegalArgumentException("slice step must be positive");
        int s = start < 0 ? Math.max(0, start + size) : Math.min(start, size);
        int e = end < 0 ? Math.max(0, end + size) : Math.min(end, size);
        List<Integer> out = new ArrayList<>();
        for (int i = s; i < e; i += step) out.add(i);
        return out;
    }
}
