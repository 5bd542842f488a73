package torch4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One subscript, Python's {@code x[...]} as a list of items: integers, slices, {@code ...},
 * {@code None} and index tensors (in a string, Python's lists {@code [0, 1]} or {@code [True, False]}). Strings such as {@code ":, 1:3"} are parsed into it once and
 * cached, so indexing in a loop does not re-parse.
 */
final class IndexSpec {
    private IndexSpec() {}

    /** One item of a subscript. */
    sealed interface Item permits Int, Slice, Ellipsis, NewAxis, TensorItem {}

    /** An integer: selects and removes a dim. */
    record Int(long index) implements Item {}

    /** {@code start:stop:step}; a null part was omitted. The step is checked when applied, as in Python. */
    record Slice(Long start, Long stop, Long step) implements Item {
        static final Slice ALL = new Slice(null, null, null);
    }

    /** {@code ...}: as many full slices as the other items leave dims. */
    record Ellipsis() implements Item {
        static final Ellipsis INSTANCE = new Ellipsis();
    }

    /** {@code None}: inserts a dim of size 1. */
    record NewAxis() implements Item {
        static final NewAxis INSTANCE = new NewAxis();
    }

    /** A bool/uint8 mask or an integer index tensor. */
    record TensorItem(Tensor tensor) implements Item {}

    /**
     * A whole subscript. {@code bare} is Python's {@code x[i]} as opposed to the tuple
     * {@code x[i,]}: PyTorch takes a shortcut for a bare int or slice whose only visible
     * difference is the message on a 0-dim tensor.
     */
    record Subscript(List<Item> items, boolean bare) {}

    private static final int CACHE_LIMIT = 512;
    private static final Map<String, Subscript> CACHE = new ConcurrentHashMap<>();

    /** A numpy-style subscript string, from the cache when seen before. */
    static Subscript parse(String spec) {
        Subscript parsed = CACHE.get(spec);
        if (parsed != null) return parsed;
        parsed = new Parser(spec).subscript();
        // A REPL session rarely uses more than a few dozen distinct subscripts; a generated stream of
        // them must not grow the cache without bound, so it is simply emptied when full.
        if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
        CACHE.put(spec, parsed);
        return parsed;
    }

    /** {@code x[i]} for one index, the tuple {@code x[i, j, ...]} for several. */
    static Subscript ofIndices(long[] indices) {
        List<Item> items = new ArrayList<>(indices.length);
        for (long i : indices) items.add(new Int(i));
        return new Subscript(List.copyOf(items), indices.length == 1);
    }

    /** Tensors as the tuple {@code x[t0, t1, ...]}; a null stands for {@code :}. */
    static Subscript ofTensors(Tensor[] indices) {
        List<Item> items = new ArrayList<>(indices.length);
        for (Tensor t : indices) items.add(t == null ? Slice.ALL : new TensorItem(t));
        return new Subscript(items, false);
    }

    /** Recursive-descent parser for {@code item (',' item)* [',']}. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) { this.text = text; }

        Subscript subscript() {
            List<Item> items = new ArrayList<>();
            boolean comma = false;
            skipSpaces();
            if (pos == text.length()) throw error("empty index");
            boolean ellipsis = false;
            while (true) {
                Item item = item();
                if (item instanceof Ellipsis) {
                    // PyTorch accepts a second '...' and then misreads sizes; numpy's rule is the sane one.
                    if (ellipsis) throw new IndexOutOfBoundsException("an index can only have a single ellipsis ('...')");
                    ellipsis = true;
                }
                items.add(item);
                skipSpaces();
                if (pos == text.length()) break;
                expect(',');
                comma = true;
                skipSpaces();
                if (pos == text.length()) break;   // a trailing comma, as in x[0,]
            }
            if (!comma && items.size() == 1 && bareList != null && bareList.getClass().getComponentType().isArray()) {
                // PyTorch (as old numpy) reads x[[[0, 1], [2, 2]]] as the tuple x[[0, 1], [2, 2]]
                List<Item> tuple = new ArrayList<>();
                for (int k = 0; k < java.lang.reflect.Array.getLength(bareList); k++)
                    tuple.add(new TensorItem(Creation.fromData(java.lang.reflect.Array.get(bareList, k), null)));
                return new Subscript(List.copyOf(tuple), false);
            }
            return new Subscript(List.copyOf(items), !comma);
        }

        /** The last top-level list parsed (for the one-list subscript rule above). */
        private Object bareList;

        private Item item() {
            skipSpaces();
            if (text.startsWith("...", pos)) { pos += 3; return Ellipsis.INSTANCE; }
            if (text.startsWith("None", pos)) { pos += 4; return NewAxis.INSTANCE; }
            // a Python list, as in m[[0, 1], 2:]: an index tensor (int64, or bool for True/False)
            if (peek('[')) {
                bareList = list();
                return new TensorItem(Creation.fromData(bareList, null));
            }
            Long start = optionalInt();
            skipSpaces();
            if (!peek(':')) {
                if (start == null) throw error("expected an integer, a slice, '...' or 'None'");
                return new Int(start);
            }
            pos++;
            Long stop = optionalInt();
            skipSpaces();
            Long step = null;
            if (peek(':')) {
                pos++;
                step = optionalInt();
            }
            return new Slice(start, stop, step);
        }

        /** {@code [0, 1]}, {@code [True, False]}, {@code [[0, 1], [1, 0]]}: a long[] or boolean[], nested as written. */
        private Object list() {
            expect('[');
            List<Object> elems = new ArrayList<>();
            skipSpaces();
            while (!peek(']')) {
                if (peek('[')) elems.add(list());
                else if (text.startsWith("True", pos)) { pos += 4; elems.add(Boolean.TRUE); }
                else if (text.startsWith("False", pos)) { pos += 5; elems.add(Boolean.FALSE); }
                else {
                    Long v = optionalInt();
                    if (v == null) throw error("expected an integer, True or False in a list");
                    elems.add(v);
                }
                skipSpaces();
                if (!peek(']')) { expect(','); skipSpaces(); }
            }
            pos++;
            if (elems.isEmpty()) return new long[0];
            if (elems.stream().allMatch(e -> e instanceof Long)) return elems.stream().mapToLong(e -> (Long) e).toArray();
            if (elems.stream().allMatch(e -> e instanceof Boolean)) {
                boolean[] b = new boolean[elems.size()];
                for (int i = 0; i < b.length; i++) b[i] = (Boolean) elems.get(i);
                return b;
            }
            Class<?> inner = elems.get(0).getClass();
            if (!inner.isArray() || !elems.stream().allMatch(e -> e.getClass() == inner))
                throw error("a list's elements must be all integers, all True/False, or lists of one kind");
            Object out = java.lang.reflect.Array.newInstance(inner, elems.size());
            for (int i = 0; i < elems.size(); i++) java.lang.reflect.Array.set(out, i, elems.get(i));
            return out;
        }

        private Long optionalInt() {
            skipSpaces();
            int begin = pos;
            if (peek('-') || peek('+')) pos++;
            int digits = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
            if (pos == digits) {
                if (digits != begin) throw error("expected digits after the sign");
                return null;
            }
            try {
                return Long.parseLong(text, begin, pos, 10);
            } catch (NumberFormatException e) {
                pos = begin;
                throw error("integer out of the int64 range");
            }
        }

        private boolean peek(char c) { return pos < text.length() && text.charAt(pos) == c; }

        private void expect(char c) {
            if (!peek(c)) throw error("expected '" + c + "'");
            pos++;
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("invalid index \"" + text + "\": " + what + " at position " + pos);
        }
    }
}
