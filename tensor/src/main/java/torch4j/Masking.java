package torch4j;

import java.util.Arrays;
import torch4j.backend.Backends;
import torch4j.backend.Operand;
import torch4j.storage.Shapes;

/** Ops driven by a bool mask: masked_fill(_), masked_select, nonzero. */
final class Masking {
    private Masking() {}

    /**
     * {@code (n, ndim)} int64 coordinates of the nonzero elements, row-major (NaN counts as nonzero).
     * The count is read from the data first (on meta: PyTorch's "Could not run 'aten::nonzero'").
     */
    static Tensor nonzero(Tensor x) {
        var pw = x.backend().pointwise();
        long count = pw.countNonzero("nonzero", x.shape, Conversions.operand(x));
        Tensor out = x.allocateLike(DType.INT64, new long[]{count, x.dim()});
        pw.nonzero(x.shape, Conversions.operand(out), Conversions.operand(x));
        return out;
    }

    /** {@code self.masked_fill_(mask, value)} for a 0-dim {@code value} of any dtype (cast to self's). */
    static Tensor maskedFill_(Tensor self, Tensor mask, Tensor value) {
        if (Recording.needed(self, value)) return Recording.inPlace(self, s -> IndexingGrad.maskedFill(s, mask, value));
        if (value.dim() != 0)
            throw new IllegalArgumentException("masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                    + value.dim() + " dimension(s).");
        requireBoolMask(mask);
        long[] shape = Shapes.broadcast(self.shape, mask.shape);
        if (!Arrays.equals(shape, self.shape))
            throw new IllegalArgumentException("output with shape " + Shapes.str(self.shape)
                    + " doesn't match the broadcast shape " + Shapes.str(shape));
        // Cast first, as PyTorch's Scalar conversion does: 0.5 fills a bool tensor with true, 2.7 an int one with 2.
        Tensor fill = Conversions.convert(value, self.dtype());
        // Chunks read mask and self before writing them; a mask that is a shifted view of self must be read from a copy.
        Tensor m = mask.storage == self.storage && MemoryOverlap.status(self, mask) != MemoryOverlap.Status.FULL
                ? Conversions.cloneOf(mask) : mask;
        Devices.common(self, m);
        self.backend().pointwise().where(self.shape, Conversions.operand(self), Conversions.operand(m, self.shape),
                Conversions.operand(fill, self.shape), Conversions.operand(self));
        self.storage.bumpVersion();
        return self;
    }

    /** {@code self.masked_fill(mask, value)}: the result has self and mask broadcast together. */
    static Tensor maskedFill(Tensor self, Tensor mask, Tensor value) {
        long[] shape = Shapes.broadcast(mask.shape, self.shape);
        if (Recording.needed(self, value))
            return IndexingGrad.maskedFill(Arrays.equals(shape, self.shape) ? self : Views.expand(self, shape), mask, value);
        Tensor out = Conversions.cloneOf(Views.expand(self, shape));
        return maskedFill_(out, mask, value);
    }

    /** Elements of {@code self} (broadcast with mask) where mask is true, as a 1-D copy. */
    static Tensor maskedSelect(Tensor self, Tensor mask) {
        if (Recording.needed(self)) return IndexingGrad.maskedSelect(self, mask);
        if (mask.dtype() != DType.BOOL && mask.dtype() != DType.UINT8)
            throw new IllegalArgumentException("masked_select: expected BoolTensor or ByteTensor for mask");
        long[] shape = Shapes.broadcast(mask.shape, self.shape);
        Device device = Devices.strict(self, mask);
        var pw = Backends.of(device).pointwise();
        Operand m = Conversions.operand(mask, shape);
        long count = pw.countNonzero("masked_select", shape, m);
        Tensor out = Tensor.allocate(self.dtype(), new long[]{count}, device);
        pw.compress(shape, Conversions.operand(out), Conversions.operand(self, shape), m);
        return out;
    }

    static void requireBoolMask(Tensor mask) {
        if (mask.dtype() != DType.BOOL)
            throw new IllegalArgumentException("masked_fill_ only supports boolean masks, but got mask with dtype "
                    + mask.dtype().cppTypeName());
    }

}
