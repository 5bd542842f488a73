package torch4j;

import java.util.Arrays;
import java.util.List;
import torch4j.storage.Shapes;

/**
 * scatter_reduce and index_reduce (sum, prod, mean, amax, amin; with or without self's values),
 * composed from scatter, scatter_add, gather and sort, so no kernel is added. index_reduce is
 * scatter_reduce with the index spread over the source's slices. The orders match ATen's CPU
 * loops, so the results are its bits: amax/amin scatter the values sorted so that the extreme
 * one is written last (the scatter primitive's later-write-wins rule), and prod multiplies the
 * values that meet at one position in the order of their place along dim.
 */
final class ScatterReduce {
    private ScatterReduce() {}

    static final List<String> REDUCTIONS = List.of("sum", "prod", "mean", "amax", "amin");

    static Tensor scatterReduce(Tensor self, long dim, Tensor index, Tensor src, String reduce, boolean includeSelf) {
        if (!REDUCTIONS.contains(reduce)) throw new IllegalArgumentException("reduce argument must be either sum, prod, mean, amax or amin.");
        if (index.dtype() != DType.INT64) throw new IllegalArgumentException("scatter(): Expected dtype int64 for index");
        if (self.dtype() != src.dtype()) throw new IllegalArgumentException("scatter(): Expected self.dtype to be equal to src.dtype");
        int d = Shapes.wrapDim(dim, self.dim());
        // scatter_'s checks (shapes, index range) on a throwaway copy, before any reduction work
        if (index.numel() > 0)
            try (var _ = torch4j.autograd.GradMode.noGrad()) { ScatterGather.scatter_(Conversions.cloneOf(self), d, index, src, null, false); }
        Tensor s = narrowTo(src, index.shape);
        return recorded("ScatterReduceBackward0", self, src, s, d, index, reduce, includeSelf);
    }

    static Tensor scatterReduce_(Tensor self, long dim, Tensor index, Tensor src, String reduce, boolean includeSelf) {
        return Recording.needed(self, src) ? Recording.inPlace(self, t -> scatterReduce(t, dim, index, src, reduce, includeSelf))
                : into(self, scatterReduce(self, dim, index, src, reduce, includeSelf));
    }

    static Tensor indexReduce(Tensor self, long dim, Tensor index, Tensor source, String reduce, boolean includeSelf) {
        if (!List.of("prod", "mean", "amax", "amin").contains(reduce))
            throw new IllegalArgumentException("index_reduce(): Expected reduce to be one of prod, mean, amax or amin but got " + reduce + ".");
        int d = Shapes.wrapDim(dim, self.dim());
        long[] shape = IndexInto.checkIndexSlices("index_reduce_", self, d, index, source);
        try (var _ = torch4j.autograd.GradMode.noGrad()) { IndexInto.checkIndexRange(self, d, index, source, shape); }
        // each slice i of source goes to slice index[i] of self: the index spread over source's (broadcast) slices
        long[] view = new long[shape.length];
        Arrays.fill(view, 1);
        view[d] = -1;
        Tensor spread = Views.expand(Views.view(Views.reshape(index.to(DType.INT64), new long[]{-1}), view), shape);
        Tensor src = Views.expand(self.dim() == 0 ? Views.reshape(source, new long[]{-1}) : source, shape);
        Tensor out = recorded("IndexReduceBackward0", self.dim() == 0 ? Views.reshape(self, new long[]{1}) : self, source, src, d, spread, reduce, includeSelf);
        return self.dim() == 0 ? Views.reshape(out, new long[0]) : out;
    }

    static Tensor indexReduce_(Tensor self, long dim, Tensor index, Tensor source, String reduce, boolean includeSelf) {
        return Recording.needed(self, source) ? Recording.inPlace(self, t -> indexReduce(t, dim, index, source, reduce, includeSelf))
                : into(self, indexReduce(self, dim, index, source, reduce, includeSelf));
    }

    private static Tensor into(Tensor self, Tensor result) {
        Conversions.copyInto(self, result);
        return self;
    }

    /** {@code src} (the node's input) read as {@code s} (narrowed or broadcast to the index's shape). */
    private static Tensor recorded(String node, Tensor self, Tensor src, Tensor s, int d, Tensor index, String reduce, boolean includeSelf) {
        if (!Recording.needed(self, src)) return forward(self, d, index, s, reduce, includeSelf);
        long[] srcShape = src.shape.clone();
        return Recording.record(node, (n, g) -> {
            Tensor[] grads = backward(g, n.saved(0), d, index, n.saved(1), n.saved(2), reduce, includeSelf);
            Tensor gs = grads[1];
            if (gs != null && !Arrays.equals(gs.shape, srcShape))
                gs = Shapes.numel(srcShape) == gs.numel() ? gs.reshape(srcShape) : padTo(Recording.sumTo(gs, srcShape), srcShape);
            return new Tensor[]{n.needs(0) ? grads[0] : null, n.needs(1) ? gs : null};
        }, () -> forward(self, d, index, s, reduce, includeSelf), new Tensor[]{self, src}, self, s, Recording.OUTPUT);
    }

    /** A gradient for the part of src the index covers, placed in zeros of src's full shape. */
    private static Tensor padTo(Tensor g, long[] shape) {
        if (Arrays.equals(g.shape, shape)) return g;
        Tensor z = g.allocateLike(g.dtype(), shape.clone());
        Tensor part = z;
        for (int i = 0; i < g.dim(); i++) part = part.narrow(i, 0, g.shape[i]);
        Conversions.copyInto(part, g);
        return z;
    }

    private static Tensor narrowTo(Tensor src, long[] shape) {
        Tensor s = src;
        for (int i = 0; i < shape.length && s.dim() == shape.length; i++) if (s.shape[i] != shape[i]) s = Views.narrow(s, i, 0, shape[i]);
        return s;
    }

    private static Tensor forward(Tensor self, int d, Tensor index, Tensor s, String reduce, boolean includeSelf) {
        // a recorded copy when the backward runs this with a graph (prod's formula does), for second derivatives
        Tensor out = Recording.needed(self)
                ? Recording.record("CloneBackward0", (n, g) -> new Tensor[]{g}, () -> Conversions.cloneOf(self), new Tensor[]{self})
                : Conversions.cloneOf(self);
        if (index.numel() == 0) return out;
        Tensor src = Views.contiguous(s);
        switch (reduce) {
            case "sum", "mean" -> {
                if (!includeSelf) out.scatter_(d, index, 0.0);
                out.scatterAdd_(d, index, src);
                if (reduce.equals("mean")) {
                    Tensor count = Torch.zerosLike(out).add(includeSelf ? 1L : 0L).to(out.dtype());
                    count.scatterAdd_(d, index, Torch.zerosLike(src).add(1L).to(src.dtype()));
                    count = count.maskedFill(count.eq(0L), 1L);
                    out = (out.isFloatingPoint() ? out.div(count) : out.div(count, "floor")).to(out.dtype());
                }
            }
            case "amax", "amin" -> {
                boolean max = reduce.equals("amax");
                // ascending for amax (NaN sorts last and wins), descending for amin (NaN is put back below)
                ValuesIndices sorted = Sorting.sort(src, d, !max, true);
                out.scatter_(d, index.gather(d, sorted.indices()), sorted.values());
                if (!max && src.isFloatingPoint()) {
                    Tensor nan = Torch.zerosLike(out).scatterAdd_(d, index, src.ne(src).to(out.dtype())).gt(0L);
                    out = out.maskedFill(nan, Double.NaN);
                }
                if (includeSelf) out = max ? out.maximum(self) : out.minimum(self);
            }
            default -> {   // prod: the values meeting at a position multiply in order along dim, one rank at a time
                if (!includeSelf) out.scatter_(d, index, 1.0);
                Tensor rank = ranks(index, d);
                for (long r = 0; r < index.shape[d]; r++) {
                    Tensor at = rank.eq(r);
                    Tensor layer = Torch.zerosLike(out).scatterAdd_(d, index, Pointwise.where(at, src, Torch.zerosLike(src)));
                    Tensor has = Torch.zerosLike(out, DType.INT64).scatterAdd_(d, index, at.toLong()).gt(0L);
                    out = out.mul(Pointwise.where(has, layer, Torch.zerosLike(layer).add(1L).to(layer.dtype()))).to(out.dtype());
                }
            }
        }
        return out;
    }

    /** For each index element, how many earlier elements along dim (same other coordinates) hold the same value. */
    private static Tensor ranks(Tensor index, int d) {
        long n = index.shape[d];
        Tensor a = index.unsqueeze(d + 1), b = index.unsqueeze(d);          // a[.., i, j, ..] = idx[i], b[.., i, j, ..] = idx[j]
        long[] lower = new long[]{n, n};
        Tensor earlier = Torch.ones(lower).tril(-1).bool().to(index.device());
        long[] view = new long[index.dim() + 1];
        Arrays.fill(view, 1);
        view[d] = n;
        view[d + 1] = n;
        return a.eq(b).logicalAnd(earlier.view(view)).toLong().sum(d + 1);
    }

    /** ATen 1.13's scatter_reduce_backward (and index_reduce_backward, its twin over spread indices). */
    private static Tensor[] backward(Tensor g, Tensor self, int d, Tensor index, Tensor src, Tensor result, String reduce, boolean includeSelf) {
        Tensor gSelf, gSrc;
        switch (reduce) {
            case "sum" -> {
                gSelf = g;
                gSrc = g.gather(d, index);
            }
            case "mean" -> {
                Tensor n = includeSelf ? Torch.zerosLike(self).add(1L) : Torch.zerosLike(self);
                n = n.scatterAdd(d, index, Torch.zerosLike(src).add(1L));
                n = n.maskedFill(n.eq(0L), 1L);
                gSelf = g.div(n);
                gSrc = gSelf.gather(d, index);
            }
            case "prod" -> {
                Tensor maskedSelf = self.maskedFill(self.eq(0L), 1L);
                Tensor maskedSelfResult = forward(maskedSelf, d, index, src, reduce, includeSelf);
                gSelf = g.mul(maskedSelfResult).div(maskedSelf);
                Tensor srcZero = src.eq(0L);
                Tensor zeros = Torch.zerosLike(self).scatterAdd(d, index, srcZero.to(self.dtype())).gather(d, index);
                Tensor single = srcZero.logicalAnd(zeros.eq(1L));
                Tensor maskedSrcResult = forward(self, d, index, src.maskedFill(single, 1L), reduce, includeSelf);
                gSrc = Pointwise.where(single, g.mul(maskedSrcResult).gather(d, index),
                        g.mul(result).gather(d, index).div(src.maskedFill(srcZero, 1L)));
            }
            default -> {   // amax, amin: the gradient is shared equally among the values equal to the result
                Tensor value = result.gather(d, index);
                Tensor selfIs = self.eq(result).to(self.dtype()), srcIs = src.eq(value).to(self.dtype());
                Tensor distributed = g.div(selfIs.scatterAdd(d, index, srcIs));
                gSelf = selfIs.mul(distributed);
                gSrc = srcIs.mul(distributed.gather(d, index));
            }
        }
        if (!includeSelf) gSelf = gSelf.scatter(d, index, 0.0);
        return new Tensor[]{gSelf, gSrc};
    }
}
