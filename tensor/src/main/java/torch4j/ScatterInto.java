package torch4j;

import java.util.List;
import java.util.function.UnaryOperator;
import torch4j.storage.Shapes;

/**
 * select_scatter, slice_scatter, diagonal_scatter and as_strided_scatter: a copy of the input with
 * {@code src} written where the matching view looks (ATen: clone, view, copy_). Their backward
 * passes are the same pair for all four: the input's gradient with the view zeroed, and the view
 * of the gradient for {@code src}. Also the backward of {@code as_strided}.
 */
final class ScatterInto {
    private ScatterInto() {}

    static Tensor scatterInto(String node, Tensor self, Tensor src, UnaryOperator<Tensor> view) {
        if (Recording.needed(self, src)) {
            DType srcType = src.dtype();
            return Recording.record(node, (n, g) -> new Tensor[]{
                    n.needs(0) ? scatterInto(node, g, Torch.zerosLike(view.apply(g)), view) : null,
                    n.needs(1) ? Views.contiguous(view.apply(g)).to(srcType) : null},
                    () -> scatterInto(node, self, src, view), new Tensor[]{self, src});
        }
        Tensor out = Conversions.convertPreservingLayout(self, self.dtype());   // ATen's clone(): a transposed input stays transposed
        Tensor slice = view.apply(out);
        if (!Views.sameShape(slice, src))
            throw new IllegalArgumentException("expected src to have a size equal to the slice of self. src size = " + Shapes.str(src.shape)
                    + ", slice size = " + Shapes.str(slice.shape));
        Conversions.copyInto(slice, src);
        return out;
    }

    static Tensor selectScatter(Tensor self, Tensor src, long dim, long index) {
        return scatterInto("SelectScatterBackward0", self, src, t -> Views.select(t, dim, index));
    }

    static Tensor sliceScatter(Tensor self, Tensor src, long dim, long start, long end, long step) {
        return scatterInto("SliceScatterBackward0", self, src, t -> Views.slice(t, dim, start, end, step));
    }

    static Tensor diagonalScatter(Tensor self, Tensor src, long offset, long dim1, long dim2) {
        return scatterInto("DiagonalScatterBackward0", self, src, t -> ShapeViews.diagonal(t, offset, dim1, dim2));
    }

    /** as_strided_scatter: the geometry is over the contiguous copy's storage (offset 0 unless given). */
    static Tensor asStridedScatter(Tensor self, Tensor src, long[] size, long[] stride, Long storageOffset) {
        long off = storageOffset == null ? 0 : storageOffset;
        return scatterInto("AsStridedScatterBackward0", self, src, t -> ShapeViews.asStrided(t, size, stride, off));
    }

    /**
     * The gradient of {@code as_strided}: each element of the output adds its gradient to the
     * storage position it viewed; the input's elements read their positions back (divided by how
     * many of the input's own elements share a position, as ATen does for an overlapping input).
     */
    static Tensor asStridedBackward(Tensor g, long[] inShape, long[] inStrides, long inOffset, long[] size, long[] stride, long offset) {
        long[] outPos = positions(size, stride, offset), inPos = positions(inShape, inStrides, inOffset);
        long extent = 1;
        for (long p : outPos) extent = Math.max(extent, p + 1);
        for (long p : inPos) extent = Math.max(extent, p + 1);
        Tensor flat = g.allocateLike(g.dtype(), new long[]{extent});
        Tensor outIdx = Torch.from(outPos).to(g.device()), inIdx = Torch.from(inPos).to(g.device());
        AdvancedIndex.put(flat, List.of(outIdx), g.reshape(-1), true);
        Tensor grad = AdvancedIndex.index(flat, List.of(inIdx));
        long[] sorted = inPos.clone();
        java.util.Arrays.sort(sorted);
        boolean overlaps = false;
        for (int i = 1; i < sorted.length && !overlaps; i++) overlaps = sorted[i] == sorted[i - 1];
        if (overlaps) {
            Tensor count = g.allocateLike(g.dtype(), new long[]{extent});
            AdvancedIndex.put(count, List.of(inIdx), Torch.onesLike(grad).to(g.dtype()), true);
            grad = grad.div(AdvancedIndex.index(count, List.of(inIdx)));
        }
        return grad.view(inShape);
    }

    /** The storage position of each element of a geometry, in row-major order. */
    private static long[] positions(long[] shape, long[] strides, long offset) {
        long[] out = new long[Math.toIntExact(Shapes.numel(shape))];
        long[] idx = new long[shape.length];
        for (int i = 0; i < out.length; i++) {
            long p = offset;
            for (int d = 0; d < shape.length; d++) p += idx[d] * strides[d];
            out[i] = p;
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) break;
                idx[d] = 0;
            }
        }
        return out;
    }
}
