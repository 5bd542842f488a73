package torch4j.backend.cpu;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Splits an index range over the cores, as ATen's parallel_for does: below the grain size the
 * caller runs it alone (so a 2x2 op pays nothing for threading).
 */
public final class Parallel {
    private Parallel() {}

    /** Elements below which a kernel runs on the calling thread (ATen's GRAIN_SIZE). */
    public static final long GRAIN = 32768;

    private static final int THREADS = Math.max(1, Integer.getInteger("torch4j.threads",
            Runtime.getRuntime().availableProcessors()));
    private static final ForkJoinPool POOL = THREADS > 1 ? new ForkJoinPool(THREADS - 1) : null;

    /** A body over [start, end). */
    @FunctionalInterface
    public interface RangeBody { void run(long start, long end); }

    /** Number of threads kernels use ({@code torch.get_num_threads()}). */
    public static int threads() { return THREADS; }

    /** Runs {@code body} over [0, total), split into at most {@link #threads()} ranges of at least {@code grain}. */
    public static void forRange(long total, long grain, RangeBody body) {
        int parts = (int) Math.min(THREADS, Math.max(1, total / Math.max(grain, 1)));
        if (parts <= 1 || POOL == null || ForkJoinTask.inForkJoinPool()) {
            body.run(0, total);
            return;
        }
        long step = (total + parts - 1) / parts;
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[parts - 1];
        for (int p = 1; p < parts; p++) {
            long s = p * step, e = Math.min(total, s + step);
            tasks[p - 1] = POOL.submit(() -> body.run(s, e));
        }
        body.run(0, Math.min(total, step));
        for (ForkJoinTask<?> t : tasks) t.join();
    }
}
