package torch4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import torch4j.GoldenJson.Args;

/** The torch4j call a Java user writes for each op of {@code golden/stats/gen_stats.py}. */
final class StatsRegistry {
    private StatsRegistry() {}

    @FunctionalInterface
    interface Op { Object apply(List<Tensor> x, Args a); }

    static final Map<String, Op> OPS = new HashMap<>();

    /** Errors PyTorch raises after looking at values (a meta tensor has none). */
    static final Set<String> VALUE_ERRORS = Set.of();

    private static void put(String name, Op op) {
        if (OPS.put(name, op) != null) throw new IllegalStateException("duplicate op " + name);
    }

    /** The tensors of a multi-output result, in PyTorch's field order. */
    static List<Tensor> outputs(Object out) {
        return switch (out) {
            case Tensor t -> List.of(t);
            case ValuesIndices vi -> List.of(vi.values(), vi.indices());
            case MinMax mm -> List.of(mm.min(), mm.max());
            case TensorPair p -> List.of(p.first(), p.second());
            default -> throw new IllegalArgumentException("not a tensor result: " + out);
        };
    }

    /** An op called as m(), m(dim), m(dim, keepdim), m(dims) or m(dims, keepdim). */
    interface DimsOp {
        Object all(Tensor t);
        Object dim(Tensor t, long d, boolean keep);
        Object dims(Tensor t, long[] d, boolean keep);
        default Object dims(Tensor t, long[] d) { return dims(t, d, false); }
        default Object dim(Tensor t, long d) { return dim(t, d, false); }
    }

    private static void dims(String name, DimsOp m) {
        put(name, (x, a) -> {
            Tensor t = x.get(0);
            if (a.size() == 0) return m.all(t);
            if (a.isInts(0)) return a.size() > 1 ? m.dims(t, a.ints(0), a.b(1)) : m.dims(t, a.ints(0));
            return a.size() > 1 ? m.dim(t, a.i(0), a.b(1)) : m.dim(t, a.i(0));
        });
    }

    static {
        dims("amax", new DimsOp() {
            public Object all(Tensor t) { return t.amax(); }
            public Object dim(Tensor t, long d, boolean k) { return t.amax(d, k); }
            public Object dim(Tensor t, long d) { return t.amax(d); }
            public Object dims(Tensor t, long[] d, boolean k) { return t.amax(d, k); }
            public Object dims(Tensor t, long[] d) { return t.amax(d); }
        });
        dims("amin", new DimsOp() {
            public Object all(Tensor t) { return t.amin(); }
            public Object dim(Tensor t, long d, boolean k) { return t.amin(d, k); }
            public Object dim(Tensor t, long d) { return t.amin(d); }
            public Object dims(Tensor t, long[] d, boolean k) { return t.amin(d, k); }
            public Object dims(Tensor t, long[] d) { return t.amin(d); }
        });
        dims("nansum", new DimsOp() {
            public Object all(Tensor t) { return t.nansum(); }
            public Object dim(Tensor t, long d, boolean k) { return t.nansum(d, k); }
            public Object dim(Tensor t, long d) { return t.nansum(d); }
            public Object dims(Tensor t, long[] d, boolean k) { return t.nansum(d, k); }
            public Object dims(Tensor t, long[] d) { return t.nansum(d); }
        });
        dims("nanmean", new DimsOp() {
            public Object all(Tensor t) { return t.nanmean(); }
            public Object dim(Tensor t, long d, boolean k) { return t.nanmean(d, k); }
            public Object dim(Tensor t, long d) { return t.nanmean(d); }
            public Object dims(Tensor t, long[] d, boolean k) { return t.nanmean(d, k); }
            public Object dims(Tensor t, long[] d) { return t.nanmean(d); }
        });
        put("aminmax", (x, a) -> a.size() == 0 ? x.get(0).aminmax() : a.size() == 1 ? x.get(0).aminmax(a.i(0)) : x.get(0).aminmax(a.i(0), a.b(1)));
        put("countNonzero", (x, a) -> a.size() == 0 ? x.get(0).countNonzero() : a.isInts(0) ? x.get(0).countNonzero(a.ints(0)) : x.get(0).countNonzero(a.i(0)));
        put("isNonzero", (x, a) -> x.get(0).isNonzero());
        put("isSameSize", (x, a) -> x.get(0).isSameSize(x.get(1)));
        put("isSigned", (x, a) -> x.get(0).isSigned());
        put("getDevice", (x, a) -> x.get(0).getDevice());
    }
}
