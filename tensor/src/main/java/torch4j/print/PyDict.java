package torch4j.print;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Python dict where PyTorch returns one (an optimizer's or a scheduler's {@code state_dict()}):
 * an insertion-ordered map that prints as Python prints a dict.
 *
 * <pre>{@code
 * jshell> new SGD(net.parameters(), 0.1).stateDict()
 * $3 ==> {'state': {}, 'param_groups': [{'lr': 0.1, 'momentum': 0, ..., 'params': [0, 1]}]}
 * }</pre>
 */
public final class PyDict<K, V> extends LinkedHashMap<K, V> {
    public PyDict() { super(); }

    public PyDict(Map<? extends K, ? extends V> m) { super(m); }

    @Override public String toString() { return PyFormat.dictRepr(this); }
}
