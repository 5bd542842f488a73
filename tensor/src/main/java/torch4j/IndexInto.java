package torch4j;

import java.util.Arrays;
import torch4j.backend.IndexingPrimitives;
import torch4j.backend.Operand;
import torch4j.storage.Shapes;

/**
 * index_add, index_copy, index_fill, put and masked_scatter, in and out of place, with ATen's
 * checks and messages. All write through the backend's {@link IndexingPrimitives#scatter} (whole
 * slices along a dim for the index_* ops, flat positions for put), so they add no kernel. The
 * out-of-place forms clone and call the in-place one; autograd records the out-of-place form and
 * the in-place one is rebased onto it ({@link Recording#inPlace}).
 */
final class IndexInto {
    private IndexInto() {}

    /** Writes (or adds) {@code value}, read with {@code valueStrides} over {@code shape}, into the slices of {@code self} along d picked by index. */
    private static void scatterSlices(Tensor self, int d, Tensor index, long[] shape, Tensor value, long[] valueStrides, boolean accumulate,
                                      boolean negativeWraps, IndexingPrimitives.OutOfRange outOfRange) {
        long[] selfStrides = self.dim() == 0 ? new long[]{1} : self.strides.clone();
        long dimStride = selfStrides[d];
        selfStrides[d] = 0;
        long[] indexStrides = new long[shape.length];
        indexStrides[d] = index.dim() == 0 ? 0 : index.strides[0];
        MemoryOverlap.assertNoOverlap(self, index);
        if (MemoryOverlap.mayShareElements(self, value)) value = Conversions.cloneOf(value);
        Devices.strict(self, index, value);
        if (Shapes.numel(shape) == 0) return;
        IndexingPrimitives.Indexed positions = new IndexingPrimitives.Indexed(new Operand(self.storage, self.offset, selfStrides),
                new Operand[]{new Operand(index.storage, index.offset, indexStrides)}, new long[]{self.dim() == 0 ? 1 : self.shape[d]},
                new long[]{dimStride}, negativeWraps, outOfRange);
        self.backend().indexing().scatter(shape, positions, new Operand(value.storage, value.offset, valueStrides), accumulate);
        self.storage.bumpVersion();
    }

    private static long[] iterationShape(Tensor self, int d, long count) {
        long[] shape = self.dim() == 0 ? new long[]{1} : self.shape.clone();
        shape[d] = count;
        return shape;
    }

    // ---------------------------------------------------------------- index_add

    static Tensor indexAdd(Tensor self, long dim, Tensor index, Tensor source, double alpha) {
        if (Recording.needed(self, source)) {
            int d = Shapes.wrapDim(dim, self.dim());
            return Recording.record("IndexAddBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? g : null,
                    n.needs(1) ? sliceGrad(g, d, n.saved(0), source.shape, alpha) : null},
                    () -> indexAdd_(Conversions.cloneOf(self), dim, index, source, alpha), new Tensor[]{self, source}, index);
        }
        return indexAdd_(Conversions.cloneOf(self), dim, index, source, alpha);
    }

    /** The gradient of the slices read along d: g.index_select(d, index), shaped as {@code shape}. */
    private static Tensor sliceGrad(Tensor g, int d, Tensor index, long[] shape, double alpha) {
        Tensor s = (g.dim() == 0 ? g : g.indexSelect(d, index));
        if (alpha != 1) s = s.mul(alpha);
        return Shapes.numel(shape) == s.numel() ? s.reshape(shape) : Recording.sumTo(s, shape);
    }

    static Tensor indexAdd_(Tensor self, long dim, Tensor index, Tensor source, double alpha) {
        if (Recording.needed(self, source)) return Recording.inPlace(self, s -> indexAdd(s, dim, index, source, alpha));
        int d = Shapes.wrapDim(dim, self.dim());
        long[] shape = checkIndexSlices("index_add_", self, d, index, source);
        Tensor value = alpha == 1 ? source : source.mul(alpha).to(self.dtype());
        scatterSlices(self, d, index, shape, value, sliceStrides(self, d, value, shape), true, false,
                (v, j, size) -> new IndexOutOfBoundsException("index out of range in self"));
        return self;
    }

    /** ATen's index_add/index_reduce checks (messages prefixed by {@code op}); returns the iteration shape. */
    static long[] checkIndexSlices(String op, Tensor self, int d, Tensor index, Tensor source) {
        if (index.dim() > 1)
            throw new IndexOutOfBoundsException(op + "(): Index is supposed to be a vector, but got dim: " + index.dim()
                    + " with type: " + index.dtype().scalarTypeName() + " and size: " + Shapes.str(index.shape));
        if (index.dtype() != DType.INT64 && index.dtype() != DType.INT32)
            throw new IllegalArgumentException(op + "(): Expected dtype int32/int64 for index but got: " + index.dtype().scalarTypeName());
        if (self.dtype() != source.dtype())
            throw new IllegalArgumentException(op + "(): self (" + self.dtype().scalarTypeName() + ") and source ("
                    + source.dtype().scalarTypeName() + ") must have the same scalar type");
        if (d != 0 && d >= source.dim())
            throw new IndexOutOfBoundsException(op + "(): Indexing dim " + d + " is out of bounds of the source tensor with dim " + source.dim());
        long sourceSize = source.dim() == 0 ? 1 : source.shape[d];
        if (index.numel() != sourceSize)
            throw new IllegalArgumentException(op + "(): Number of indices (" + index.numel() + ") should be equal to source.size(dim): ("
                    + sourceSize + "), for dim: " + d);
        long[] shape = iterationShape(self, d, index.numel());
        sliceStrides(self, d, source, shape);   // the slices must broadcast, as ATen's per-slice op requires
        return shape;
    }

    /** Every index value in range for self's dim d ("index out of range in self"), checked by a scatter into a copy. */
    static void checkIndexRange(Tensor self, int d, Tensor index, Tensor source, long[] shape) {
        scatterSlices(Conversions.cloneOf(self), d, index, shape, source, sliceStrides(self, d, source, shape), true, false,
                (v, j, size) -> new IndexOutOfBoundsException("index out of range in self"));
    }

    /** The source's strides over the iteration shape: its slices broadcast to self's, as ATen's slice add_ does. */
    private static long[] sliceStrides(Tensor self, int d, Tensor source, long[] shape) {
        long[] selfSlice = Views.remove(shape, d);
        long[] srcShape = source.dim() == 0 ? new long[]{1} : source.shape, srcStrides = source.dim() == 0 ? new long[]{0} : source.strides;
        long[] srcSlice = Views.remove(srcShape, Math.min(d, srcShape.length - 1));
        long[] srcSliceStrides = Views.remove(srcStrides, Math.min(d, srcShape.length - 1));
        long[] b = Shapes.broadcast(selfSlice, srcSlice);
        if (!Arrays.equals(b, selfSlice))
            throw new IllegalArgumentException("output with shape " + Shapes.str(selfSlice) + " doesn't match the broadcast shape " + Shapes.str(b));
        long[] expanded = Shapes.expandStrides(srcSlice, srcSliceStrides, selfSlice);
        return Views.insert(expanded, d, srcStrides[Math.min(d, srcStrides.length - 1)]);
    }

    // ---------------------------------------------------------------- index_copy

    static Tensor indexCopy(Tensor self, long dim, Tensor index, Tensor source) {
        if (Recording.needed(self, source)) {
            int d = Shapes.wrapDim(dim, self.dim());
            return Recording.record("IndexCopyBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? g.indexFill(d, n.saved(0), 0.0) : null,
                    n.needs(1) ? sliceGrad(g, d, n.saved(0), source.shape, 1) : null},
                    () -> indexCopy_(Conversions.cloneOf(self), dim, index, source), new Tensor[]{self, source}, index);
        }
        return indexCopy_(Conversions.cloneOf(self), dim, index, source);
    }

    static Tensor indexCopy_(Tensor self, long dim, Tensor index, Tensor source) {
        if (Recording.needed(self, source)) return Recording.inPlace(self, s -> indexCopy(s, dim, index, source));
        int d = Shapes.wrapDim(dim, self.dim());
        if (index.dim() >= 2)
            throw new IndexOutOfBoundsException("index_copy_(): Index should have dimension 1 or 0 (got " + index.dim() + ")");
        long count = index.numel();
        if (source.dim() == 0 && count != 1)
            throw new IndexOutOfBoundsException("index_copy_(): When source is scalar, index should have one element (got " + count + ")");
        if (source.dim() != self.dim() && source.dim() != 0 && self.dim() != 0)
            throw new IndexOutOfBoundsException("index_copy_(): When source and destination are not scalars, their dimensionality must match."
                    + " Source dimensionality (" + source.dim() + "), destination dimensionality (" + self.dim() + ")");
        if (index.dtype() != DType.INT64)
            throw new IllegalArgumentException("index_copy_(): Expected a long tensor for index, but got " + index.dtype().scalarTypeName());
        if (self.dtype() != source.dtype())
            throw new IllegalArgumentException("index_copy_(): self and source expected to have the same dtype, but got (self) "
                    + self.dtype().scalarTypeName() + " and (source) " + source.dtype().scalarTypeName());
        long[] selfSlice = self.dim() == 0 ? new long[0] : Views.remove(self.shape, d);
        long[] srcSlice = source.dim() == 0 ? new long[0] : Views.remove(source.shape, d);
        if (!Arrays.equals(selfSlice, srcSlice))
            throw new IllegalArgumentException("index_copy_(): Source/destination tensor must have same slice shapes. Destination slice shape: "
                    + spaced(selfSlice) + " at dimension " + d + " and source slice shape: " + spaced(srcSlice) + " at dimension 0.");
        if (source.dim() != 0 && count != source.shape[d])
            throw new IndexOutOfBoundsException("index_copy_(): Number of indices (" + count + ") should be equal to source.size(dim) ("
                    + source.shape[d] + ")");
        long[] shape = iterationShape(self, d, count);
        long[] strides = source.dim() == 0 ? new long[shape.length] : source.strides.clone();
        scatterSlices(self, d, index, shape, source, strides, false, false,
                (v, j, size) -> new IndexOutOfBoundsException("index_copy_(): index " + v + " is out of bounds for dimension " + d + " with size " + size));
        return self;
    }

    /** c10's printing of a std::vector of sizes (space-separated). */
    private static String spaced(long[] a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.length; i++) b.append(i == 0 ? "" : " ").append(a[i]);
        return b.toString();
    }

    // ---------------------------------------------------------------- index_fill

    static Tensor indexFill(Tensor self, long dim, Tensor index, Tensor value) {
        boolean scalar = value.wrappedNumber;
        if (Recording.needed(self, value)) {
            int d = Shapes.wrapDim(dim, self.dim());
            return Recording.record(scalar ? "IndexFillBackward0" : "IndexFillBackward1", (n, g) -> new Tensor[]{
                    n.needs(0) ? g.indexFill(d, n.saved(0), 0.0) : null,
                    n.needs(1) ? (g.dim() == 0 ? g : g.indexSelect(d, n.saved(0))).sum() : null},
                    () -> indexFill_(Conversions.convertPreservingLayout(self, self.dtype()), dim, index, value), scalar ? new Tensor[]{self} : new Tensor[]{self, value}, index);
        }
        return indexFill_(Conversions.convertPreservingLayout(self, self.dtype()), dim, index, value);
    }

    static Tensor indexFill_(Tensor self, long dim, Tensor index, Tensor value) {
        if (Recording.needed(self, value)) return Recording.inPlace(self, s -> indexFill(s, dim, index, value));
        int d = Shapes.wrapDim(dim, self.dim());
        if (index.dtype() != DType.INT64) throw new IndexOutOfBoundsException("index_fill_(): Expected dtype int64 for index.");
        if (value.dim() != 0)
            throw new IllegalArgumentException("index_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                    + value.dim() + " dimension(s).");
        if (index.dim() > 1) throw new IllegalArgumentException("Index has to be a vector/scalar");
        Tensor fill = Conversions.convert(value.device().equals(self.device()) ? value : value.to(self.device()), self.dtype());
        long[] shape = iterationShape(self, d, index.numel());
        scatterSlices(self, d, index, shape, fill, new long[shape.length], false, true,
                (v, j, size) -> new IndexOutOfBoundsException("index " + v + " is out of bounds for dimension " + d + " with size " + size));
        return self;
    }

    // ---------------------------------------------------------------- put

    static Tensor put(Tensor self, Tensor index, Tensor source, boolean accumulate) {
        if (Recording.needed(self, source))
            return Recording.record("PutBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? (accumulate ? g : put(g, n.saved(0), Torch.zerosLike(source), false)) : null,
                    n.needs(1) ? g.take(n.saved(0)).reshape(source.shape) : null},
                    () -> put_(Conversions.convertPreservingLayout(self, self.dtype()), index, source, accumulate), new Tensor[]{self, source}, index);
        return put_(Conversions.convertPreservingLayout(self, self.dtype()), index, source, accumulate);
    }

    static Tensor put_(Tensor self, Tensor index, Tensor source, boolean accumulate) {
        if (Recording.needed(self, source)) return Recording.inPlace(self, s -> put(s, index, source, accumulate));
        if (self.dtype() != source.dtype())
            throw new IllegalArgumentException("put_(): self and source expected to have the same dtype, but got self.dtype = "
                    + self.dtype().scalarTypeName() + " and source.dtype = " + source.dtype().scalarTypeName());
        if (index.dtype() != DType.INT64)
            throw new IllegalArgumentException("put_(): Expected a long tensor for index, but got " + index.dtype().scalarTypeName());
        if (source.numel() != index.numel())
            throw new IndexOutOfBoundsException("put_(): Expected source and index to have the same number of elements, but got source.numel() = "
                    + source.numel() + ", index.numel() = " + index.numel());
        Tensor target = self.isContiguous() ? self : Conversions.cloneOf(self);
        long numel = self.numel();
        Tensor idx = Views.reshape(index, new long[]{-1}), src = Views.reshape(source, new long[]{-1});
        Tensor flat = target.view(new long[]{numel}, new long[]{1}, target.offset);
        MemoryOverlap.assertNoOverlap(self, index);
        scatterSlices(flat, 0, idx, new long[]{idx.numel()}, src, new long[]{src.strides[0]}, accumulate, true,
                (v, j, size) -> new IndexOutOfBoundsException("out of range: tried to access index " + v + " on a tensor of " + numel + " elements."));
        if (target != self) Conversions.copyInto(self, target);
        else self.storage.bumpVersion();
        return self;
    }

    // ---------------------------------------------------------------- masked_scatter

    static Tensor maskedScatter(Tensor self, Tensor mask, Tensor source) {
        long[] shape = Shapes.broadcast(self.shape, mask.shape), selfShape = self.shape.clone();
        if (Recording.needed(self, source))
            return Recording.record("MaskedScatterBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(g.maskedFill(n.saved(0), 0.0), selfShape) : null,
                    n.needs(1) ? sourceGrad(g, n.saved(0), source.shape) : null},
                    () -> maskedScatter(self, mask, source), new Tensor[]{self, source}, mask);
        return maskedScatter_(Conversions.cloneOf(Views.expand(self, shape)), mask, source);
    }

    /** masked_scatter's gradient for source: the masked elements in order, zero-padded to source's size. */
    private static Tensor sourceGrad(Tensor g, Tensor mask, long[] shape) {
        Tensor picked = g.maskedSelect(mask);
        long numel = Shapes.numel(shape);
        Tensor padded = g.allocateLike(g.dtype(), new long[]{numel});
        Conversions.copyInto(Views.narrow(padded, 0, 0, picked.numel()), picked);
        return padded.view(shape);
    }

    /**
     * In place: the i-th true position of mask takes source's i-th element. The position of each
     * source element is the mask's running count (a cumsum), so one gather and one where do it
     * with the mask's values never read on the host.
     */
    static Tensor maskedScatter_(Tensor self, Tensor mask, Tensor source) {
        if (Recording.needed(self, source)) return Recording.inPlace(self, s -> maskedScatter(s, mask, source));
        if (self.dtype() != source.dtype())
            throw new IllegalArgumentException("masked_scatter: expected self and source to have same dtypes but got"
                    + self.dtype().scalarTypeName() + " and " + source.dtype().scalarTypeName());
        long[] shape = Shapes.broadcast(self.shape, mask.shape);
        if (!Arrays.equals(shape, self.shape))
            throw new IllegalArgumentException("output with shape " + Shapes.str(self.shape) + " doesn't match the broadcast shape " + Shapes.str(shape));
        Tensor m = Views.expand(mask.to(DType.BOOL), shape);
        if (source.numel() == 0) {
            // nothing to gather from: only a mask without ones is valid
            if (Shapes.numel(shape) != 0 && m.any().booleanValue())
                throw new IllegalArgumentException("Number of elements of source < number of ones in mask");
            return self;
        }
        // the i-th one of the mask reads source[i]: its running count less one (clamped where the mask is still 0)
        Tensor rank = Views.reshape(m, new long[]{-1}).cumsum(0).sub(1L).clampMin(0L);
        Tensor src = Views.contiguous(source);
        Devices.strict(self, src);
        // the last rank is the count less one: the gather's range check is the count check (a backend without data checks none, as ATen's meta)
        IndexingPrimitives.Indexed positions = new IndexingPrimitives.Indexed(new Operand(src.storage, src.offset, new long[]{0}),
                new Operand[]{new Operand(rank.storage, rank.offset, new long[]{1})}, new long[]{src.numel()}, new long[]{1}, false,
                (v, j, size) -> new IllegalArgumentException("Number of elements of source < number of ones in mask"));
        Tensor values = new Tensor(self.backend().indexing().gather(new long[]{rank.numel()}, positions), shape, Shapes.contiguousStrides(shape), 0);
        Conversions.copyInto(self, Pointwise.where(m, values, self));
        return self;
    }
}
