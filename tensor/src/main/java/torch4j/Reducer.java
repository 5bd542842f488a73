package torch4j;

/**
 * One running reduction (sum, prod, max, min, all, any, and var's sum of squared deviations) fed
 * chunk by chunk. Each kind has its own tight loop per domain; the switch is per chunk, never per
 * element. Max and min keep the first index of the extreme and propagate NaN (the first NaN wins),
 * as PyTorch does.
 */
final class Reducer {
    enum Kind {
        SUM, PROD, MAX, MIN, ALL, ANY,
        /** Σ (x - center)², var's second pass (double domain only). */
        SQDEV;

        /** Whether feeding an element twice changes nothing: a broadcast (stride-0) dim can be skipped. */
        boolean idempotent() { return this == MAX || this == MIN || this == ALL || this == ANY; }
    }

    final Kind kind;
    double d;
    long l;
    /** Index (into the reduced elements, row-major) of the current max/min; -1 before any element. */
    long index;
    /** The mean that {@link Kind#SQDEV} measures deviations from (set per output). */
    double center;

    Reducer(Kind kind) { this.kind = kind; reset(); }

    void reset() {
        index = -1;
        switch (kind) {
            case SUM, ANY, SQDEV -> { d = 0; l = 0; }
            case PROD, ALL -> { d = 1; l = 1; }
            case MAX, MIN -> { d = Double.NaN; l = 0; }
        }
    }

    /**
     * Feeds {@code v[0..n)}; element i has index {@code base + i * step} in the reduced elements
     * (step is 1 unless broadcast dims were skipped, see {@link Kind#idempotent}).
     */
    void accept(double[] v, int n, long base, long step) {
        switch (kind) {
            case SUM -> {
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                int i = 0;
                for (; i + 3 < n; i += 4) { s0 += v[i]; s1 += v[i + 1]; s2 += v[i + 2]; s3 += v[i + 3]; }
                for (; i < n; i++) s0 += v[i];
                d += (s0 + s1) + (s2 + s3);
            }
            case PROD -> { double p = d; for (int i = 0; i < n; i++) p *= v[i]; d = p; }
            case MAX -> {
                for (int i = 0; i < n; i++) {
                    double x = v[i];
                    if (index < 0 || x > d || (x != x && d == d)) { d = x; index = base + i * step; }
                }
            }
            case MIN -> {
                for (int i = 0; i < n; i++) {
                    double x = v[i];
                    if (index < 0 || x < d || (x != x && d == d)) { d = x; index = base + i * step; }
                }
            }
            // the result of a floating reduction is read from d: keep it in step with l
            case ALL -> { for (int i = 0; i < n && l != 0; i++) if (v[i] == 0) l = 0; d = l; }
            case ANY -> { for (int i = 0; i < n && l == 0; i++) if (v[i] != 0) l = 1; d = l; }
            case SQDEV -> { double c = center, s = d; for (int i = 0; i < n; i++) { double x = v[i] - c; s += x * x; } d = s; }
        }
    }

    /** Feeds {@code v[0..n)} in the long domain; indices as in {@link #accept(double[], int, long, long)}. */
    void accept(long[] v, int n, long base, long step) {
        switch (kind) {
            case SUM -> { long s = l; for (int i = 0; i < n; i++) s += v[i]; l = s; }
            case PROD -> { long p = l; for (int i = 0; i < n; i++) p *= v[i]; l = p; }
            case MAX -> { for (int i = 0; i < n; i++) if (index < 0 || v[i] > l) { l = v[i]; index = base + i * step; } }
            case MIN -> { for (int i = 0; i < n; i++) if (index < 0 || v[i] < l) { l = v[i]; index = base + i * step; } }
            case ALL -> { for (int i = 0; i < n && l != 0; i++) if (v[i] == 0) l = 0; }
            case ANY -> { for (int i = 0; i < n && l == 0; i++) if (v[i] != 0) l = 1; }
            case SQDEV -> throw new IllegalStateException("SQDEV runs in the double domain");
        }
    }

    /**
     * Feeds {@code count} copies of {@code v} (a run along a broadcast dim, which may be longer
     * than any array), the first at index {@code first}, with the bits that feeding them one by
     * one gives. A sum follows the run sum of {@code Storage.sumDouble} with stride 0 (left to
     * right from +0, then added to the total); it is one multiplication when every partial sum
     * k·v is exact, so 2^32 ones sum at once.
     */
    void acceptRepeated(double v, long count, long first) {
        if (count <= 0) return;
        switch (kind) {
            case SUM -> d += repeatedSum(v, count);
            case SQDEV -> { double x = v - center; d += repeatedSum(x * x, count); }
            case PROD -> d = repeatedProduct(d, v, count);
            default -> accept(new double[]{v}, 1, first, 1);   // max, min, all, any: the first copy decides
        }
    }

    /** {@link #acceptRepeated(double, long, long)} in the long domain, where sums and products wrap as int64 does. */
    void acceptRepeated(long v, long count, long first) {
        if (count <= 0) return;
        switch (kind) {
            case SUM -> l += v * count;              // n wrapping additions == one wrapping multiplication
            case PROD -> l *= wrappingPower(v, count);
            case SQDEV -> throw new IllegalStateException("SQDEV runs in the double domain");
            default -> accept(new long[]{v}, 1, first, 1);
        }
    }

    /**
     * {@code ((+0 + v) + v) + ...} with {@code count} terms, bit for bit, in O(binades) steps
     * rather than O(count): while the running sum s stays inside one binade (one ulp u), every
     * term adds the same multiple of u (v/u rounded; on a tie, the even one once s/u is even), so
     * those steps are taken at once; a term below half an ulp changes nothing any more.
     */
    static double repeatedSum(double v, long count) {
        if (v == 0) return 0.0;                  // +0 + -0 is +0
        if (!Double.isFinite(v)) return v;
        if (v < 0) return -repeatedSum(-v, count);   // round-to-nearest is symmetric
        long bits = Double.doubleToRawLongBits(v);
        long significand = bits & ((1L << 52) - 1);
        if ((bits & (0x7ffL << 52)) != 0) significand |= 1L << 52;
        long odd = significand >>> Long.numberOfTrailingZeros(significand);
        // every partial sum k*v = (k*odd)*2^e is exact while k*odd <= 2^53 (past the double range it is inf either way)
        if (Math.multiplyHigh(count, odd) == 0 && count * odd <= 1L << 53 && count * odd > 0) return count * v;
        double s = 0;
        long k = 0;
        while (k < count) {
            if (s > 0 && s != Double.POSITIVE_INFINITY) {
                double u = Math.ulp(s), q = v / u;   // v / u is exact (u is a power of two) or far out of range
                long units = (long) (s / u);
                long top = s < Double.MIN_NORMAL ? 1L << 52 : Math.getExponent(s) == Double.MAX_EXPONENT ? (1L << 53) - 1 : 1L << 53;
                long room = top - units;               // in units of u: s + j*step*u + v must stay below top*u
                if (q < room) {
                    long whole = (long) Math.floor(q);
                    long step = q - whole != 0.5 ? (long) Math.rint(q)
                            : (units & 1) == 0 ? whole + (whole & 1) : -1;   // a tie keeps s/u even once it is
                    if (step == 0) return s;
                    if (step > 0) {
                        long m = Math.min(count - k, (room - whole - 1) / step + 1);
                        s += (double) (m * step) * u;    // exact: a multiple of u no larger than the top
                        k += m;
                        continue;
                    }
                }
            }
            s += v;                                   // one term by hand: from 0, across a binade, or a tie on an odd s
            k++;
            if (s == Double.POSITIVE_INFINITY) return s;
        }
        return s;
    }

    /**
     * {@code ((p * v) * v) * ...} with {@code count} factors, bit for bit: once a factor leaves
     * the magnitude unchanged (a fixed point such as 0, ±inf or the smallest subnormal times 0.9),
     * the rest only flip the sign when v is negative.
     */
    static double repeatedProduct(double p, double v, long count) {
        if (v == 1) return p;                                       // p * 1 is p, bit for bit
        if (v == -1) return (count & 1) == 0 ? p : -p;              // each factor is an exact sign flip
        for (long k = 0; k < count; k++) {
            double q = p * v;
            if (q != q) return q;                                   // NaN stays NaN
            if (Math.abs(q) == Math.abs(p))
                return Double.doubleToRawLongBits(v) < 0 && ((count - k - 1) & 1) == 1 ? -q : q;
            p = q;
        }
        return p;
    }

    /** {@code v^count} modulo 2^64, by squaring. */
    static long wrappingPower(long v, long count) {
        long result = 1, base = v;
        for (long e = count; e > 0; e >>>= 1) {
            if ((e & 1) != 0) result *= base;
            base *= base;
        }
        return result;
    }

    /** Folds in the reducer of a later range (so ties keep the earlier index). */
    void combine(Reducer later, boolean dbl) {
        if (later.kind != kind) throw new IllegalArgumentException("combining different reductions");
        switch (kind) {
            case SUM, SQDEV -> { d += later.d; l += later.l; }
            case PROD -> { d *= later.d; l *= later.l; }
            case ALL -> { l &= later.l; d = l; }
            case ANY -> { l |= later.l; d = l; }
            case MAX, MIN -> {
                if (later.index < 0) return;
                if (index < 0) { d = later.d; l = later.l; index = later.index; return; }
                boolean take;
                if (dbl) {
                    double x = later.d;
                    take = (x != x && d == d) || (kind == Kind.MAX ? x > d : x < d);
                } else take = kind == Kind.MAX ? later.l > l : later.l < l;
                if (take) { d = later.d; l = later.l; index = later.index; }
            }
        }
    }
}
