package torch4j.backend.cpu;

import torch4j.DType;
import torch4j.Device;
import torch4j.backend.Backend;
import torch4j.backend.IndexingPrimitives;
import torch4j.backend.LinalgPrimitives;
import torch4j.backend.Operand;
import torch4j.backend.PointwisePrimitives;
import torch4j.backend.RandomPrimitives;
import torch4j.backend.ReductionPrimitives;
import torch4j.backend.SpatialPrimitives;
import torch4j.storage.Storage;

/** The CPU: Java arrays, OpenBLAS (or the pure-Java gemm), kernels split over the cores. */
public final class CpuBackend implements Backend {
    private final PointwisePrimitives pointwise = new CpuPointwise();
    private final ReductionPrimitives reductions = new CpuReductions();
    private final IndexingPrimitives indexing = new CpuIndexing();
    private final LinalgPrimitives linalg = new CpuLinalg();
    private final SpatialPrimitives spatial = new CpuSpatial();
    private final RandomPrimitives random = new CpuRandom();

    /** Made by ServiceLoader. */
    public CpuBackend() {}

    @Override public String type() { return "cpu"; }

    @Override public Storage allocate(DType dtype, long numel, Device device) {
        return Storage.allocate(dtype, numel);
    }

    @Override public void copy(long[] shape, Operand out, Operand x) { Elementwise.copy(shape, out, x); }

    @Override public void runSingleThreaded(Runnable body) { Parallel.runSerially(body); }

    @Override public int numThreads() { return IntraOpThreads.get(); }
    @Override public void setNumThreads(int threads) { IntraOpThreads.set(threads); }

    @Override public PointwisePrimitives pointwise() { return pointwise; }
    @Override public ReductionPrimitives reductions() { return reductions; }
    @Override public IndexingPrimitives indexing() { return indexing; }
    @Override public LinalgPrimitives linalg() { return linalg; }
    @Override public SpatialPrimitives spatial() { return spatial; }
    @Override public RandomPrimitives random() { return random; }
}
