package torch4j;

import torch4j.backend.IndexingPrimitives;
import torch4j.backend.Operand;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * gather, scatter(_), scatter_add(_) and index_select, with ATen's shape rules and messages. A
 * 0-dim tensor takes part as if it had shape [1] (ATen's ensure_nonempty_dim/size). Every index
 * is checked before anything is written.
 */
final class ScatterGather {
    private ScatterGather() {}

    /** {@code out[i][j] = self[index[i][j]][j]} for dim 0 (and likewise for any dim); out has index's shape. */
    static Tensor gather(Tensor self, long dim, Tensor index) {
        if (Recording.needed(self)) return JoiningGrad.gather(self, dim, index);
        int d = Shapes.wrapDim(dim, self.dim());
        if (index.numel() == 0) return self.allocateLike(self.dtype(), index.shape.clone());
        if (index.dtype() != DType.INT64) throw new IllegalArgumentException("gather(): Expected dtype int64 for index");
        if (nonemptyDim(self) != nonemptyDim(index))
            throw new IllegalArgumentException("Index tensor must have the same number of dimensions as input tensor");
        for (int i = 0; i < nonemptyDim(self); i++)
            if (i != d && nonemptySize(index, i) > nonemptySize(self, i))
                throw new IllegalArgumentException("Size does not match at dimension " + i + " expected index " + Shapes.str(index.shape)
                        + " to be smaller than self " + Shapes.str(self.shape) + " apart from dimension " + d);
        Devices.strict(self, index);
        Storage out = self.backend().indexing().gather(nonemptyShape(index), positions(self, d, index));
        return new Tensor(out, index.shape.clone(), Shapes.contiguousStrides(index.shape), 0);
    }

    /**
     * In-place scatter: {@code self[index[i][j]][j] = src[i][j]} (dim 0), or {@code +=} when
     * {@code accumulate}. {@code src} null means {@code value} (a 0-dim tensor of self's dtype).
     */
    static Tensor scatter_(Tensor self, long dim, Tensor index, Tensor src, Tensor value, boolean accumulate) {
        if (Recording.needed(self) || (src != null && Recording.needed(src)))
            return Recording.inPlace(self, s -> IndexingGrad.scatter(s, dim, index, src, value, accumulate));
        int d = Shapes.wrapDim(dim, self.dim());
        if (index.numel() != 0 && index.dtype() != DType.INT64)
            throw new IllegalArgumentException("scatter(): Expected dtype int64 for index");
        if (src != null && src.dtype() != self.dtype())
            throw new IllegalArgumentException("scatter(): Expected self.dtype to be equal to src.dtype");
        checkScatterShapes(self, d, index, src);
        MemoryOverlap.assertNoInternalOverlap(self);
        MemoryOverlap.assertNoOverlap(self, index);
        if (src != null) MemoryOverlap.assertNoOverlap(self, src);
        Tensor from = src != null ? src : value;
        // a value from a Java number is a 0-dim CPU tensor: it goes to self's device, as ATen's scalar does
        if (src == null && !from.device().equals(self.device())) from = from.to(self.device());
        Devices.strict(self, index, from);
        if (index.numel() == 0) return self;
        if (MemoryOverlap.mayShareElements(self, from)) from = Conversions.cloneOf(from);
        // every position reads the value's single element, or src's element at the same index
        long[] fromStrides = src != null ? nonemptyStrides(from) : new long[nonemptyDim(index)];
        self.backend().indexing().scatter(nonemptyShape(index), positions(self, d, index),
                new Operand(from.storage, from.offset, fromStrides), accumulate);   // checks every index before the first write
        self.storage.bumpVersion();
        return self;
    }

    /** ATen's scatter_shape_check, messages and their order included. */
    private static void checkScatterShapes(Tensor self, int d, Tensor index, Tensor src) {
        if (index.numel() == 0) return;
        int dims = nonemptyDim(self);
        if (dims != nonemptyDim(index))
            throw new IllegalArgumentException("Index tensor must have the same number of dimensions as self tensor");
        boolean wrongShape = false;
        for (int i = 0; i < dims && !wrongShape; i++)
            wrongShape = i != d && nonemptySize(index, i) > nonemptySize(self, i);
        // ATen compares against src's sizes before checking src's rank, so a too-short src can fail
        // here with "Dimension out of range", as it does in PyTorch.
        if (!wrongShape && src != null)
            for (int i = 0; i < dims && !wrongShape; i++) wrongShape = nonemptySize(index, i) > nonemptySize(src, i);
        if (src != null) {
            if (nonemptyDim(src) != nonemptyDim(index))
                throw new IllegalArgumentException("Index tensor must have the same number of dimensions as src tensor");
            if (wrongShape)
                throw new IllegalArgumentException("Expected index " + Shapes.str(index.shape) + " to be smaller than self "
                        + Shapes.str(self.shape) + " apart from dimension " + d + " and to be smaller size than src "
                        + Shapes.str(src.shape));
        } else if (wrongShape) {
            throw new IllegalArgumentException("Expected index " + Shapes.str(index.shape) + " to be smaller than self "
                    + Shapes.str(self.shape) + " apart from dimension " + d);
        }
    }

    /** The element of self at each index position: the index value replaces the coordinate along {@code d}. */
    private static IndexingPrimitives.Indexed positions(Tensor self, int d, Tensor index) {
        long[] strides = nonemptyStrides(self);
        long dimStride = strides[d];
        strides[d] = 0;
        return new IndexingPrimitives.Indexed(new Operand(self.storage, self.offset, strides),
                new Operand[]{new Operand(index.storage, index.offset, nonemptyStrides(index))},
                new long[]{nonemptySize(self, d)}, new long[]{dimStride}, false,
                (v, j, size) -> new IllegalArgumentException("index " + v + " is out of bounds for dimension " + d + " with size " + size));
    }

    /** {@code self.index_select(dim, index)}: whole slices of {@code dim} in index order (a copy). */
    static Tensor indexSelect(Tensor self, long dim, Tensor index) {
        if (Recording.needed(self)) return IndexingGrad.indexSelect(self, dim, index);
        int d = Shapes.wrapDim(dim, self.dim());
        if (index.dim() > 1) throw new IndexOutOfBoundsException("index_select(): Index is supposed to be a vector");
        if (index.dtype() != DType.INT64 && index.dtype() != DType.INT32)
            throw new IllegalArgumentException("index_select(): Expected dtype int32 or int64 for index");
        Devices.strict(self, index);
        // The result: self's shape with index's length along d (0-dim self keeps its shape whatever
        // the count, as in PyTorch 1.13, but the values are still checked against its one element).
        long[] shape = nonemptyShape(self);
        shape[d] = index.numel();
        long[] selfStrides = nonemptyStrides(self), indexStrides = new long[shape.length];
        long dimStride = selfStrides[d];
        selfStrides[d] = 0;
        indexStrides[d] = index.dim() == 0 ? 0 : index.strides[0];
        IndexingPrimitives.Indexed positions = new IndexingPrimitives.Indexed(new Operand(self.storage, self.offset, selfStrides),
                new Operand[]{new Operand(index.storage, index.offset, indexStrides)}, new long[]{nonemptySize(self, d)},
                new long[]{dimStride}, false, (v, j, size) -> new IndexOutOfBoundsException("index out of range in self"));
        Storage out = self.backend().indexing().gather(shape, positions);
        if (self.dim() == 0) return Conversions.cloneOf(self);
        return new Tensor(out, shape, Shapes.contiguousStrides(shape), 0);
    }

    private static int nonemptyDim(Tensor t) { return Math.max(t.dim(), 1); }

    private static long nonemptySize(Tensor t, int d) { return t.dim() == 0 ? 1 : t.size(d); }

    private static long[] nonemptyShape(Tensor t) { return t.dim() == 0 ? new long[]{1} : t.shape.clone(); }

    private static long[] nonemptyStrides(Tensor t) { return t.dim() == 0 ? new long[]{1} : t.strides.clone(); }
}
