package torch4j;

import java.util.ArrayList;
import java.util.List;
import torch4j.autograd.GradMode;
import torch4j.storage.Shapes;

/**
 * Backward of the indexing family — scatter, masked fill/select, index_put, index_select, take,
 * and the values of sort/topk/kthvalue: gradients go back to the positions they were read from.
 */
final class IndexingGrad {
    private IndexingGrad() {}

    /** Out-of-place scatter/scatter_add of a copy of {@code self} (the in-place ops rebase onto it). */
    static Tensor scatter(Tensor self, long dim, Tensor index, Tensor src, Tensor value, boolean accumulate) {
        String name = accumulate ? "ScatterAddBackward0" : src != null ? "ScatterBackward0" : "ScatterBackward1";
        Tensor[] inputs = src != null ? new Tensor[]{self, src} : new Tensor[]{self};
        return Recording.record(name, (n, g) -> new Tensor[]{
                n.needs(0) ? (accumulate ? g : g.scatter(dim, n.saved(0), 0.0)) : null,
                n.needs(1) ? g.gather(dim, n.saved(0)) : null},
                () -> ScatterGather.scatter_(Conversions.cloneOf(self), dim, index, src, value, accumulate), inputs, index);
    }

    /** Out-of-place masked_fill: the gradient is zero where the mask filled (and summed into a 0-dim tensor value). */
    static Tensor maskedFill(Tensor self, Tensor mask, Tensor value) {
        // a Java number is the Scalar overload (MaskedFillBackward0, self only); a tensor value is MaskedFillBackward1
        boolean scalar = value.wrappedNumber;
        return Recording.record(scalar ? "MaskedFillBackward0" : "MaskedFillBackward1", (n, g) -> new Tensor[]{
                n.needs(0) ? g.maskedFill(n.saved(0), 0.0) : null,
                n.needs(1) ? Pointwise.where(n.saved(0), g, Torch.zerosLike(g)).sum() : null},
                () -> Masking.maskedFill_(Conversions.cloneOf(self), mask, value), scalar ? new Tensor[]{self} : new Tensor[]{self, value}, mask);
    }

    /** masked_select: the gradient is written back where the mask is true. */
    static Tensor maskedSelect(Tensor self, Tensor mask) {
        long[] shape = Shapes.broadcast(mask.shape, self.shape);
        return Recording.record("MaskedSelectBackward0", (n, g) -> {
            Tensor z = g.allocateLike(g.dtype(), shape.clone());
            AdvancedIndex.put(z, List.of(n.saved(0).expand(shape)), g, false);   // recorded when g has a graph (double backward)
            return new Tensor[]{z};
        }, () -> Masking.maskedSelect(self, mask), new Tensor[]{self}, mask);
    }

    /** Out-of-place index_put: self's gradient is zero where values were put (unless accumulating); values get theirs by indexing. */
    static Tensor indexPut(Tensor self, List<Tensor> indices, Tensor values, boolean accumulate) {
        List<Tensor> idx = new ArrayList<>(indices);
        return Recording.record("IndexPutBackward0", (n, g) -> {
            Tensor gs = null;
            if (n.needs(0)) {
                if (accumulate) gs = g;
                else gs = AdvancedIndex.put(g.clone(), idx, g.allocateLike(g.dtype(), new long[0]), false);
            }
            Tensor gv = n.needs(1) ? AdvancedIndex.index(g, idx) : null;
            return new Tensor[]{gs, gv};
        }, () -> AdvancedIndex.put(Conversions.cloneOf(self), indices, values, accumulate), new Tensor[]{self, values});
    }

    static Tensor indexSelect(Tensor self, long dim, Tensor index) {
        long[] in = self.shape.clone();
        int d = Shapes.wrapDim(dim, self.dim());
        return Recording.record("IndexSelectBackward0", (n, g) -> {
            Tensor z = g.allocateLike(g.dtype(), in.clone());
            List<Tensor> idx = new ArrayList<>();
            for (int i = 0; i < d; i++) idx.add(null);
            idx.add(n.saved(0).toLong());
            AdvancedIndex.put(z, idx, g, true);
            return new Tensor[]{z};
        }, () -> ScatterGather.indexSelect(self, dim, index), new Tensor[]{self}, index);
    }

    static Tensor take(Tensor self, Tensor index) {
        long[] in = self.shape.clone();
        return Recording.record("TakeBackward0", (n, g) -> {
            Tensor z = g.allocateLike(g.dtype(), new long[]{Shapes.numel(in)});
            Tensor i = n.saved(0).reshape(-1);
            i = Pointwise.where(i.lt(0L), i.add(Shapes.numel(in)), i);
            AdvancedIndex.put(z, List.of(i), g.reshape(-1), true);
            return new Tensor[]{z.view(in)};
        }, () -> Indexing.take(self, index), new Tensor[]{self}, index);
    }

    /** The values of sort/topk/kthvalue: the gradient is scattered back to the picked indices. */
    static ValuesIndices picked(String node, Tensor x, long dim, boolean keepdim, java.util.function.Supplier<ValuesIndices> forward) {
        ValuesIndices r;
        try (var _ = GradMode.noGrad()) { r = forward.get(); }
        long[] in = x.shape.clone();
        if (in.length == 0) {
            Tensor v = Recording.attach(r.values(), node, (n, g) -> new Tensor[]{g.reshape(in)}, new Tensor[]{x});
            return new ValuesIndices(r.op(), v, r.indices());
        }
        int d = Shapes.wrapDim(dim, in.length);
        Tensor idx = keepdim ? r.indices() : r.indices().unsqueeze(d);
        Tensor values = Recording.attach(r.values(), node, (n, g) -> {
            Tensor z = g.allocateLike(g.dtype(), in.clone());
            Tensor src = (keepdim ? g : g.unsqueeze(d)).contiguous();
            return new Tensor[]{ScatterGather.scatter_(z, d, n.saved(0), src, null, false)};
        }, new Tensor[]{x}, idx);
        return new ValuesIndices(r.op(), values, r.indices());
    }
}
