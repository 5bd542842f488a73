package torch4j.backend.cpu;

/**
 * Per-thread chunk buffers for the CPU kernels (the kernel shapes themselves are part of the op
 * declarations: {@link torch4j.backend.ChunkKernels}).
 */
public final class Kernels {
    private Kernels() {}

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
