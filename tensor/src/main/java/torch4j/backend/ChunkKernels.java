package torch4j.backend;

/**
 * The shapes of the CPU kernels an elementwise op declares (part of the op declaration format, so
 * they live above the seam). A kernel is one tight loop over L1-resident runs in one compute
 * domain (double or long); each op supplies its own loop, so the JIT compiles and vectorises every
 * op separately instead of calling a shared loop through a megamorphic lambda per element.
 */
public final class ChunkKernels {
    private ChunkKernels() {}

    /** {@code out[i] = f(x[i])} for {@code i < n}, in the double domain. */
    @FunctionalInterface public interface D1 { void apply(double[] x, double[] out, int n); }
    /** {@code out[i] = f(a[i], b[i])} for {@code i < n}, in the double domain. */
    @FunctionalInterface public interface D2 { void apply(double[] a, double[] b, double[] out, int n); }
    /** {@code out[i] = f(x[i])} for {@code i < n}, in the long domain. */
    @FunctionalInterface public interface L1 { void apply(long[] x, long[] out, int n); }
    /** {@code out[i] = f(a[i], b[i])} for {@code i < n}, in the long domain. */
    @FunctionalInterface public interface L2 { void apply(long[] a, long[] b, long[] out, int n); }

    /**
     * Float32 kernels over {@code [from, to)} of arrays indexed alike, for ops whose float
     * arithmetic rounds exactly as the double kernel followed by one rounding to float does
     * (+, −, ×, ÷, sign flips and selections): they skip the trip through the double domain.
     */
    @FunctionalInterface public interface F1 { void apply(float[] x, float[] out, int from, int to); }
    /** The two-operand float32 kernel (see {@link F1}). */
    @FunctionalInterface public interface F2 { void apply(float[] a, float[] b, float[] out, int from, int to); }
}
