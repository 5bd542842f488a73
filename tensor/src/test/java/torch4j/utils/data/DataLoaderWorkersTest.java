package torch4j.utils.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.Torch;

/** Worker threads: order, equality with numWorkers 0, seeding, errors, and that no thread outlives its epoch. */
class DataLoaderWorkersTest {

    /** Item i takes a few milliseconds, longer for some, so workers finish out of order. */
    private static Dataset<Tensor> slow(int n) {
        return new Dataset<>() {
            @Override public Tensor get(int i) {
                sleep((i * 7) % 5);
                return Torch.tensor((long) i);
            }
            @Override public int size() { return n; }
        };
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> epoch(DataLoader<?> dl) {
        List<String> out = new ArrayList<>();
        for (Object b : dl) out.add(DataGolden.enc(b).toString());
        return out;
    }

    private static Set<Thread> workerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("torch4j-dataloader-")).collect(Collectors.toSet());
    }

    /** Waits (collecting garbage) until none of {@code threads} is alive; false after 20 s. */
    private static boolean allEnd(Set<Thread> threads) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (threads.stream().noneMatch(Thread::isAlive)) return true;
            System.gc();
            sleep(20);
        }
        return false;
    }

    @Test
    void batchesComeInOrderAndEqualNoWorkers() {
        for (int workers : new int[] {1, 2, 3}) {
            Torch.manualSeed(3);
            var zero = epoch(DataLoader.builder(slow(23)).batchSize(3).shuffle(true).build());
            String after0 = DataGolden.after(null);
            Torch.manualSeed(3);
            var many = epoch(DataLoader.builder(slow(23)).batchSize(3).shuffle(true).numWorkers(workers).prefetchFactor(3).build());
            assertEquals(zero, many, workers + " workers");
            assertEquals(after0, DataGolden.after(null), "the global generator after the epoch, " + workers + " workers");
        }
        Generator g0 = new Generator().manualSeed(11), g2 = new Generator().manualSeed(11);
        var mnistLike = new TensorDataset(Torch.randn(200, 5), Torch.randint(0, 10, new long[] {200}));
        var zero = epoch(DataLoader.builder(mnistLike).batchSize(16).shuffle(true).generator(g0).build());
        var two = epoch(DataLoader.builder(mnistLike).batchSize(16).shuffle(true).generator(g2).numWorkers(2).build());
        assertEquals(zero, two);
        assertEquals(DataGolden.after(g0), DataGolden.after(g2), "the loader's generator after the epoch");
    }

    @Test
    void noThreadOutlivesAnAbandonedEpoch() {
        Set<Thread> before = workerThreads();
        DataLoader<Tensor> dl = DataLoader.builder(slow(40)).batchSize(2).numWorkers(2).build();
        firstBatchThenBreak(dl);
        Set<Thread> started = new HashSet<>(workerThreads());
        started.removeAll(before);
        assertEquals(2, started.size(), "two workers ran");
        assertTrue(allEnd(started), "the workers of an abandoned epoch end once its iterator is collected");
    }

    /** A for-each left at its first batch, in a frame of its own so that nothing keeps the iterator. */
    private static void firstBatchThenBreak(DataLoader<Tensor> dl) {
        for (Tensor b : dl) {
            assertEquals(2, b.numel());
            break;
        }
    }

    @Test
    void closeEndOfEpochAndPersistentWorkers() {
        DataLoader<Tensor> dl = DataLoader.builder(slow(10)).batchSize(2).numWorkers(2).build();
        Set<Thread> threads;
        try (var it = dl.iterator()) {
            it.next();
            threads = Set.of(((MultiWorkerIterator<?>) it).workerThreads());
        }
        for (Thread t : threads) assertFalse(t.isAlive(), "close() joins the workers");

        var it = (MultiWorkerIterator<Tensor>) dl.iterator();
        while (it.hasNext()) it.next();
        for (Thread t : it.workerThreads()) assertFalse(t.isAlive(), "the end of an epoch stops its workers");

        DataLoader<Tensor> kept = DataLoader.builder(slow(6)).batchSize(2).numWorkers(2).persistentWorkers(true).build();
        var first = kept.iterator();
        assertEquals(3, epochOf(first));
        Thread[] workers = ((MultiWorkerIterator<?>) first).workerThreads();
        for (Thread t : workers) assertTrue(t.isAlive(), "persistent workers outlive the epoch");
        var second = kept.iterator();
        assertSame(first, second, "one iterator, reset, as PyTorch's loader._iterator");
        assertEquals(3, epochOf(second));
        kept = null;
        first = second = null;
        assertTrue(allEnd(Set.of(workers)), "persistent workers end once their loader is collected");
    }

    private static int epochOf(DataLoaderIterator<?> it) {
        int n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    @Test
    void workerInfoInitFunctionAndSeeds() {
        assertNull(DataUtils.getWorkerInfo(), "null in the main thread");
        Set<Integer> inits = ConcurrentHashMap.newKeySet();
        List<WorkerInfo> seen = new ArrayList<>();
        Dataset<Tensor> probe = new Dataset<>() {
            @Override public Tensor get(int i) {
                WorkerInfo w = DataUtils.getWorkerInfo();
                assertNotNull(w);
                synchronized (seen) {
                    seen.add(w);
                }
                return Torch.tensor((long) i);
            }
            @Override public int size() { return 8; }
        };
        Generator g = new Generator().manualSeed(21);
        long base = RandomSampler.drawSeed(new Generator().manualSeed(21));
        var dl = DataLoader.builder(probe).batchSize(2).numWorkers(2).generator(g).workerInitFn(id -> {
            assertEquals(id, DataUtils.getWorkerInfo().id());
            inits.add(id);
        }).build();
        assertEquals(4, epoch(dl).size());
        assertEquals(Set.of(0, 1), inits);
        for (WorkerInfo w : seen) {
            assertEquals(2, w.numWorkers());
            assertEquals(base + w.id(), w.seed(), "seed = base_seed + worker_id");
            assertSame(probe, w.dataset());
        }
    }

    /** An exception class without a (String) constructor cannot be rebuilt: a RuntimeException carries it. */
    static final class Odd extends RuntimeException {
        Odd(int code) {
            super("odd " + code);
        }
    }

    @Test
    void errorsFromWorkersAndTimeouts() {
        Dataset<Tensor> odd = new Dataset<>() {
            @Override public Tensor get(int i) {
                if (i == 3) throw new Odd(3);
                return Torch.tensor((long) i);
            }
            @Override public int size() { return 4; }
        };
        var it = DataLoader.builder(odd).batchSize(2).numWorkers(2).build().iterator();
        it.next();
        RuntimeException e = assertThrows(RuntimeException.class, it::next);
        assertEquals(RuntimeException.class, e.getClass());
        assertTrue(e.getMessage().startsWith("Caught Odd in DataLoader worker process 1.\nOriginal "), e.getMessage());
        assertTrue(e.getCause() instanceof Odd);
        assertFalse(it.hasNext());

        var init = DataLoader.builder(slow(4)).batchSize(1).numWorkers(2).workerInitFn(id -> {
            if (id == 1) throw new IllegalStateException("no init for 1");
        }).build().iterator();
        assertEquals(0L, init.next().longValue());
        IllegalStateException ie = assertThrows(IllegalStateException.class, init::next);
        assertEquals("Caught IllegalStateException in DataLoader worker process 1.", ie.getMessage().split("\n")[0]);
        init.close();

        Dataset<Tensor> stuck = new Dataset<>() {
            @Override public Tensor get(int i) {
                sleep(2000);
                return Torch.tensor((long) i);
            }
            @Override public int size() { return 2; }
        };
        try (var timed = DataLoader.builder(stuck).numWorkers(1).timeout(0.2).build().iterator()) {
            assertEquals("DataLoader timed out after 0.2 seconds", assertThrows(IllegalStateException.class, timed::hasNext).getMessage());
        }
    }

    @Test
    void fastPathEqualsStackedRows() {
        Torch.manualSeed(0);
        var td = new TensorDataset(Torch.randn(30, 4).t().contiguous().t(), Torch.arange(30), Torch.rand(30, 2, 3));
        Subset<Tensor[]> sub = DataUtils.randomSplit(td, new long[] {20, 10}).get(0);
        Dataset<Tensor[]> hidden = new Dataset<>() { // not a TensorDataset: items are fetched and stacked
            @Override public Tensor[] get(int i) { return sub.get(i); }
            @Override public int size() { return sub.size(); }
        };
        var fast = epoch(DataLoader.builder(sub).batchSize(7).shuffle(true).generator(new Generator().manualSeed(1)).build());
        var plain = epoch(DataLoader.builder(hidden).batchSize(7).shuffle(true).generator(new Generator().manualSeed(1)).build());
        assertEquals(plain, fast);
        Tensor[] b = DataLoader.builder(td).batchSize(4).build().iterator().next();
        assertTrue(Arrays.stream(b).allMatch(Tensor::isContiguous), "batches are contiguous, as stack's");
    }
}
