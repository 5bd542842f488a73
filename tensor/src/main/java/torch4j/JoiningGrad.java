package torch4j;

import java.util.ArrayList;
import java.util.List;
import torch4j.storage.Shapes;

/** Backward of cat, stack, gather and advanced indexing: each input gets its part of the gradient back. */
final class JoiningGrad {
    private JoiningGrad() {}

    /** cat: input {@code i} gets its narrow() slot of the gradient (CatBackward0). */
    static Tensor cat(List<Tensor> tensors, long dim) {
        Tensor[] inputs = tensors.toArray(Tensor[]::new);
        long[] sizes = new long[inputs.length];
        int d = -1;
        for (Tensor t : inputs) if (!(t.dim() == 1 && t.numel() == 0)) { d = Shapes.wrapDim(dim, t.dim()); break; }
        int dd = d;
        for (int i = 0; i < inputs.length; i++) sizes[i] = dd < 0 || (inputs[i].dim() == 1 && inputs[i].numel() == 0) ? -1 : inputs[i].shape[dd];
        return Recording.record("CatBackward0", (n, g) -> {
            Tensor[] out = new Tensor[sizes.length];
            long at = 0;
            for (int i = 0; i < sizes.length; i++) {
                if (sizes[i] < 0) continue;   // a skipped empty input
                if (n.needs(i)) out[i] = g.narrow(dd, at, sizes[i]);
                at += sizes[i];
            }
            return out;
        }, () -> Joining.cat(tensors, dim), inputs);
    }

    /** stack: input {@code i} gets {@code grad.select(dim, i)} (StackBackward0). */
    static Tensor stack(List<Tensor> tensors, long dim) {
        Tensor[] inputs = tensors.toArray(Tensor[]::new);
        int d = Shapes.wrapDim(dim, inputs[0].dim() + 1);
        return Recording.record("StackBackward0", (n, g) -> {
            Tensor[] out = new Tensor[inputs.length];
            for (int i = 0; i < out.length; i++) if (n.needs(i)) out[i] = g.select(d, i);
            return out;
        }, () -> Joining.stack(tensors, dim), inputs);
    }

    /** gather: the gradient is scattered-added back to where each element came from (GatherBackward0). */
    static Tensor gather(Tensor self, long dim, Tensor index) {
        long[] in = self.shape.clone();
        return Recording.record("GatherBackward0", (n, g) -> {
            Tensor z = g.allocateLike(g.dtype(), in.clone());
            Tensor src = g.isContiguous() ? g : g.contiguous();
            ScatterGather.scatter_(z, dim, n.saved(0), src, null, true);
            return new Tensor[]{z};
        }, () -> ScatterGather.gather(self, dim, index), new Tensor[]{self}, index);
    }

    /** Advanced indexing: index_put_ with accumulation into zeros (IndexBackward0). */
    static Tensor index(Tensor self, List<Tensor> indices) {
        long[] in = self.shape.clone();
        List<Tensor> idx = new ArrayList<>(indices);
        return Recording.record("IndexBackward0", (n, g) -> {
            Tensor z = g.allocateLike(g.dtype(), in.clone());
            AdvancedIndex.put(z, idx, g, true);
            return new Tensor[]{z};
        }, () -> AdvancedIndex.index(self, indices), new Tensor[]{self});
    }

    /**
     * split/chunk/unbind: one node with an output per piece; its backward joins the pieces'
     * gradients (zeros for pieces that got none) with cat, or stack for unbind.
     */
    static List<Tensor> pieces(String name, Tensor x, long dim, boolean stacked, java.util.function.Supplier<List<Tensor>> forward) {
        List<Tensor> raw;
        try (var _ = torch4j.autograd.GradMode.noGrad()) { raw = forward.get(); }
        int d = Shapes.wrapDim(dim, x.dim());
        List<long[]> shapes = raw.stream().map(t -> t.shape.clone()).toList();
        return Recording.attachPieces(raw, name, (n, grads) -> {
            List<Tensor> parts = new ArrayList<>(grads.length);
            Tensor some = null;
            for (Tensor g : grads) if (g != null) some = g;
            for (int k = 0; k < grads.length; k++) parts.add(grads[k] != null ? grads[k] : some.allocateLike(some.dtype(), shapes.get(k)));
            return new Tensor[]{stacked ? Joining.stack(parts, d) : Joining.cat(parts, d)};
        }, x);
    }
}
