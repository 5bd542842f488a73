package torch4j.e2e.kernel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Busy threads in the test JVM, so the kernel under test competes for the cores as it would beside
 * a training run or another build. They stop when closed, and in any case after {@code limit}, so
 * a hung test does not leave them spinning.
 */
final class CpuHog implements AutoCloseable {
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private CpuHog(int threadCount, Duration limit) {
        long until = System.nanoTime() + limit.toNanos();
        for (int i = 0; i < threadCount; i++) {
            threads.add(Thread.ofPlatform().daemon().name("cpu-hog-" + i).start(() -> {
                long spins = 0;
                while (running && System.nanoTime() < until) spins++;
                if (spins == -1) System.out.print("");   // keeps the loop from being optimised away
            }));
        }
    }

    /** Starts {@code threadCount} busy threads for at most {@code limit}. */
    static CpuHog start(int threadCount, Duration limit) {
        return new CpuHog(threadCount, limit);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) t.join();
    }
}
