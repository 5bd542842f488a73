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
    static final Set<String> VALUE_ERRORS = Set.of("quantile() q values must be in the range [0, 1]");

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
            case Histogram h -> List.of(h.hist(), h.binEdges());
            case Unique u -> {
                if (u.inverse() == null && u.counts() == null) yield List.of(u.values());
                List<Tensor> l = new java.util.ArrayList<>(List.of(u.values()));
                if (u.inverse() != null) l.add(u.inverse());
                if (u.counts() != null) l.add(u.counts());
                yield l;
            }
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
        orderStatistics();
        scansAndNorms();
        searches();
    }

    /** Whether argument i is a string (not a number, list or nested literal). */
    private static boolean isStr(Args a, int i) {
        try {
            return a.s(i) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** m(), m(dim), m(dim, keepdim) returning values and indices. */
    interface Picked { Object all(Tensor t); Object dim(Tensor t, long d); Object dim(Tensor t, long d, boolean k); }

    private static void picked(String name, Picked m) {
        put(name, (x, a) -> a.size() == 0 ? m.all(x.get(0)) : a.size() == 1 ? m.dim(x.get(0), a.i(0)) : m.dim(x.get(0), a.i(0), a.b(1)));
    }

    /** quantile's args: q (a float, or the second input), then dim ("none"), keepdim, interpolation. */
    private static Object quantile(List<Tensor> x, Args a, boolean nan) {
        Tensor t = x.get(0);
        boolean tensorQ = x.size() > 1;
        int r = tensorQ ? 0 : 1;
        int rest = a.size() - r;
        Long dim = rest > 0 && a.isInt(r) ? Long.valueOf(a.i(r)) : null;
        if (tensorQ) {
            Tensor q = x.get(1);
            if (rest == 0) return nan ? t.nanquantile(q) : t.quantile(q);
            if (rest == 1) return nan ? t.nanquantile(q, dim) : t.quantile(q, dim);
            if (rest == 2) return nan ? t.nanquantile(q, dim, a.b(r + 1)) : t.quantile(q, dim, a.b(r + 1));
            return nan ? t.nanquantile(q, dim, a.b(r + 1), a.s(r + 2)) : t.quantile(q, dim, a.b(r + 1), a.s(r + 2));
        }
        double q = a.d(0);
        if (rest == 0) return nan ? t.nanquantile(q) : t.quantile(q);
        if (rest == 1) return nan ? t.nanquantile(q, dim) : t.quantile(q, dim);
        if (rest == 2) return nan ? t.nanquantile(q, dim, a.b(r + 1)) : t.quantile(q, dim, a.b(r + 1));
        return nan ? t.nanquantile(q, dim, a.b(r + 1), a.s(r + 2)) : t.quantile(q, dim, a.b(r + 1), a.s(r + 2));
    }

    private static void orderStatistics() {
        picked("median", new Picked() {
            public Object all(Tensor t) { return t.median(); }
            public Object dim(Tensor t, long d) { return t.median(d); }
            public Object dim(Tensor t, long d, boolean k) { return t.median(d, k); }
        });
        picked("nanmedian", new Picked() {
            public Object all(Tensor t) { return t.nanmedian(); }
            public Object dim(Tensor t, long d) { return t.nanmedian(d); }
            public Object dim(Tensor t, long d, boolean k) { return t.nanmedian(d, k); }
        });
        picked("mode", new Picked() {
            public Object all(Tensor t) { return t.mode(); }
            public Object dim(Tensor t, long d) { return t.mode(d); }
            public Object dim(Tensor t, long d, boolean k) { return t.mode(d, k); }
        });
        put("msort", (x, a) -> x.get(0).msort());
        put("quantile", (x, a) -> quantile(x, a, false));
        put("nanquantile", (x, a) -> quantile(x, a, true));
        put("stdMean", (x, a) -> stdVar(x.get(0), a, true));
        put("varMean", (x, a) -> stdVar(x.get(0), a, false));
        put("cov", (x, a) -> a.size() == 0 ? x.get(0).cov() : x.get(0).cov(a.i(0)));
        put("corrcoef", (x, a) -> x.get(0).corrcoef());
        put("covWeighted", (x, a) -> x.get(0).cov(a.i(0), a.b(1) ? x.get(1) : null, a.b(2) ? x.get(x.size() - 1) : null));
    }

    private static TensorPair stdVar(Tensor t, Args a, boolean std) {
        if (a.size() == 0) return std ? Torch.stdMean(t) : Torch.varMean(t);
        if (a.size() == 1) return a.isBool(0) ? (std ? Torch.stdMean(t, a.b(0)) : Torch.varMean(t, a.b(0)))
                : (std ? Torch.stdMean(t, a.i(0)) : Torch.varMean(t, a.i(0)));
        if (a.isInts(0)) return std ? Torch.stdMean(t, a.ints(0), a.i(1), a.b(2)) : Torch.varMean(t, a.ints(0), a.i(1), a.b(2));
        return std ? Torch.stdMean(t, a.i(0), a.b(1), a.b(2)) : Torch.varMean(t, a.i(0), a.b(1), a.b(2));
    }

    private static void scansAndNorms() {
        put("cummax", (x, a) -> x.get(0).cummax(a.i(0)));
        put("cummin", (x, a) -> x.get(0).cummin(a.i(0)));
        put("logcumsumexp", (x, a) -> x.get(0).logcumsumexp(a.i(0)));
        put("diff", (x, a) -> {
            Tensor t = x.get(0);
            if (a.size() == 0) return t.diff();
            if (a.size() == 1) return t.diff(a.i(0));
            if (a.size() == 2) return t.diff(a.i(0), a.i(1));
            String which = a.s(2);
            Tensor pre = which.equals("prepend") || which.equals("both") ? x.get(1) : null;
            Tensor app = which.equals("append") || which.equals("both") ? x.get(x.size() - 1) : null;
            return t.diff(a.i(0), a.i(1), pre, app);
        });
        put("norm", (x, a) -> {
            Tensor t = x.get(0);
            if (a.size() == 0) return t.norm();
            if (isStr(a, 0)) return a.size() == 1 ? t.norm(a.s(0)) : t.norm(a.s(0), a.ints(1), a.b(2));
            if (a.size() == 1) return t.norm(a.d(0));
            if (a.size() == 2) return t.norm(a.d(0), a.i(1));
            return a.isInts(1) ? t.norm(a.d(0), a.ints(1), a.b(2)) : t.norm(a.d(0), a.i(1), a.b(2));
        });
        put("dist", (x, a) -> a.size() == 0 ? x.get(0).dist(x.get(1)) : x.get(0).dist(x.get(1), a.d(0)));
        put("renorm", (x, a) -> x.get(0).renorm(a.d(0), a.i(1), a.d(2)));
        put("renorm_", (x, a) -> x.get(0).renorm_(a.d(0), a.i(1), a.d(2)));
    }

    private static void searches() {
        put("argwhere", (x, a) -> x.get(0).argwhere());
        put("bincount", (x, a) -> {
            Tensor w = x.size() > 1 ? x.get(1) : null;
            if (a.size() > 0) return x.get(0).bincount(w, a.i(0));
            return w == null ? x.get(0).bincount() : x.get(0).bincount(w);
        });
        put("histc", (x, a) -> a.size() == 0 ? x.get(0).histc() : a.size() == 1 ? x.get(0).histc(a.i(0)) : x.get(0).histc(a.i(0), a.d(1), a.d(2)));
        put("histogram", (x, a) -> {
            Tensor t = x.get(0);
            boolean intBins = a.size() > 0 && a.isInt(0);
            if (intBins) {
                if (a.size() == 1) return t.histogram(a.i(0));
                double[] range = isStr(a, 1) ? null : (double[]) a.literal(1);
                return t.histogram(a.i(0), range, a.b(2) ? x.get(x.size() - 1) : null, a.b(3));
            }
            if (a.size() == 0) return t.histogram(x.get(1));
            return t.histogram(x.get(1), a.b(0) ? x.get(x.size() - 1) : null, a.b(1));
        });
        put("unique", (x, a) -> a.size() == 0 ? x.get(0).unique() : a.size() == 2 ? x.get(0).unique(a.b(0), a.b(1))
                : x.get(0).unique(a.b(0), a.b(1), a.i(2)));
        put("uniqueConsecutive", (x, a) -> a.size() == 0 ? x.get(0).uniqueConsecutive() : a.size() == 2
                ? x.get(0).uniqueConsecutive(a.b(0), a.b(1)) : x.get(0).uniqueConsecutive(a.b(0), a.b(1), a.i(2)));
        put("searchsorted", (x, a) -> {
            Tensor seq = x.get(0);
            if (x.size() == 1) {   // a Python scalar value
                boolean isInt = a.isInt(0);
                if (a.size() == 1) return isInt ? Torch.searchsorted(seq, a.i(0)) : Torch.searchsorted(seq, a.d(0));
                return isInt ? Torch.searchsorted(seq, a.i(0), a.b(1), a.b(2)) : Torch.searchsorted(seq, a.d(0), a.b(1), a.b(2));
            }
            if (a.size() == 0) return Torch.searchsorted(seq, x.get(1));
            if (a.size() == 2) return Torch.searchsorted(seq, x.get(1), a.b(0), a.b(1));
            String side = a.s(2).equals("none") ? null : a.s(2);
            return Torch.searchsorted(seq, x.get(1), a.b(0), a.b(1), side, a.b(3) ? x.get(2) : null);
        });
        put("bucketize", (x, a) -> {
            Tensor bounds = x.get(x.size() - 1);
            if (x.size() == 1) {
                boolean isInt = a.isInt(0);
                if (a.size() == 1) return isInt ? Torch.bucketize(a.i(0), bounds) : Torch.bucketize(a.d(0), bounds);
                return isInt ? Torch.bucketize(a.i(0), bounds, a.b(1), a.b(2)) : Torch.bucketize(a.d(0), bounds, a.b(1), a.b(2));
            }
            return a.size() == 0 ? Torch.bucketize(x.get(0), bounds) : Torch.bucketize(x.get(0), bounds, a.b(0), a.b(1));
        });
    }
}
