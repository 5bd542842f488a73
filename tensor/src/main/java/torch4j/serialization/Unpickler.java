package torch4j.serialization;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import torch4j.DType;
import torch4j.Size;
import torch4j.Tensor;
import torch4j.nn.Parameter;
import torch4j.storage.Storage;

/**
 * A restricted unpickler for checkpoints, after PyTorch's {@code _weights_only_unpickler}: it runs
 * the pickle stack machine for the binary opcodes of protocols 2 to 5, resolves globals only
 * through {@link TorchGlobals} (anything else is refused, naming the global), lets BUILD touch
 * only OrderedDicts, and executes no code. Every length is checked against the bytes that remain,
 * so a corrupted pickle cannot make it allocate more than the file holds.
 *
 * <p>Python values become: None → null, bool → Boolean, int → Integer, Long or BigInteger (the
 * narrowest that holds it), float → Double, str → String, bytes → byte[], list → ArrayList,
 * tuple → an unmodifiable List, dict → LinkedHashMap, OrderedDict → {@link OrderedDict},
 * torch.Size → Size, torch.float32 → DType, tensors → Tensor, parameters → Parameter.
 */
final class Unpickler {
    private final byte[] data;
    private int pos;
    private final Function<List<?>, Storage> persistentLoad;
    private final ArrayList<Object> stack = new ArrayList<>();
    private final ArrayDeque<Integer> marks = new ArrayDeque<>();
    private final Map<Long, Object> memo = new HashMap<>();

    private Unpickler(byte[] data, Function<List<?>, Storage> persistentLoad) {
        this.data = data;
        this.persistentLoad = persistentLoad;
    }

    /** The object the pickle in {@code data} describes; {@code persistentLoad} turns persistent ids into storages. */
    static Object load(byte[] data, Function<List<?>, Storage> persistentLoad) {
        Object result = new Unpickler(data, persistentLoad).run();
        checkNoGlobals(result);
        return result;
    }

    private Object run() {
        while (true) {
            int op = u8();
            switch (op) {
                case 0x80 -> { int proto = u8(); if (proto > 5) throw error("unsupported pickle protocol: " + proto); }
                case 0x95 -> { long n = u64(); if (n < 0 || n > data.length - pos) throw truncated(); }   // FRAME: a hint only
                case '.' -> { return pop(); }
                case '(' -> marks.push(stack.size());
                case '0' -> pop();
                case '1' -> popMark();
                case '2' -> push(peek());
                case 'N' -> push(null);
                case 0x88 -> push(Boolean.TRUE);
                case 0x89 -> push(Boolean.FALSE);
                case 'J' -> push(i32());
                case 'K' -> push(u8());
                case 'M' -> push(u8() | u8() << 8);
                case 0x8a -> push(decodeLong(u8()));
                case 0x8b -> push(decodeLong(length(i32())));
                case 'G' -> push(Double.longBitsToDouble(be64()));
                case 'X' -> push(string(length(i32())));
                case 0x8c -> push(string(u8()));
                case 0x8d -> push(string(length(u64())));
                case 'U' -> push(string(u8()));   // Python 2 str, read as torch.load does (encoding utf-8)
                case 'T' -> push(string(length(i32())));
                case 'C' -> push(bytes(u8()));
                case 'B' -> push(bytes(length(i32())));
                case 0x8e -> push(bytes(length(u64())));
                case ')' -> push(tuple());
                case 0x85 -> push(tuple(pop()));
                case 0x86 -> { Object b = pop(), a = pop(); push(tuple(a, b)); }
                case 0x87 -> { Object c = pop(), b = pop(), a = pop(); push(tuple(a, b, c)); }
                case 't' -> push(tuple(popMark().toArray()));
                case ']' -> push(new ArrayList<>());
                case '}' -> push(new LinkedHashMap<>());
                case 'a' -> { Object item = pop(); list(peek(), "append to").add(item); }
                case 'e' -> { List<Object> items = popMark(); list(peek(), "extend").addAll(items); }
                case 's' -> { Object v = pop(), k = pop(); dict(peek()).put(key(k), v); }
                case 'u' -> {
                    List<Object> items = popMark();
                    if (items.size() % 2 != 0) throw error("SETITEMS with an odd number of items");
                    Map<Object, Object> d = dict(peek());
                    for (int i = 0; i < items.size(); i += 2) d.put(key(items.get(i)), items.get(i + 1));
                }
                case 'c' -> push(TorchGlobals.resolve(line(), line()));
                case 0x93 -> { Object name = pop(), module = pop(); push(TorchGlobals.resolve(str(module), str(name))); }
                case 'R' -> reduce();
                case 'b' -> build();
                case 'Q' -> {
                    Object pid = pop();
                    if (!(pid instanceof List<?> t) || !Pickler.isTuple(t)) throw error("persistent_load id must be a tuple, but got " + typeName(pid));
                    push(persistentLoad.apply(t));
                }
                case 'h' -> push(get(u8()));
                case 'j' -> push(get(i32() & 0xFFFFFFFFL));
                case 'q' -> memo.put((long) u8(), peek());
                case 'r' -> memo.put(i32() & 0xFFFFFFFFL, peek());
                case 0x94 -> memo.put((long) memo.size(), peek());
                default -> throw error("Unsupported operand " + (op >= 0x20 && op < 0x7f ? "'" + (char) op + "'" : String.format("0x%02x", op))
                        + " (torch4j reads the binary opcodes that torch.save writes)");
            }
        }
    }

    private void reduce() {
        Object args = pop(), f = pop();
        if (!(f instanceof TorchGlobals.Global g)) throw error("Trying to call reduce for unrecognized function " + typeName(f));
        if (!(args instanceof List<?> a) || !Pickler.isTuple(a)) throw error("reduce arguments must be a tuple, got " + typeName(args));
        push(TorchGlobals.call(g, a));
    }

    /** BUILD sets instance state; only an OrderedDict's {@code _metadata} (what state_dict attaches) is kept. */
    private void build() {
        Object state = pop(), inst = peek();
        if (!(inst instanceof OrderedDict<?, ?> d)) throw error("Can only build Tensor, parameter or dict objects, but got " + typeName(inst));
        if (!(state instanceof Map<?, ?> attrs)) throw error("OrderedDict state must be a dict, got " + typeName(state));
        if (attrs.get("_metadata") instanceof Map<?, ?> meta) d.setMetadata(meta);
    }

    // ---------------------------------------------------------------- stack

    private void push(Object o) { stack.add(o); }

    private Object pop() {
        int floor = marks.isEmpty() ? 0 : marks.peek();
        if (stack.size() <= floor) throw error("unpickling stack underflow");
        return stack.removeLast();
    }

    private Object peek() {
        int floor = marks.isEmpty() ? 0 : marks.peek();
        if (stack.size() <= floor) throw error("unpickling stack underflow");
        return stack.getLast();
    }

    private List<Object> popMark() {
        if (marks.isEmpty()) throw error("could not find MARK");
        int at = marks.pop();
        List<Object> top = new ArrayList<>(stack.subList(at, stack.size()));
        stack.subList(at, stack.size()).clear();
        return top;
    }

    private Object get(long index) {
        if (!memo.containsKey(index)) throw error("Memo value not found at index " + index);
        return memo.get(index);
    }

    private static List<Object> tuple(Object... items) { return Collections.unmodifiableList(Arrays.asList(items)); }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object o, String what) {
        if (o instanceof ArrayList<?> l) return (List<Object>) l;
        throw error("Can only " + what + " lists, but got " + typeName(o));
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> dict(Object o) {
        if (o instanceof LinkedHashMap<?, ?> m) return (Map<Object, Object>) m;
        throw error("Can only set items of dicts, but got " + typeName(o));
    }

    /** Dict keys must be hashable in Python; here that also keeps a crafted key from recursing in hashCode. */
    private Object key(Object k) {
        if (k == null || k instanceof String || k instanceof Number || k instanceof Boolean || k instanceof DType || k instanceof Tensor
                || k instanceof Size || k instanceof byte[])
            return k;
        if (k instanceof List<?> t && Pickler.isTuple(t)
                && t.stream().allMatch(x -> x == null || x instanceof String || x instanceof Number || x instanceof Boolean))
            return k;
        throw error("unhashable type: '" + typeName(k) + "' as a dict key");
    }

    // ---------------------------------------------------------------- reading

    private int u8() {
        if (pos >= data.length) throw truncated();
        return data[pos++] & 0xFF;
    }

    private int i32() { return u8() | u8() << 8 | u8() << 16 | u8() << 24; }

    private long u64() { return (i32() & 0xFFFFFFFFL) | (long) i32() << 32; }

    private long be64() {
        long v = 0;
        for (int i = 0; i < 8; i++) v = v << 8 | u8();
        return v;
    }

    /** A length that must fit in what remains of the pickle (so a corrupted one cannot allocate gigabytes). */
    private int length(long n) {
        if (n < 0 || n > data.length - pos) throw truncated();
        return (int) n;
    }

    private byte[] take(int n) {
        length(n);
        byte[] b = Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return b;
    }

    private String string(int n) {
        length(n);
        String s = Utf8.decode(data, pos, n);
        pos += n;
        return s;
    }

    private byte[] bytes(int n) { return take(n); }

    private String line() {
        int start = pos;
        while (pos < data.length && data[pos] != '\n') pos++;
        if (pos >= data.length) throw truncated();
        return Utf8.decode(data, start, pos++ - start);
    }

    private Object decodeLong(int n) {
        byte[] le = take(n);
        if (n == 0) return 0;
        byte[] be = new byte[n];
        for (int i = 0; i < n; i++) be[i] = le[n - 1 - i];
        BigInteger v = new BigInteger(be);
        if (v.bitLength() < 32) return v.intValue();
        if (v.bitLength() < 64) return v.longValue();
        return v;
    }

    private String str(Object o) {
        if (o instanceof String s) return s;
        throw error("STACK_GLOBAL requires str, got " + typeName(o));
    }

    // ---------------------------------------------------------------- errors and checks

    private CheckpointException error(String what) { return new CheckpointException(what + " (at byte " + (pos - 1) + " of data.pkl)"); }

    private CheckpointException truncated() { return new CheckpointException("pickle data was truncated (the checkpoint is corrupted)"); }

    /** Python's type name of a value, for messages. */
    static String typeName(Object o) {
        return switch (o) {
            case null -> "NoneType";
            case Boolean b -> "bool";
            case Integer i -> "int";
            case Long l -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            case String s -> "str";
            case byte[] b -> "bytes";
            case OrderedDict<?, ?> d -> "collections.OrderedDict";
            case Map<?, ?> m -> "dict";
            case ArrayList<?> l -> "list";
            case List<?> l -> "tuple";
            case Parameter p -> "torch.nn.parameter.Parameter";
            case Tensor t -> "torch.Tensor";
            case Storage s -> "torch." + TorchGlobals.storageClass(s.dtype());
            case TorchGlobals.Global g -> "class " + g.path();
            default -> o.getClass().getName();
        };
    }

    /** A resolved global (a storage class, the OrderedDict type...) must not be returned as a value. */
    private static void checkNoGlobals(Object root) {
        ArrayDeque<Object> todo = new ArrayDeque<>();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        todo.push(root == null ? Boolean.FALSE : root);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o instanceof TorchGlobals.Global g)
                throw new CheckpointException("the checkpoint holds " + g.path() + " itself as a value, which torch4j cannot represent");
            if (o instanceof Storage)
                throw new CheckpointException("the checkpoint holds a bare storage, which torch4j cannot represent (save tensors instead)");
            if (seen.put(o, true) != null) continue;
            if (o instanceof Map<?, ?> m) {
                for (var e : m.entrySet()) {
                    if (e.getKey() != null) todo.push(e.getKey());
                    if (e.getValue() != null) todo.push(e.getValue());
                }
                if (o instanceof OrderedDict<?, ?> d && d.metadata() != null) todo.push(d.metadata());
            } else if (o instanceof List<?> l) {
                for (Object x : l) if (x != null) todo.push(x);
            }
        }
    }
}
