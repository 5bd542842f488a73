package torch4j.backend.cpu;

import java.math.BigDecimal;
import torch4j.backend.ReductionKind;

/**
 * One running reduction (sum, prod, max, min, all, any, and var's sum of squared deviations) fed
 * chunk by chunk. Each kind has its own tight loop per domain; the switch is per chunk, never per
 * element. Max and min keep the first index of the extreme and propagate NaN (the first NaN wins),
 * as PyTorch does.
 */
final class Reducer {
    final ReductionKind kind;
    double d;
    long l;
    /** Index (into the reduced elements, row-major) of the current max/min; -1 before any element. */
    long index;
    /** The mean that {@link ReductionKind#SQDEV} measures deviations from (set per output). */
    double center;

    Reducer(ReductionKind kind) { this.kind = kind; reset(); }

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
     * (step is 1 unless broadcast dims were skipped, see {@link ReductionKind#idempotent}).
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
     * than any array), the first at index {@code first}, in O(1) or close: a sum adds
     * {@link #repeatedSum} to the total (as a run sum of {@code Storage.sumDouble} is added); a
     * product, max, min, all or any gives the bits that feeding the copies one by one gives.
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
     * The sum of {@code count} copies of v: {@code count * v} rounded once, which is also what
     * adding them one by one from +0 gives while every partial sum k*v is exact (v's odd
     * significand times count within 2^53: any float32 value up to 2^29 copies, 1.0 up to 2^53),
     * so ordinary broadcast sums keep their bits. Past that, adding one by one in double drifts and
     * then stalls (2^63 - 1 ones would sum to 2^53) where PyTorch's cascade of partial sums stays
     * close to the true sum; the rounded product is the true sum, rounded once.
     */
    static double repeatedSum(double v, long count) {
        if (v == 0) return 0.0;                  // +0 + -0 is +0
        if (!Double.isFinite(v) || count == 1) return v;
        if (count <= 1L << 53) return count * v;  // count is exact as a double: one rounding
        return new BigDecimal(v).multiply(BigDecimal.valueOf(count)).doubleValue();   // exact product, rounded once
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
                    take = (x != x && d == d) || (kind == ReductionKind.MAX ? x > d : x < d);
                } else take = kind == ReductionKind.MAX ? later.l > l : later.l < l;
                if (take) { d = later.d; l = later.l; index = later.index; }
            }
        }
    }
}
