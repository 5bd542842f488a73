package torch4j.utils.data;

import java.lang.ref.Cleaner;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An epoch with worker threads, PyTorch's {@code _MultiProcessingDataLoaderIter} step for step:
 * the iterating thread draws index lists and sends them round-robin to the active workers,
 * {@code prefetchFactor × numWorkers} ahead; results are kept by task number until their turn,
 * so batches come out in the sampler's order; a worker whose stream ended (iterable datasets) is
 * retired and its pending tasks skipped. Each delivered batch sends the next index list first,
 * as PyTorch's {@code _process_data} does.
 */
final class MultiWorkerIterator<B> extends LookAheadIterator<B> {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final long CHECK_NANOS = TimeUnit.SECONDS.toNanos(5); // PyTorch's MP_STATUS_CHECK_INTERVAL

    private final DataLoader<B> loader;
    private final int numWorkers;
    private final WorkerPool pool;
    private final Cleaner.Cleanable cleanable;

    private Iterator<int[]> indices;
    private int sendIdx;
    private int rcvdIdx;
    private int outstanding;
    private int cycle;
    private boolean[] active;
    /** task number → its worker, and its result once it arrived early. */
    private final Map<Integer, WorkerPool.Result> arrived = new HashMap<>();
    private final Map<Integer, Integer> workerOf = new HashMap<>();

    MultiWorkerIterator(DataLoader<B> loader) {
        this.loader = loader;
        this.numWorkers = loader.numWorkers;
        indices = loader.indexBatches();
        long baseSeed = RandomSampler.drawSeed(loader.generator);
        pool = new WorkerPool(loader.dataset, loader.collate, loader.rows, loader.dropLast, loader.workerInitFn,
                numWorkers, baseSeed);
        // the action holds the pool only: this iterator stays collectable when an epoch is left early
        cleanable = CLEANER.register(this, pool::shutdown);
        reset(true);
    }

    /** A new epoch on the same workers (persistent workers): PyTorch's {@code _reset(loader)}. */
    void reset() {
        reset(false);
    }

    private void reset(boolean first) {
        indices = loader.indexBatches();
        sendIdx = rcvdIdx = outstanding = cycle = 0;
        arrived.clear();
        workerOf.clear();
        active = new boolean[numWorkers];
        Arrays.fill(active, true);
        restart();
        if (!first) {
            for (int w = 0; w < numWorkers; w++) pool.send(w, WorkerPool.RESUME);
            int waiting = numWorkers;
            while (waiting > 0) if (getData().resumed()) waiting--; // results of the last epoch are dropped
        }
        for (int i = 0; i < loader.prefetchFactor * numWorkers; i++) tryPutIndex();
    }

    @Override
    Object fetchNext() {
        return nextData();
    }

    private Object nextData() {
        while (true) {
            while (rcvdIdx < sendIdx && !arrived.containsKey(rcvdIdx) && !active[workerOf.get(rcvdIdx)]) {
                workerOf.remove(rcvdIdx); // a retired worker's task: never answered
                rcvdIdx++;
            }
            if (rcvdIdx >= sendIdx) {
                if (!loader.persistentWorkers) cleanable.clean();
                return Fetcher.END;
            }
            WorkerPool.Result early = arrived.remove(rcvdIdx);
            if (early != null) {
                workerOf.remove(rcvdIdx);
                return process(early);
            }
            WorkerPool.Result r = getData();
            if (r.resumed()) continue; // a stray acknowledgement cannot belong to this epoch's tasks
            outstanding--;
            if (r.data() == Fetcher.END) {
                active[r.worker()] = false;
                if (!loader.persistentWorkers) pool.send(r.worker(), WorkerPool.STOP);
                tryPutIndex();
                continue;
            }
            if (r.idx() != rcvdIdx) {
                arrived.put(r.idx(), r);
            } else {
                workerOf.remove(r.idx());
                return process(r);
            }
        }
    }

    /** PyTorch's {@code _try_put_index}: the next index list to the next active worker in the cycle. */
    private void tryPutIndex() {
        if (!indices.hasNext()) return;
        int[] index = indices.next();
        int worker = -1;
        for (int k = 0; k < numWorkers; k++) {
            int w = cycle;
            cycle = (cycle + 1) % numWorkers;
            if (active[w]) {
                worker = w;
                break;
            }
        }
        if (worker < 0) return;
        pool.send(worker, new WorkerPool.Task(sendIdx, index));
        workerOf.put(sendIdx, worker);
        outstanding++;
        sendIdx++;
    }

    /** PyTorch's {@code _process_data}: count it, send the next index list, then deliver or rethrow. */
    private Object process(WorkerPool.Result r) {
        rcvdIdx++;
        tryPutIndex();
        if (r.error() != null) throw rethrow(r.error(), r.worker());
        return r.data();
    }

    /** The next result from any worker, with PyTorch's timeout and dead-worker errors. */
    private WorkerPool.Result getData() {
        try {
            if (loader.timeout > 0) {
                WorkerPool.Result r = pool.results.poll((long) (loader.timeout * 1e9), TimeUnit.NANOSECONDS);
                if (r == null) throw new IllegalStateException("DataLoader timed out after " + seconds(loader.timeout) + " seconds");
                return r;
            }
            while (true) {
                WorkerPool.Result r = pool.results.poll(CHECK_NANOS, TimeUnit.NANOSECONDS);
                if (r != null) return r;
                List<String> dead = pool.deadWorkers(active);
                if (!dead.isEmpty()) {
                    throw new IllegalStateException("DataLoader worker (" + String.join(", ", dead) + ") exited unexpectedly");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cleanable.clean();
            throw new IllegalStateException("interrupted while waiting for a DataLoader worker", e);
        }
    }

    private static String seconds(double s) {
        return s == Math.rint(s) && Math.abs(s) < 1e15 ? Long.toString((long) s) : Double.toString(s);
    }

    /**
     * PyTorch's {@code ExceptionWrapper.reraise}: the same exception class where it has a
     * (String) constructor, with "Caught X in DataLoader worker process N." and the original
     * (its stack trace is PyTorch's "Original Traceback") as the cause; else a RuntimeException.
     */
    static RuntimeException rethrow(Throwable original, int worker) {
        String message = "Caught " + original.getClass().getSimpleName() + " in DataLoader worker process " + worker
                + ".\nOriginal " + original;
        if (original instanceof RuntimeException) {
            try {
                Constructor<? extends Throwable> c = original.getClass().getConstructor(String.class);
                RuntimeException again = (RuntimeException) c.newInstance(message);
                again.initCause(original);
                return again;
            } catch (ReflectiveOperationException | RuntimeException notRebuildable) {
                // no public (String) constructor, or it sets a cause of its own: wrap instead
            }
        }
        return new RuntimeException(message, original);
    }

    /** Stops this epoch's workers now; persistent workers stay with the loader. */
    @Override
    public void close() {
        finish();
        if (!loader.persistentWorkers) cleanable.clean();
    }

    /** The worker threads (for tests of their lifetime). */
    Thread[] workerThreads() {
        return pool.threads();
    }
}
