package torch4j.backend.meta;

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
import torch4j.storage.MetaStorage;
import torch4j.storage.Storage;

/**
 * PyTorch's meta device: tensors with shapes, strides and dtypes but no data. The op layer does
 * all the work a meta tensor needs (checks, promotion, output metadata, autograd records); every
 * primitive here does nothing. Copying into meta is free; copying out fails as PyTorch's does.
 */
public final class MetaBackend implements Backend {
    private final PointwisePrimitives pointwise = new MetaPointwise();
    private final ReductionPrimitives reductions = new MetaReductions();
    private final IndexingPrimitives indexing = new MetaIndexing();
    private final LinalgPrimitives linalg = new MetaLinalg();
    private final SpatialPrimitives spatial = new MetaSpatial();
    private final RandomPrimitives random = new MetaRandom();

    /** Made by ServiceLoader. */
    public MetaBackend() {}

    @Override public String type() { return "meta"; }

    @Override public Storage allocate(DType dtype, long numel, Device device) { return MetaStorage.of(dtype, numel); }

    @Override public void copy(long[] shape, Operand out, Operand x) {
        if (!out.storage().device().isMeta()) throw MetaStorage.noData();
    }

    @Override public PointwisePrimitives pointwise() { return pointwise; }
    @Override public ReductionPrimitives reductions() { return reductions; }
    @Override public IndexingPrimitives indexing() { return indexing; }
    @Override public LinalgPrimitives linalg() { return linalg; }
    @Override public SpatialPrimitives spatial() { return spatial; }
    @Override public RandomPrimitives random() { return random; }
}
