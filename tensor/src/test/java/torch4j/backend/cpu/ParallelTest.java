package torch4j.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The spinning worker pool: every index once, failures reach the caller, nested and concurrent calls are safe. */
class ParallelTest {
    @Test
    void coversTheRangeOnceInDisjointPieces() {
        for (long total : new long[]{0, 1, 100, Parallel.GRAIN * 2 + 7, 1_000_003}) {
            AtomicLong sum = new AtomicLong(), count = new AtomicLong();
            ConcurrentLinkedQueue<long[]> pieces = new ConcurrentLinkedQueue<>();
            Parallel.forRange(total, Parallel.GRAIN, (s, e) -> {
                pieces.add(new long[]{s, e});
                for (long i = s; i < e; i++) { sum.addAndGet(i); count.incrementAndGet(); }
            });
            assertEquals(total, count.get());
            assertEquals(total * (total - 1) / 2, sum.get());
            int parts = (int) Math.min(Parallel.threads(), Math.max(1, total / Parallel.GRAIN));
            // one piece below the grain; else two chunks per thread
            assertEquals(parts == 1 ? 1 : 2 * parts, pieces.size());
            for (long[] p : pieces) assertTrue(p[1] > p[0] || total == 0);
        }
    }

    @Test
    void aFailureInAnyPieceReachesTheCallerAndThePoolStaysUsable() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        for (int attempt = 0; attempt < 50; attempt++) {
            long failAt = attempt % 2 == 0 ? 0 : 1_000_000 - 1;   // the caller's piece, or the last worker's
            var thrown = assertThrows(IllegalArgumentException.class, () -> Parallel.forRange(1_000_000, Parallel.GRAIN, (s, e) -> {
                if (s <= failAt && failAt < e) throw boom;
            }));
            assertSame(boom, thrown);
        }
        AtomicLong count = new AtomicLong();
        Parallel.forRange(1_000_000, Parallel.GRAIN, (s, e) -> count.addAndGet(e - s));
        assertEquals(1_000_000, count.get());
    }

    @Test
    void runSeriallyKeepsLoopsOnTheCallingThread() {
        ConcurrentLinkedQueue<Thread> threads = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> pieces = new ConcurrentLinkedQueue<>();
        Parallel.runSerially(() -> Parallel.forRange(1_000_000, Parallel.GRAIN, (s, e) -> {
            threads.add(Thread.currentThread());
            pieces.add(new long[] {s, e});
        }));
        assertEquals(1, pieces.size(), "one piece: [0, total)");
        assertSame(Thread.currentThread(), threads.peek());
    }

    @Test
    void nestedAndConcurrentLoopsComplete() {
        AtomicLong count = new AtomicLong();
        // loops inside loops, from several threads at once: each either gets the workers or runs on its own thread
        IntStream.range(0, 8).parallel().forEach(t -> {
            for (int rep = 0; rep < 200; rep++)
                Parallel.forRange(100_000, Parallel.GRAIN, (s, e) ->
                        Parallel.forRange(e - s, Parallel.GRAIN, (s2, e2) -> count.addAndGet(e2 - s2)));
        });
        assertEquals(8L * 200 * 100_000, count.get());
    }

    @Test
    void theCallerSleepsWhileAWorkerFinishesALongChunk() throws InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Parallel.threads() > 1, "needs a worker");
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Thread caller = Thread.currentThread();
        for (int attempt = 0; attempt < 20; attempt++) {
            AtomicLong byWorker = new AtomicLong();
            long wall0 = System.nanoTime(), cpu0 = mx.getCurrentThreadCpuTime();
            Parallel.forRange(4 * Parallel.GRAIN, Parallel.GRAIN, (s, e) -> {
                // the caller's chunks take 5 ms each (asleep), so that a worker wakes in time to claim one
                long ms = Thread.currentThread() == caller ? 5 : byWorker.getAndIncrement() == 0 ? 300 : 0;
                try { Thread.sleep(ms); } catch (InterruptedException stop) { Thread.currentThread().interrupt(); }
            });
            long wall = System.nanoTime() - wall0, cpu = mx.getCurrentThreadCpuTime() - cpu0;
            if (byWorker.get() == 0) { Thread.sleep(5); continue; }   // the caller ran every chunk: try again
            assertTrue(wall >= 250_000_000L, "the caller waited for the worker's chunk");
            assertTrue(cpu < 50_000_000L, "the caller spun for " + cpu / 1_000_000 + " ms of its " + wall / 1_000_000 + " ms wait");
            return;
        }
        org.junit.jupiter.api.Assumptions.abort("no worker took a chunk in 20 tries (machine too busy)");
    }
}
