package torch4j;

import java.util.Arrays;
import torch4j.backend.cpu.Elementwise;
import torch4j.backend.cpu.IndexedCopy;
import torch4j.storage.Shapes;

/** Ops driven by a bool mask: masked_fill(_), masked_select, nonzero. */
final class Masking {
    private Masking() {}

    /** {@code (n, ndim)} int64 coordinates of the nonzero elements, row-major (NaN counts as nonzero). */
    static Tensor nonzero(Tensor x) {
        double[] values = x.toDoubleArray();   // exact for the test: no nonzero int64 rounds to 0.0
        int count = 0;
        for (double v : values) if (v != 0) count++;
        int nd = x.dim();
        long[] coords = (long[]) torch4j.storage.Storage.allocate(DType.INT64, new long[]{count, nd}).array();   // count * nd may pass an int
        long[] position = new long[nd];
        int row = 0;
        for (double v : values) {
            if (v != 0) {
                System.arraycopy(position, 0, coords, row * nd, nd);
                row++;
            }
            for (int d = nd - 1; d >= 0; d--) {   // next row-major position
                if (++position[d] < x.shape[d]) break;
                position[d] = 0;
            }
        }
        return Torch.from(coords).view(count, nd);
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
        Elementwise.select(self.shape, Conversions.operand(self), Conversions.operand(m, self.shape),
                Conversions.operand(fill, self.shape), Conversions.operand(self), self.isFloatingPoint());
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
        boolean[] selected = Views.expand(mask, shape).toBooleanArray();
        int[] all = Offsets.ofElements(self.offset, shape, Shapes.expandStrides(self.shape, self.strides, shape));
        int count = 0;
        for (boolean b : selected) if (b) count++;
        int[] rows = new int[count];
        for (int i = 0, r = 0; i < selected.length; i++) if (selected[i]) rows[r++] = all[i];
        Tensor out = Tensor.allocate(self.dtype(), new long[]{count});
        IndexedCopy.gather(self.storage, rows, 1, 1, out.storage, 0);
        return out;
    }

    static void requireBoolMask(Tensor mask) {
        if (mask.dtype() != DType.BOOL)
            throw new IllegalArgumentException("masked_fill_ only supports boolean masks, but got mask with dtype "
                    + mask.dtype().cppTypeName());
    }

}
