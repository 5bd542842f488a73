package torch4j.serialization;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python's {@code collections.OrderedDict} as checkpoints carry it: an insertion-ordered map plus
 * the {@code _metadata} attribute that {@code nn.Module.state_dict()} attaches (each module's
 * {@code {'version': n}} by prefix, which {@code load_state_dict} passes to
 * {@code _load_from_state_dict}). {@link torch4j.nn.Module#stateDict()} returns one, and
 * {@link Checkpoints} reads and writes it as PyTorch does, so a state dict keeps its metadata
 * across a save and load in either direction. Everywhere else it is just a {@link LinkedHashMap}.
 *
 * <pre>{@code
 * jshell> var sd = (OrderedDict<String, Tensor>) new Linear(2, 1).stateDict(); sd.metadata()
 * $2 ==> OrderedDict([('', {'version': 1})])
 * }</pre>
 *
 * @param <K> key type
 * @param <V> value type
 */
public class OrderedDict<K, V> extends LinkedHashMap<K, V> {
    private Map<?, ?> metadata;

    /** An empty one without metadata. */
    public OrderedDict() {}

    /** A copy of {@code m}'s entries, in its iteration order, without metadata. */
    public OrderedDict(Map<? extends K, ? extends V> m) { super(m); }

    /** The {@code _metadata} attribute, or null when there is none (an OrderedDict that is not a state dict). */
    public Map<?, ?> metadata() { return metadata; }

    /** Sets the {@code _metadata} attribute (null removes it). */
    public void setMetadata(Map<?, ?> metadata) { this.metadata = metadata; }

    /** As Python prints one: {@code OrderedDict([('weight', tensor(...)), ('bias', tensor(...))])}, {@code OrderedDict()} when empty. */
    @Override
    public String toString() {
        if (isEmpty()) return "OrderedDict()";
        StringBuilder s = new StringBuilder("OrderedDict([");
        boolean first = true;
        for (var e : entrySet()) {
            if (!first) s.append(", ");
            first = false;
            s.append('(').append(torch4j.print.PyFormat.reprOf(e.getKey())).append(", ").append(torch4j.print.PyFormat.reprOf(e.getValue())).append(')');
        }
        return s.append("])").toString();
    }
}
