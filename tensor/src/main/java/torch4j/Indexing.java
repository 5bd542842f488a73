package torch4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import torch4j.IndexSpec.Ellipsis;
import torch4j.IndexSpec.Int;
import torch4j.IndexSpec.Item;
import torch4j.IndexSpec.NewAxis;
import torch4j.IndexSpec.Slice;
import torch4j.IndexSpec.Subscript;
import torch4j.IndexSpec.TensorItem;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * Python's {@code x[...]} and {@code x[...] = v}, following PyTorch's python_variable_indexing:
 * integers, slices, {@code ...} and {@code None} are applied left to right as views; index
 * tensors are collected per dim and applied afterwards by {@link AdvancedIndex} (a copy for
 * reading, index_put_ for writing). Error texts and their order are PyTorch's.
 */
final class Indexing {
    private Indexing() {}

    /** The view after the basic items, and the index tensor recorded for each of its dims (null: none). */
    private record Sliced(Tensor view, List<Tensor> tensorIndices) {}

    static Tensor get(Tensor self, Subscript subscript) {
        checkBareOnZeroDim(self, subscript);
        Sliced s = applySlicing(self, subscript.items());
        if (s.tensorIndices().isEmpty()) return s.view() == self ? Views.alias(self) : s.view();
        if (Recording.needed(s.view())) return JoiningGrad.index(s.view(), s.tensorIndices());
        return AdvancedIndex.index(s.view(), s.tensorIndices());
    }

    /**
     * Assigns {@code value} (any dtype; converted on the basic path, required to match on the
     * advanced path unless it is a single element, as in PyTorch) to {@code self[items]}.
     */
    static void set(Tensor self, Subscript subscript, Tensor value) {
        checkBareOnZeroDim(self, subscript);
        Sliced s = applySlicing(self, subscript.items());
        if (Recording.needed(self, value)) {
            // as PyTorch: the write goes through a view of the base, which gets a CopySlices node
            Tensor base = self.viewBase != null ? self.viewBase : self;
            List<Tensor> indices = s.tensorIndices();
            ViewInPlace.apply(base, s.view(), indices.isEmpty()
                    ? d -> Recording.record("torch::autograd::CopyBackwards",
                            (n, g) -> new Tensor[]{n.needs(0) ? Torch.zerosLike(g) : null, n.needs(1) ? g : null},
                            () -> { Tensor c = Conversions.cloneOf(d); copyTo(c, value); return c; }, new Tensor[]{d, value})
                    : d -> IndexingGrad.indexPut(d, indices, withoutLeadingOnes(value), false));
            return;
        }
        if (s.tensorIndices().isEmpty()) {
            copyTo(s.view(), value);
            return;
        }
        AdvancedIndex.put(s.view(), s.tensorIndices(), withoutLeadingOnes(value), false);
    }

    /** A Java number as the 0-dim tensor of self's dtype that Python's setitem makes of it. */
    static Tensor scalarLike(Tensor self, double value) { return Conversions.convert(Conversions.scalar(value), self.dtype()); }

    static Tensor scalarLike(Tensor self, long value) { return Conversions.convert(Conversions.scalar(value), self.dtype()); }

    /** PyTorch's shortcuts for a bare {@code x[i]} and {@code x[a:b]} differ from the general path only on 0-dim tensors. */
    private static void checkBareOnZeroDim(Tensor self, Subscript subscript) {
        if (!subscript.bare() || self.dim() != 0) return;
        switch (subscript.items().getFirst()) {
            case Int(long index) when index == 0 -> throw new IndexOutOfBoundsException("invalid index of a 0-dim tensor."
                    + " Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
            // PyTorch then reads the size of a dim that does not exist, which comes out as 0.
            case Int(long index) -> throw new IndexOutOfBoundsException("index " + index
                    + " is out of bounds for dimension 0 with size 0");
            case Slice s -> {
                stepOf(s);   // Python rejects the step before PyTorch looks at the tensor
                throw new IndexOutOfBoundsException("slice() cannot be applied to a 0-dim tensor.");
            }
            default -> { }
        }
    }

    private static Sliced applySlicing(Tensor self, List<Item> items) {
        long specified = 0;
        for (Item item : items) {
            switch (item) {
                case TensorItem(Tensor t) -> specified += isMask(t) ? t.dim() : 1;
                case Int _, Slice _ -> specified++;
                case Ellipsis _, NewAxis _ -> { }
            }
        }
        if (specified > self.dim()) throw new IndexOutOfBoundsException("too many indices for tensor of dimension " + self.dim());
        Tensor result = self;
        List<Tensor> recorded = new ArrayList<>();
        int dim = 0;
        for (int i = 0; i < items.size(); i++) {
            switch (items.get(i)) {
                case Int(long index) -> result = select(result, dim, index, i);
                case Slice sl -> result = slice(result, dim++, sl);
                case Ellipsis _ -> dim += (int) (self.dim() - specified);
                case NewAxis _ -> result = result.unsqueeze(dim++);
                case TensorItem(Tensor t) -> {
                    if (t.dim() == 0 && !t.isFloatingPoint()) {
                        if (isMask(t)) {
                            // A 0-dim mask adds a dim of size 1 and keeps it (true) or empties it (false).
                            result = result.unsqueeze(dim);
                            record(recorded, dim++, t.booleanValue() ? Torch.tensor(0L).reshape(1) : Torch.zeros(new long[]{0}, DType.INT64));
                        } else {
                            result = select(result, dim, t.longValue(), i);   // a 0-dim integer tensor acts as an int
                        }
                    } else {
                        record(recorded, dim++, t);
                    }
                }
            }
        }
        return new Sliced(result, recorded);
    }

    private static boolean isMask(Tensor t) { return t.dtype() == DType.BOOL || t.dtype() == DType.UINT8; }

    /** ATen's recordTensorIndex: the tensor indexes dim {@code dim}; dims in between stay whole. */
    private static void record(List<Tensor> recorded, int dim, Tensor t) {
        while (recorded.size() < dim) recorded.add(null);
        recorded.add(t);
    }

    /** applySelect: PyTorch names the position in the subscript ({@code realDim}), not the tensor dim. */
    private static Tensor select(Tensor x, int dim, long index, int realDim) {
        long size = x.shape[dim];
        if (index < -size || index >= size)
            throw new IndexOutOfBoundsException("index " + index + " is out of bounds for dimension " + realDim + " with size " + size);
        long i = index < 0 ? index + size : index;
        if (Recording.needed(x)) return Views.select(x, dim, i);
        return Views.viewOf(x, Views.remove(x.shape, dim), Views.remove(x.strides, dim), x.offset + i * x.strides[dim]);
    }

    /** The step of a slice, rejected with Python's (zero) or PyTorch's (negative) message. */
    private static long stepOf(Slice s) {
        long step = s.step() == null ? 1 : s.step();
        if (step == 0) throw new IllegalArgumentException("slice step cannot be zero");
        if (step < 0) throw new IllegalArgumentException("step must be greater than zero");
        return step;
    }

    private static Tensor slice(Tensor x, int dim, Slice s) {
        long step = stepOf(s);
        long start = s.start() == null ? 0 : s.start(), stop = s.stop() == null ? Long.MAX_VALUE : s.stop();
        // a full slice is the tensor itself (with a graph, PyTorch still records a SliceBackward0)
        if (start == 0 && stop >= x.shape[dim] && step == 1 && !Recording.needed(x)) return x;
        return Views.slice(x, dim, start, stop, step);
    }

    /**
     * PyTorch's copy_to: same shape copies, a 0-dim value fills, anything else drops leading
     * size-1 dims and broadcasts. All checks (shape, overlap) come before the write.
     */
    private static void copyTo(Tensor dst, Tensor src) {
        if (src.dim() == 0 && !Arrays.equals(dst.shape, src.shape)) {
            // PyTorch's fill_: reads the value once, and (unlike copy_) accepts a broadcast target.
            Conversions.copyInto(dst, src);
            return;
        }
        Tensor from = src;
        if (!Arrays.equals(dst.shape, src.shape)) from = Views.expand(withoutLeadingOnes(src), dst.shape);
        else if (dst.storage == src.storage && dst.offset == src.offset && Arrays.equals(dst.strides, src.strides)
                && dst.dtype() == src.dtype()) {
            dst.storage.bumpVersion();   // copy_ of a tensor onto itself writes nothing but is still an in-place op
            return;
        }
        if (dst.numel() > 1) MemoryOverlap.assertNoInternalOverlap(dst);
        MemoryOverlap.assertNoPartialOverlap(dst, from);
        Conversions.copyInto(dst, from);
    }

    /** PyTorch's slicePrefix1sSize: a value of shape (1, 1, 3) assigns like one of shape (3). */
    static Tensor withoutLeadingOnes(Tensor v) {
        int lead = 0;
        while (lead < v.dim() && v.shape[lead] == 1) lead++;
        if (lead == 0) return v;
        if (Recording.needed(v)) return Views.view(v, Arrays.copyOfRange(v.shape, lead, v.dim()));   // keep the graph
        return v.view(Arrays.copyOfRange(v.shape, lead, v.dim()), Arrays.copyOfRange(v.strides, lead, v.dim()), v.offset);
    }

    /** {@code torch.take}: elements at flat (row-major) positions of {@code self}. */
    static Tensor take(Tensor self, Tensor index) {
        if (Recording.needed(self)) return IndexingGrad.take(self, index);
        if (index.dtype() != DType.INT64)
            throw new IllegalArgumentException("take(): Expected a long tensor for index, but got "
                    + TypePromotion.scalarTypeName(index.dtype()));
        long n = self.numel();
        if (n == 0 && index.numel() != 0) throw new IndexOutOfBoundsException("take(): tried to take from an empty tensor");
        Devices.strict(self, index);
        long[] shape = index.shape.clone();
        Storage out = self.backend().indexing().take(shape, Conversions.operand(index), self.shape, Conversions.operand(self),
                (v, j, size) -> new IndexOutOfBoundsException("out of range: tried to access index " + v + " on a tensor of " + size + " elements."));
        return new Tensor(out, shape, Shapes.contiguousStrides(shape), 0);
    }
}
