package torch4j.backend.cpu;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits an index range over the cores, as ATen's parallel_for does: below the grain size the
 * caller runs it alone (so a 2x2 op pays nothing for threading).
 *
 * <p>The workers are threads of their own that spin for a while after each piece of work
 * before they sleep, as OpenMP's do. A training step runs dozens of parallel loops of tens of
 * microseconds each, and waking a sleeping thread costs about as much on a virtual machine
 * (measured here: a ForkJoinPool round trip took 52 µs on average for a 28 µs loop, so two
 * threads were slower than one). One caller at a time uses the workers; a nested or concurrent
 * call runs on its own thread.
 */
public final class Parallel {
    private Parallel() {}

    /** Elements below which a kernel runs on the calling thread (ATen's GRAIN_SIZE). */
    public static final long GRAIN = 32768;

    /** How long an idle worker keeps polling for work before it parks. */
    private static final long SPIN_NANOS = 200_000;

    private static final int THREADS = Math.max(1, Integer.getInteger("torch4j.threads",
            Runtime.getRuntime().availableProcessors()));
    private static final Worker[] WORKERS = new Worker[THREADS - 1];
    private static final AtomicBoolean BUSY = new AtomicBoolean();

    static {
        for (int i = 0; i < WORKERS.length; i++) {
            WORKERS[i] = new Worker("torch4j-parallel-" + (i + 1));
            WORKERS[i].start();
        }
    }

    /** A body over [start, end). */
    @FunctionalInterface
    public interface RangeBody { void run(long start, long end); }

    /** Number of threads kernels use ({@code torch.get_num_threads()}). */
    public static int threads() { return THREADS; }

    /** Runs {@code body} over [0, total), split into at most {@link #threads()} ranges of at least {@code grain}. */
    public static void forRange(long total, long grain, RangeBody body) {
        int parts = (int) Math.min(THREADS, Math.max(1, total / Math.max(grain, 1)));
        if (parts <= 1 || Thread.currentThread() instanceof Worker || !BUSY.compareAndSet(false, true)) {
            body.run(0, total);
            return;
        }
        try {
            long step = (total + parts - 1) / parts;
            AtomicInteger pending = new AtomicInteger(parts - 1);
            Throwable[] failure = new Throwable[parts];
            for (int p = 1; p < parts; p++) {
                long s = p * step, e = Math.min(total, s + step);
                int slot = p;
                WORKERS[p - 1].submit(() -> {
                    try {
                        body.run(s, e);
                    } catch (Throwable t) {
                        failure[slot] = t;
                    } finally {
                        pending.decrementAndGet();
                    }
                });
            }
            try {
                body.run(0, Math.min(total, step));
            } catch (Throwable t) {
                failure[0] = t;
            }
            while (pending.get() > 0) Thread.onSpinWait();
            for (Throwable t : failure) {
                if (t instanceof RuntimeException r) throw r;
                if (t instanceof Error err) throw err;
                if (t != null) throw new IllegalStateException(t);
            }
        } finally {
            BUSY.set(false);
        }
    }

    /**
     * One worker thread: polls its slot, spins {@link #SPIN_NANOS} after each task, then parks
     * until the next. A parallel loop inside its work runs serially (it is a Worker).
     */
    private static final class Worker extends Thread {
        volatile Runnable task;
        volatile boolean parked;

        Worker(String name) {
            super(name);
            setDaemon(true);
        }

        void submit(Runnable work) {
            task = work;
            if (parked) LockSupport.unpark(this);
        }

        @Override
        public void run() {
            while (true) {
                Runnable work = await();
                task = null;
                work.run();
            }
        }

        private Runnable await() {
            long deadline = System.nanoTime() + SPIN_NANOS;
            while (true) {
                Runnable work = task;
                if (work != null) return work;
                if (System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                    continue;
                }
                parked = true;
                if (task == null) LockSupport.park(this);   // submit sets task before it reads parked: no lost wake-up
                parked = false;
                deadline = System.nanoTime() + SPIN_NANOS;
            }
        }
    }
}
