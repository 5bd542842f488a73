package torch4j.nn;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Modules by name, in insertion order ({@code nn.ModuleDict}); their parameters belong to the
 * owner under {@code key.name}. It has no forward of its own.
 *
 * <pre>{@code
 * jshell> var heads = new ModuleDict(Map.of("act", new ReLU()))
 * heads ==> ModuleDict(
 *   (act): ReLU()
 * )
 * }</pre>
 */
public class ModuleDict extends Module implements Iterable<String> {
    /** An empty dict. */
    public ModuleDict() {}

    /** The entries of {@code modules}, in its iteration order (use a LinkedHashMap for a fixed order). */
    public ModuleDict(Map<String, ? extends Module> modules) { update(modules); }

    /** The module under {@code key} ({@code d[key]}). */
    @SuppressWarnings("unchecked")
    public <M extends Module> M get(String key) {
        if (!modules.containsKey(key)) throw new java.util.NoSuchElementException("'" + key + "'");
        return (M) modules.get(key);
    }

    /** Adds or replaces the module under {@code key} ({@code d[key] = module}). */
    public void put(String key, Module module) { addModule(key, module); }

    /** Removes and returns the module under {@code key} ({@code pop}). */
    public Module pop(String key) {
        Module m = get(key);
        modules.remove(key);
        return m;
    }

    /** Whether {@code key} is present ({@code key in d}). */
    public boolean contains(String key) { return modules.containsKey(key); }

    /** The number of entries. */
    public int size() { return modules.size(); }

    /** Removes every entry. */
    public void clear() { modules.clear(); }

    /** The keys in order. */
    public List<String> keys() { return new ArrayList<>(modules.keySet()); }

    /** The modules in order. */
    public List<Module> values() { return new ArrayList<>(modules.values()); }

    /** The entries in order. */
    public Map<String, Module> items() { return new LinkedHashMap<>(modules); }

    /** Adds every entry of {@code more}. */
    public void update(Map<String, ? extends Module> more) { more.forEach(this::addModule); }

    @Override public Iterator<String> iterator() { return keys().iterator(); }
}
