package torch4j.serialization;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import torch4j.DType;
import torch4j.Size;
import torch4j.Tensor;
import torch4j.nn.Parameter;
import torch4j.storage.Storage;

/**
 * Writes the {@code data.pkl} of a {@code torch.save} archive as CPython's C pickler does under
 * {@code torch.save} (protocol 2): the same opcodes, memo numbering, batching and reduce tuples for
 * tensors, parameters and OrderedDicts, so a state dict comes out byte for byte as PyTorch writes
 * it. The memo follows Python's object identity: a Java object (string, tensor, map, list) that
 * appears twice is written once and referenced after, which also keeps tied weights tied.
 * Storages become persistent ids {@code ('storage', torch.FloatStorage, key, 'cpu', numel)}; the
 * caller writes their records under the keys this assigns.
 */
final class Pickler {
    private static final int BATCH = 1000;   // pickle's _BATCHSIZE
    // Python's own constants: written once and then fetched from the memo, as with Python's interned strings
    private static final String STORAGE = "storage", CPU = "cpu", METADATA = "_metadata";

    private final Out out = new Out();
    private final IdentityHashMap<Object, Integer> memo = new IdentityHashMap<>();
    private final Map<String, Integer> globals = new HashMap<>();
    private final IdentityHashMap<Storage, String> storageKeys = new IdentityHashMap<>();
    private final Map<String, Storage> storages = new LinkedHashMap<>();

    /** The pickle of {@code obj} and the storages it references, by key. */
    record Result(byte[] pickle, Map<String, Storage> storages) {}

    static Result pickle(Object obj) {
        Pickler p = new Pickler();
        p.out.op(0x80).op(2);   // PROTO 2
        p.save(obj);
        p.out.op('.');          // STOP
        return new Result(p.out.toArray(), p.storages);
    }

    /** Whether {@code list} is written as a tuple (it cannot be modified) rather than a list. */
    /** An unmodifiable list is a Python tuple, every other list a Python list ({@link torch4j.print.PyFormat#isTuple}). */
    static boolean isTuple(List<?> list) { return torch4j.print.PyFormat.isTuple(list); }

    private void save(Object o) {
        switch (o) {
            case null -> out.op('N');
            case Boolean b -> out.op(b ? 0x88 : 0x89);
            case Integer i -> saveLong(i);
            case Long l -> saveLong(l);
            case Short s -> saveLong(s);
            case Byte b -> saveLong(b);
            case BigInteger big -> { if (big.bitLength() < 64) saveLong(big.longValue()); else saveBig(big); }
            case Double d -> out.op('G').beLong(Double.doubleToRawLongBits(d));
            case Float f -> out.op('G').beLong(Double.doubleToRawLongBits(f.doubleValue()));
            case DType d -> global("torch", d.pyName());
            default -> { if (!fromMemo(o)) saveMemoized(o); }
        }
    }

    /** Objects Python memoizes; each is written once, later references fetch it. */
    private void saveMemoized(Object o) {
        switch (o) {
            case String s -> {
                byte[] utf8 = Utf8.encode(s);
                out.op('X').leInt(utf8.length).bytes(utf8);
                memoize(s);
            }
            case Tensor t -> saveTensor(t);
            case Size s -> {
                global("torch", "Size");
                List<Object> dims = new ArrayList<>();
                for (long d : s.toLongArray()) dims.add(d);
                saveTuple(Collections.unmodifiableList(dims));
                out.op(0x85);   // TUPLE1: the args (tuple(size),)
                memoize(new Object());
                out.op('R');
                memoize(s);
            }
            case OrderedDict<?, ?> d -> {
                global("collections", "OrderedDict");
                out.op(')').op('R');   // OrderedDict()
                memoize(d);
                setItemsFromIterator(d.entrySet().iterator());
                if (d.metadata() != null) {
                    out.op('}');
                    memoize(new Object());   // the state dict {'_metadata': ...}
                    save(METADATA);
                    save(d.metadata());
                    out.op('s').op('b');   // SETITEM, BUILD
                }
            }
            case Map<?, ?> m -> {
                out.op('}');
                memoize(m);
                setItemsExactDict(m);
            }
            case List<?> l when isTuple(l) -> saveTuple(l);
            case List<?> l -> {
                out.op(']');
                memoize(l);
                appends(l);
            }
            default -> throw new CheckpointException("cannot save a " + o.getClass().getName()
                    + ": torch4j saves tensors, parameters, numbers, strings, booleans, null, Size, DType, and Maps and Lists of them");
        }
    }

    private boolean fromMemo(Object o) {
        Integer id = memo.get(o);
        if (id == null) return false;
        if (id < 256) out.op('h').op(id);
        else out.op('j').leInt(id);
        return true;
    }

    private void memoize(Object o) {
        int id = memo.size();
        memo.put(o, id);
        if (id < 256) out.op('q').op(id);
        else out.op('r').leInt(id);
    }

    private void global(String module, String name) {
        String key = module + "\n" + name;
        Integer id = globals.get(key);
        if (id != null) {
            if (id < 256) out.op('h').op(id);
            else out.op('j').leInt(id);
            return;
        }
        out.op('c').bytes(Utf8.encode(module + "\n" + name + "\n"));
        Object marker = new Object();
        globals.put(key, memo.size());
        memoize(marker);
    }

    private void saveLong(long v) {
        if (v >= 0 && v < 256) out.op('K').op((int) v);
        else if (v >= 256 && v < 65536) out.op('M').op((int) v & 0xFF).op((int) (v >>> 8));
        else if (v == (int) v) out.op('J').leInt((int) v);
        else saveBig(BigInteger.valueOf(v));
    }

    /** LONG1/LONG4: minimal two's complement, little-endian, as CPython's encode_long. */
    private void saveBig(BigInteger v) {
        byte[] be = v.toByteArray();
        if (be.length < 256) out.op(0x8a).op(be.length);
        else out.op(0x8b).leInt(be.length);
        for (int i = be.length - 1; i >= 0; i--) out.op(be[i] & 0xFF);
    }

    private void saveTuple(List<?> t) {
        if (t.isEmpty()) { out.op(')'); return; }
        if (t.size() > 3) out.op('(');
        for (Object x : t) save(x);
        if (memo.containsKey(t)) {   // a tuple reached again through its own items (via a list or dict): drop the copy, fetch the memo
            if (t.size() > 3) out.op('1');
            else for (int i = 0; i < t.size(); i++) out.op('0');
            fromMemo(t);
            return;
        }
        out.op(switch (t.size()) { case 1 -> 0x85; case 2 -> 0x86; case 3 -> 0x87; default -> 't'; });
        memoize(t);
    }

    /** A fresh tuple of the given items (Python builds new tuples for reduce arguments). */
    private void tuple(Object... items) { saveTuple(Collections.unmodifiableList(Arrays.asList(items))); }

    /** {@code _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, OrderedDict())}, or {@code _rebuild_parameter} around it. */
    private void saveTensor(Tensor t) {
        if (!(t instanceof Parameter)) {
            saveTensorData(t, t.requiresGrad(), t);
            return;
        }
        global("torch._utils", "_rebuild_parameter");
        saveTensorData(t, false, new Object());   // Parameter.data: a fresh tensor in Python
        save(t.requiresGrad());
        emptyOrderedDict();
        out.op(0x87);   // TUPLE3
        memoize(new Object());
        out.op('R');
        memoize(t);
    }

    private void saveTensorData(Tensor t, boolean requiresGrad, Object memoKey) {
        global("torch._utils", "_rebuild_tensor_v2");
        out.op('(');
        Storage s = t.storage();
        String key = storageKeys.computeIfAbsent(s, k -> Integer.toString(storageKeys.size()));
        storages.put(key, s);
        out.op('(');
        save(STORAGE);
        global("torch", TorchGlobals.storageClass(s.dtype()));
        save(key);
        save(CPU);
        saveLong(s.length());
        out.op('t');
        memoize(new Object());
        out.op('Q');   // BINPERSID
        saveLong(t.storageOffset());
        tuple(boxed(t.shape().toLongArray()));
        tuple(boxed(t.stride()));
        save(requiresGrad);
        emptyOrderedDict();
        out.op('t');
        memoize(new Object());
        out.op('R');
        memoize(memoKey);
    }

    private void emptyOrderedDict() {
        global("collections", "OrderedDict");
        out.op(')').op('R');
        memoize(new Object());
    }

    private static Object[] boxed(long[] v) {
        Object[] o = new Object[v.length];
        for (int i = 0; i < v.length; i++) o[i] = v[i];
        return o;
    }

    /** CPython's batch_dict_exact: one SETITEM for a single item, else MARK ... SETITEMS batches while a batch was full. */
    private void setItemsExactDict(Map<?, ?> m) {
        if (m.isEmpty()) return;
        if (m.size() == 1) {
            var e = m.entrySet().iterator().next();
            checkKey(e.getKey());
            save(e.getKey());
            save(e.getValue());
            out.op('s');
            return;
        }
        Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
        int i;
        do {
            i = 0;
            out.op('(');
            while (it.hasNext()) {
                var e = it.next();
                checkKey(e.getKey());
                save(e.getKey());
                save(e.getValue());
                if (++i == BATCH) break;
            }
            out.op('u');
        } while (i == BATCH);
    }

    /** CPython's batch_dict over an iterator (dict subclasses such as OrderedDict): a lone item is a SETITEM. */
    private void setItemsFromIterator(Iterator<? extends Map.Entry<?, ?>> it) {
        int n;
        do {
            if (!it.hasNext()) break;
            var first = it.next();
            checkKey(first.getKey());
            if (!it.hasNext()) {
                save(first.getKey());
                save(first.getValue());
                out.op('s');
                break;
            }
            out.op('(');
            save(first.getKey());
            save(first.getValue());
            n = 1;
            while (it.hasNext()) {
                var e = it.next();
                checkKey(e.getKey());
                save(e.getKey());
                save(e.getValue());
                if (++n == BATCH) break;
            }
            out.op('u');
        } while (n == BATCH);
    }

    /** CPython's batch_list_exact: one APPEND for a single item, else MARK ... APPENDS batches. */
    private void appends(List<?> l) {
        if (l.isEmpty()) return;
        if (l.size() == 1) { save(l.get(0)); out.op('a'); return; }
        Iterator<?> it = l.iterator();
        while (it.hasNext()) {
            out.op('(');
            for (int i = 0; i < BATCH && it.hasNext(); i++) save(it.next());
            out.op('e');
        }
    }

    /** Python dict keys must be hashable: what the unpickler accepts as keys (so a saved map loads back). */
    private static void checkKey(Object k) {
        if (k == null || k instanceof String || k instanceof Number || k instanceof Boolean || k instanceof DType || k instanceof Tensor
                || k instanceof Size)
            return;
        if (k instanceof List<?> t && isTuple(t) && t.stream().allMatch(x -> x == null || x instanceof String || x instanceof Number || x instanceof Boolean))
            return;
        throw new CheckpointException("cannot save a map key of type " + k.getClass().getName()
                + ": keys must be strings, numbers, booleans, null, tensors, or unmodifiable lists (tuples) of scalars");
    }

    /** A growable byte array. */
    static final class Out {
        private byte[] b = new byte[4096];
        private int n;

        Out op(int v) {
            if (n == b.length) b = Arrays.copyOf(b, b.length * 2);
            b[n++] = (byte) v;
            return this;
        }
        Out leInt(int v) { return op(v).op(v >>> 8).op(v >>> 16).op(v >>> 24); }
        Out bytes(byte[] v) {
            if (n + v.length > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, n + v.length));
            System.arraycopy(v, 0, b, n, v.length);
            n += v.length;
            return this;
        }
        Out beLong(long v) { for (int s = 56; s >= 0; s -= 8) op((int) (v >>> s)); return this; }
        byte[] toArray() { return Arrays.copyOf(b, n); }
    }
}
