package torch4j.utils.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import torch4j.Generator;
import torch4j.backend.Backends;

/**
 * The worker side of a multi-worker epoch: PyTorch's worker processes and their queues
 * ({@code _worker_loop}), as threads. Each worker has an index queue of tasks and all share one
 * result queue; a worker runs its kernels on its own thread (PyTorch's {@code torch.set_num_threads(1)}),
 * seeds its own global generator with {@code base_seed + id} (PyTorch's
 * {@code torch.manual_seed(seed)} in a new process), publishes its {@link WorkerInfo}, runs the
 * init function, opens its fetcher, then answers tasks until told to stop.
 *
 * <p>Nothing here refers to the iterator that drives the pool, so an abandoned iterator can be
 * collected and its {@link java.lang.ref.Cleaner} action can stop the threads.
 */
final class WorkerPool {
    /** What {@link DataUtils#getWorkerInfo()} returns on a worker thread. */
    static final ScopedValue<WorkerInfo> WORKER_INFO = ScopedValue.newInstance();
    /** PyTorch's {@code _ResumeIteration}: start a new epoch (persistent workers). */
    static final Object RESUME = new Object();
    /** PyTorch's {@code None} on an index queue: exit. */
    static final Object STOP = new Object();
    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final long JOIN_NANOS = TimeUnit.SECONDS.toNanos(5); // PyTorch's MP_STATUS_CHECK_INTERVAL

    record Task(int idx, int[] indices) {}

    /** A worker's answer: a batch ({@link Fetcher#END} at the end of its stream), an error, or a resume acknowledgement. */
    record Result(int idx, int worker, Object data, Throwable error, boolean resumed) {}

    final LinkedBlockingQueue<Result> results = new LinkedBlockingQueue<>();
    private final List<LinkedBlockingQueue<Object>> indexQueues = new ArrayList<>();
    private final Thread[] threads;
    private final Dataset<?> dataset;
    private final Function<List<Object>, Object> collate;
    private final TensorRows rows;
    private final boolean dropLast;
    private final IntConsumer initFn;
    private volatile boolean done; // PyTorch's _workers_done_event
    private boolean shutdown;

    WorkerPool(Dataset<?> dataset, Function<List<Object>, Object> collate, TensorRows rows, boolean dropLast,
               IntConsumer initFn, int numWorkers, long baseSeed) {
        this.dataset = dataset;
        this.collate = collate;
        this.rows = rows;
        this.dropLast = dropLast;
        this.initFn = initFn;
        threads = new Thread[numWorkers];
        int pool = POOLS.incrementAndGet();
        for (int i = 0; i < numWorkers; i++) {
            indexQueues.add(new LinkedBlockingQueue<>());
            int id = i;
            threads[i] = Thread.ofPlatform().daemon().name("torch4j-dataloader-" + pool + "-worker-" + id)
                    .unstarted(() -> run(id, numWorkers, baseSeed + id));
        }
        for (Thread t : threads) t.start();
    }

    /** Sends a task, {@link #RESUME} or {@link #STOP} to one worker. */
    void send(int worker, Object message) {
        indexQueues.get(worker).add(message);
    }

    /** PyTorch's worker start: one intra-op thread, the global generator seeded with base_seed + id, the worker info. */
    private void run(int id, int numWorkers, long seed) {
        Generator generator = new Generator().manualSeed(seed);
        WorkerInfo info = new WorkerInfo(id, numWorkers, seed, dataset);
        Backends.cpu().runSingleThreaded(() -> Generator.runAsDefault(generator, () -> ScopedValue.where(WORKER_INFO, info).run(() -> loop(id))));
    }

    private void loop(int id) {
        Throwable initError = null;
        Fetcher fetcher = null;
        try {
            if (initFn != null) initFn.accept(id);
            fetcher = Fetcher.create(dataset, collate, rows, dropLast);
        } catch (Throwable t) {
            initError = t; // reported with the first task, as PyTorch's init_exception
        }
        boolean iterationEnd = false;
        LinkedBlockingQueue<Object> queue = indexQueues.get(id);
        while (true) {
            Object message;
            try {
                message = queue.take();
            } catch (InterruptedException e) {
                if (done) return;
                continue;
            }
            if (message == STOP) return;
            if (message == RESUME) {
                iterationEnd = false;
                results.add(new Result(-1, id, null, null, true));
                if (initError == null) {
                    try {
                        fetcher = Fetcher.create(dataset, collate, rows, dropLast);
                    } catch (Throwable t) {
                        initError = t;
                    }
                }
                continue;
            }
            if (done || iterationEnd) continue;
            Task task = (Task) message;
            Result result;
            if (initError != null) {
                result = new Result(task.idx(), id, null, initError, false);
            } else {
                try {
                    Object data = fetcher.fetch(task.indices());
                    if (data == Fetcher.END) iterationEnd = true;
                    result = new Result(task.idx(), id, data, null, false);
                } catch (Throwable t) {
                    result = new Result(task.idx(), id, null, t, false);
                }
            }
            results.add(result);
        }
    }

    /** The names of the active workers that have ended without being told to (an Error escaped the loop). */
    List<String> deadWorkers(boolean[] active) {
        List<String> dead = new ArrayList<>();
        for (int w = 0; w < threads.length; w++) if (active[w] && !threads[w].isAlive()) dead.add(threads[w].getName());
        return dead;
    }

    /**
     * PyTorch's {@code _shutdown_workers}: sets the done flag, tells every worker to exit and
     * waits up to 5 s for them; a worker still busy after that (stuck in dataset code) is
     * interrupted and left to finish as a daemon thread. Idempotent.
     */
    synchronized void shutdown() {
        if (shutdown) return;
        shutdown = true;
        done = true;
        for (int w = 0; w < threads.length; w++) send(w, STOP);
        long deadline = System.nanoTime() + JOIN_NANOS;
        for (Thread t : threads) {
            try {
                long left = deadline - System.nanoTime();
                if (left > 0 && t != Thread.currentThread()) t.join(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Thread t : threads) if (t.isAlive()) t.interrupt();
    }

    Thread[] threads() {
        return threads.clone();
    }
}
