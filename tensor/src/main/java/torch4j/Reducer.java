package torch4j;

/**
 * One running reduction (sum, prod, max, min, all, any) fed chunk by chunk. Each kind has its
 * own tight loop per domain; the switch is per chunk, never per element. Max and min keep the
 * first index of the extreme and propagate NaN (the first NaN wins), as PyTorch does.
 */
final class Reducer {
    enum Kind { SUM, PROD, MAX, MIN, ALL, ANY }

    final Kind kind;
    double d;
    long l;
    /** Index (into the reduced elements, row-major) of the current max/min; -1 before any element. */
    long index;

    Reducer(Kind kind) { this.kind = kind; reset(); }

    void reset() {
        index = -1;
        switch (kind) {
            case SUM, ANY -> { d = 0; l = 0; }
            case PROD, ALL -> { d = 1; l = 1; }
            case MAX, MIN -> { d = Double.NaN; l = 0; }
        }
    }

    void accept(double[] v, int n, long base) {
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
                    if (index < 0 || x > d || (x != x && d == d)) { d = x; index = base + i; }
                }
            }
            case MIN -> {
                for (int i = 0; i < n; i++) {
                    double x = v[i];
                    if (index < 0 || x < d || (x != x && d == d)) { d = x; index = base + i; }
                }
            }
            // the result of a floating reduction is read from d: keep it in step with l
            case ALL -> { for (int i = 0; i < n && l != 0; i++) if (v[i] == 0) l = 0; d = l; }
            case ANY -> { for (int i = 0; i < n && l == 0; i++) if (v[i] != 0) l = 1; d = l; }
        }
    }

    void accept(long[] v, int n, long base) {
        switch (kind) {
            case SUM -> { long s = l; for (int i = 0; i < n; i++) s += v[i]; l = s; }
            case PROD -> { long p = l; for (int i = 0; i < n; i++) p *= v[i]; l = p; }
            case MAX -> { for (int i = 0; i < n; i++) if (index < 0 || v[i] > l) { l = v[i]; index = base + i; } }
            case MIN -> { for (int i = 0; i < n; i++) if (index < 0 || v[i] < l) { l = v[i]; index = base + i; } }
            case ALL -> { for (int i = 0; i < n && l != 0; i++) if (v[i] == 0) l = 0; }
            case ANY -> { for (int i = 0; i < n && l == 0; i++) if (v[i] != 0) l = 1; }
        }
    }

    /** Folds in the reducer of a later range (so ties keep the earlier index). */
    void combine(Reducer later, boolean dbl) {
        if (later.kind != kind) throw new IllegalArgumentException("combining different reductions");
        switch (kind) {
            case SUM -> { d += later.d; l += later.l; }
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
