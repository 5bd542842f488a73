package torch4j.backend.cpu;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
 *
 * <p>Spinning only pays while the cores are ours. When another program keeps them busy, a spinning
 * thread takes the time slice that the thread holding the rest of the work needs (issue 16: the
 * tutorials ran up to 10x slower than quiet next to a CPU hog; add_f32_100k took 2-17 ms instead of
 * 0.2-6 ms with the change below, BENCHMARKS.md). So a
 * thread that finds itself preempted while it spins (a gap of {@link #PREEMPTED_NANOS} between two
 * polls) parks at once, and for {@link #CONTENDED_NANOS} after that no thread spins at all: workers
 * park as soon as their share is done and the caller parks until the last chunk is done.
 */
public final class Parallel {
    private Parallel() {}

    /** Elements below which a kernel runs on the calling thread (ATen's GRAIN_SIZE). */
    public static final long GRAIN = 32768;

    /** How long an idle worker keeps polling for work before it parks ({@code -Dtorch4j.spinMicros}, as OMP_WAIT_POLICY). */
    private static final long SPIN_NANOS = 1000L * Long.getLong("torch4j.spinMicros", 200);

    /** A gap this long between two polls of a spin loop means the OS ran something else on the core. */
    static final long PREEMPTED_NANOS = 50_000;
    /** How long after a preemption nobody spins. */
    static final long CONTENDED_NANOS = 20_000_000;
    /** {@code System.nanoTime()} until which the machine counts as busy (see the class comment). */
    private static volatile long contendedUntil = System.nanoTime() - 1;

    /** Whether a spin loop was preempted within the last {@link #CONTENDED_NANOS}. */
    static boolean contended() { return System.nanoTime() - contendedUntil < 0; }

    private static void markContended(long now) { contendedUntil = now + CONTENDED_NANOS; }

    /**
     * Spins until {@code done} holds, for at most {@code spinNanos}; false when it gave up (the time
     * ran out, or the thread was preempted, which marks the machine busy). Polls in between with
     * {@link Thread#onSpinWait()}.
     */
    private static boolean spinUntil(java.util.function.BooleanSupplier done, long spinNanos) {
        if (contended()) return done.getAsBoolean();
        long start = System.nanoTime(), last = start;
        while (!done.getAsBoolean()) {
            long now = System.nanoTime();
            if (now - last > PREEMPTED_NANOS) { markContended(now); return false; }
            if (now - start > spinNanos) return false;
            last = now;
            Thread.onSpinWait();
        }
        return true;
    }

    private static final int THREADS = Math.max(1, Integer.getInteger("torch4j.threads",
            Runtime.getRuntime().availableProcessors()));
    private static final Worker[] WORKERS = new Worker[THREADS - 1];
    private static final AtomicBoolean BUSY = new AtomicBoolean();
    /** Bumped by {@link #releaseCores}: a spinning worker that sees it change parks at once. */
    private static volatile int releases;

    static {
        for (int i = 0; i < WORKERS.length; i++) {
            WORKERS[i] = new Worker("torch4j-parallel-" + (i + 1));
            WORKERS[i].start();
        }
    }

    /**
     * Lets spinning workers sleep now, because native code (OpenBLAS) is about to run threads of
     * its own on the cores: two pools spinning on two cores slowed the MLP step's median from
     * 0.31 ms to 0.6-0.8 ms, with a 5 ms tail.
     */
    public static void releaseCores() {
        if (WORKERS.length > 0) releases++;   // racy, but any change is seen
    }

    /** A body over [start, end). */
    @FunctionalInterface
    public interface RangeBody { void run(long start, long end); }

    /** Number of threads kernels use ({@code torch.get_num_threads()}). */
    public static int threads() { return THREADS; }

    /** Set on threads whose loops must not use the workers (see {@link #runSerially}). */
    private static final ScopedValue<Boolean> SERIAL = ScopedValue.newInstance();

    /** Whether the calling thread is inside {@link #runSerially}. */
    static boolean isSerial() { return SERIAL.isBound(); }

    /**
     * Runs {@code body} with every parallel loop it starts on the calling thread: PyTorch's
     * DataLoader workers call {@code torch.set_num_threads(1)}, so that loading batches in the
     * background does not take the cores, or here the shared workers, from the training step.
     */
    public static void runSerially(Runnable body) {
        ScopedValue.where(SERIAL, Boolean.TRUE).run(body);
    }

    /** Runs {@code body} over [0, total), split into at most {@link #threads()} ranges of at least {@code grain}. */
    public static void forRange(long total, long grain, RangeBody body) {
        int parts = (int) Math.min(THREADS, Math.max(1, total / Math.max(grain, 1)));
        if (parts <= 1 || Thread.currentThread() instanceof Worker || SERIAL.isBound() || !BUSY.compareAndSet(false, true)) {
            body.run(0, total);
            return;
        }
        try {
            new Split(total, parts, body).runAndWait();
        } finally {
            BUSY.set(false);
        }
    }

    /**
     * One loop cut into a few chunks per thread, which the caller and the workers claim in turn
     * until none is left. A worker the OS has not scheduled yet (two cores, a JIT or GC thread
     * running) then costs nothing: the caller takes its chunks instead of waiting a time slice.
     */
    private static final class Split implements Runnable {
        private final long total, chunk;
        private final int chunks;
        private final RangeBody body;
        private final AtomicInteger next = new AtomicInteger(), completed = new AtomicInteger();
        private volatile Throwable failure;
        /** The caller once it parks, for the thread that completes the last chunk to wake it. */
        private volatile Thread waiter;

        Split(long total, int parts, RangeBody body) {
            this.total = total;
            this.body = body;
            this.chunk = Math.ceilDiv(total, 2L * parts);
            this.chunks = (int) Math.ceilDiv(total, chunk);
        }

        void runAndWait() {
            for (Worker w : WORKERS) w.submit(this);
            drain();
            // chunks other threads still hold: spin a while, then sleep until the last one is done
            if (!spinUntil(() -> completed.get() >= chunks, SPIN_NANOS)) {
                waiter = Thread.currentThread();
                while (completed.get() < chunks) LockSupport.park(this);   // done() reads waiter after its increment
            }
            Throwable t = failure;
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error err) throw err;
            if (t != null) throw new IllegalStateException(t);
        }

        @Override public void run() {   // a worker's share
            drain();
        }

        private void done() {
            if (completed.incrementAndGet() == chunks) {
                Thread w = waiter;
                if (w != null) LockSupport.unpark(w);
            }
        }

        private void drain() {
            for (int c; (c = next.getAndIncrement()) < chunks; done()) {
                if (failure != null) continue;   // after a failure the rest are only counted
                try {
                    long start = c * chunk;   // < total; (c + 1) * chunk could pass 2^63
                    body.run(start, start + Math.min(chunk, total - start));
                } catch (Throwable t) {
                    if (failure == null) failure = t;
                }
            }
        }
    }

    /**
     * One worker thread: polls its slot, spins {@link #SPIN_NANOS} after each task, then parks
     * until the next. A parallel loop inside its work runs serially (it is a Worker).
     */
    private static final class Worker extends Thread {
        private final AtomicReference<Runnable> task = new AtomicReference<>();
        volatile boolean parked;

        Worker(String name) {
            super(name);
            setDaemon(true);
        }

        void submit(Runnable work) {
            task.set(work);   // replaces a share this worker never claimed: that loop is over
            if (parked) LockSupport.unpark(this);
        }

        @Override
        public void run() {
            while (true) await().run();
        }

        private Runnable await() {
            int seen = releases;
            while (true) {
                Runnable work = task.getAndSet(null);
                if (work != null) return work;
                int released = seen;
                if (spinUntil(() -> task.get() != null || releases != released, SPIN_NANOS) && releases == seen) continue;
                parked = true;
                if (task.get() == null) LockSupport.park(this);   // submit sets task before it reads parked: no lost wake-up
                parked = false;
                seen = releases;
            }
        }
    }
}
