package torch4j.backend.cpu;

/**
 * The chunk-kernel shapes. A kernel is one tight loop over L1-resident buffers in one compute
 * domain (double or long); each op supplies its own loop, so the JIT compiles and vectorises every
 * op separately instead of calling a shared loop through a megamorphic lambda per element.
 */
public final class Kernels {
    private Kernels() {}

    @FunctionalInterface public interface D1 { void apply(double[] x, double[] out, int n); }
    @FunctionalInterface public interface D2 { void apply(double[] a, double[] b, double[] out, int n); }
    @FunctionalInterface public interface L1 { void apply(long[] x, long[] out, int n); }
    @FunctionalInterface public interface L2 { void apply(long[] a, long[] b, long[] out, int n); }

    /**
     * Float32 kernels over {@code [from, to)} of arrays indexed alike, for ops whose float
     * arithmetic rounds exactly as the double kernel followed by one rounding to float does
     * (+, −, ×, ÷, sign flips and selections): they skip the trip through the double domain.
     */
    @FunctionalInterface public interface F1 { void apply(float[] x, float[] out, int from, int to); }
    @FunctionalInterface public interface F2 { void apply(float[] a, float[] b, float[] out, int from, int to); }

    /** Per-thread chunk buffers: four double, four long and three float runs of {@link StridedLoop#CHUNK}. */
    public static final class Buffers {
        public final double[][] d = new double[4][StridedLoop.CHUNK];
        public final long[][] l = new long[4][StridedLoop.CHUNK];
        public final float[][] f = new float[3][StridedLoop.CHUNK];
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /** This thread's buffers; a body must not hold them across a call that may use them too. */
    public static Buffers buffers() { return BUFFERS.get(); }
}
