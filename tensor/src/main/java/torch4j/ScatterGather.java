package torch4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import torch4j.backend.cpu.IndexedCopy;
import torch4j.storage.Shapes;

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
        Tensor out = Tensor.allocate(self.dtype(), index.shape.clone());
        if (index.numel() == 0) return out;
        if (index.dtype() != DType.INT64) throw new IllegalArgumentException("gather(): Expected dtype int64 for index");
        if (nonemptyDim(self) != nonemptyDim(index))
            throw new IllegalArgumentException("Index tensor must have the same number of dimensions as input tensor");
        for (int i = 0; i < nonemptyDim(self); i++)
            if (i != d && nonemptySize(index, i) > nonemptySize(self, i))
                throw new IllegalArgumentException("Size does not match at dimension " + i + " expected index " + Shapes.str(index.shape)
                        + " to be smaller than self " + Shapes.str(self.shape) + " apart from dimension " + d);
        int[] rows = selfOffsets(self, d, index);
        IndexedCopy.gather(self.storage, rows, 1, 1, out.storage, 0);
        return out;
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
        if (index.numel() == 0) return self;
        int[] dstRows = selfOffsets(self, d, index);   // bounds checked here, before the first write
        Tensor from = src != null ? src : value;
        if (MemoryOverlap.mayShareElements(self, from)) from = Conversions.cloneOf(from);
        long[] idxShape = nonemptyShape(index);
        int[] srcRows;
        if (src != null) {
            srcRows = Offsets.ofElements(from.offset, idxShape, nonemptyStrides(from));
        } else {
            srcRows = new int[dstRows.length];   // every position reads the value's single element
            Arrays.fill(srcRows, (int) from.offset);
        }
        IndexedCopy.scatter(from.storage, srcRows, 1, self.storage, dstRows, 1, 1, accumulate);
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

    /** Offsets in self of every index position, the index value replacing the coordinate along {@code d}. */
    private static int[] selfOffsets(Tensor self, int d, Tensor index) {
        long[] idxShape = nonemptyShape(index);
        long[] strides = nonemptyStrides(self);
        long dimStride = strides[d], size = nonemptySize(self, d);
        strides[d] = 0;
        int[] rows = Offsets.ofElements(self.offset, idxShape, strides);
        long[] values = index.toLongArray();
        for (int p = 0; p < rows.length; p++) {
            long v = values[p];
            if (v < 0 || v >= size)
                throw new IllegalArgumentException("index " + v + " is out of bounds for dimension " + d + " with size " + size);
            rows[p] += (int) (v * dimStride);
        }
        return rows;
    }

    /** {@code self.index_select(dim, index)}: whole slices of {@code dim} in index order (a copy). */
    static Tensor indexSelect(Tensor self, long dim, Tensor index) {
        if (Recording.needed(self)) return IndexingGrad.indexSelect(self, dim, index);
        int d = Shapes.wrapDim(dim, self.dim());
        if (index.dim() > 1) throw new IndexOutOfBoundsException("index_select(): Index is supposed to be a vector");
        if (index.dtype() != DType.INT64 && index.dtype() != DType.INT32)
            throw new IllegalArgumentException("index_select(): Expected dtype int32 or int64 for index");
        long size = nonemptySize(self, d);
        long[] values = index.toLongArray();
        for (long v : values) if (v < 0 || v >= size) throw new IndexOutOfBoundsException("index out of range in self");
        if (self.dim() == 0) return Conversions.cloneOf(self);   // PyTorch 1.13 keeps the 0-dim shape whatever the count
        // Every value is valid now, so the advanced-indexing copy cannot fail: it is x[:, ..., index].
        List<Tensor> indices = new ArrayList<>(Collections.nCopies(d, null));
        indices.add(Torch.from(values));
        return AdvancedIndex.index(self, indices);
    }

    private static int nonemptyDim(Tensor t) { return Math.max(t.dim(), 1); }

    private static long nonemptySize(Tensor t, int d) { return t.dim() == 0 ? 1 : t.size(d); }

    private static long[] nonemptyShape(Tensor t) { return t.dim() == 0 ? new long[]{1} : t.shape.clone(); }

    private static long[] nonemptyStrides(Tensor t) { return t.dim() == 0 ? new long[]{1} : t.strides.clone(); }
}
