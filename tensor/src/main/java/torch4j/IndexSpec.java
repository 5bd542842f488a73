package torch4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One subscript, Python's {@code x[...]} as a list of items: integers, slices, {@code ...},
 * {@code None} and index tensors. Strings such as {@code ":, 1:3"} are parsed into it once and
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
            return new Subscript(List.copyOf(items), !comma);
        }

        private Item item() {
            skipSpaces();
            if (text.startsWith("...", pos)) { pos += 3; return Ellipsis.INSTANCE; }
            if (text.startsWith("None", pos)) { pos += 4; return NewAxis.INSTANCE; }
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
