package torch4j;

import java.util.function.Function;
import torch4j.autograd.Node;
import torch4j.backend.Backends;

/**
 * In-place ops through a view of a tensor in the graph, as PyTorch's CopySlices: the base gets a
 * {@code CopySlices} node whose backward passes the base's gradient through unchanged except in
 * the view's region, where the in-place op's own backward runs; the view itself becomes an
 * {@code AsStridedBackward0} of the base. (Other views of the base taken before keep their old
 * grad_fn; PyTorch regenerates them.)
 */
final class ViewInPlace {
    private ViewInPlace() {}

    static Tensor apply(Tensor base, Tensor view, Function<Tensor, Tensor> outOfPlace) {
        if (base.requiresGrad && base.gradFn == null)
            throw new IllegalStateException("a view of a leaf Variable that requires grad is being used in an in-place operation.");
        if (!Overlap.isNonOverlappingAndDense(base))
            throw new IllegalStateException("torch4j's autograd needs the base of a view written in place to be dense (it is not here);"
                    + " write to a clone() instead");
        Tensor stand = Conversions.cloneOf(view);
        stand.requiresGrad = view.requiresGrad;
        stand.gradFn = view.gradFn;
        stand.outputNr = view.outputNr;
        Tensor result = outOfPlace.apply(stand);
        if (result.dtype() != view.dtype()) Pointwise.checkCast(result.dtype(), view.dtype());
        Recording.OpNode op = result.gradFn instanceof Recording.OpNode o ? o : null;
        long[] viewShape = view.shape.clone(), viewStrides = view.strides.clone();
        long rel = view.offset - base.offset;
        long[] baseShape = base.shape.clone(), baseStrides = base.strides.clone();
        CopySlices node = op == null ? null : new CopySlices(op, baseShape, baseStrides, viewShape, viewStrides, rel);
        if (node != null) {
            node.connectFrom(base, op);
            node.setOutputMetadata(baseShape, base.dtype());
        }
        Conversions.copyInto(view, result);   // writes the base's storage and bumps the shared version
        if (node == null) return view;
        base.gradFn = node;
        base.outputNr = 0;
        base.requiresGrad = true;
        Recording.OpNode asStrided = new Recording.OpNode("AsStridedBackward0", (Recording.Formula) (n, g) -> {
            Tensor z = like(baseShape, baseStrides, g);
            Conversions.copyChecked(region(z, viewShape, viewStrides, rel), g);   // recorded when g has a graph
            return new Tensor[]{z};
        });
        asStrided.connect(base);
        asStrided.setOutputMetadata(viewShape, view.dtype());
        view.gradFn = asStrided;
        view.outputNr = 0;
        view.requiresGrad = true;
        return view;
    }

    /**
     * A zero tensor laid out as the base (same strides), so the view's geometry applies to it, with
     * the dtype and device of the gradient {@code g}.
     */
    static Tensor like(long[] shape, long[] strides, Tensor g) {
        DType dtype = g.dtype();
        long bytes = torch4j.storage.StorageSize.stridedBytes(shape, strides, dtype.itemSize());
        Device device = g.device();
        return new Tensor(Backends.of(device).allocate(dtype, bytes / dtype.itemSize(), device), shape.clone(), strides.clone(), 0);
    }

    /**
     * The view's region of {@code t} (a tensor laid out as the base), as a view that knows its base;
     * recorded as AsStridedBackward0 when {@code t} has a graph (double backward through CopySlices).
     */
    static Tensor region(Tensor t, long[] shape, long[] strides, long rel) {
        if (!Recording.needed(t)) return Views.viewOf(t, shape.clone(), strides.clone(), t.offset + rel);
        long[] baseShape = t.shape.clone(), baseStrides = t.strides.clone();
        return ViewGrad.view("AsStridedBackward0", g -> {
            Tensor z = like(baseShape, baseStrides, g);
            Conversions.copyChecked(region(z, shape, strides, rel), g);
            return z;
        }, () -> Views.viewOf(t, shape.clone(), strides.clone(), t.offset + rel), t);
    }

    /** The node that replaces the base's grad_fn. */
    static final class CopySlices extends Node {
        private final Recording.OpNode op;
        private final long[] baseShape, baseStrides, viewShape, viewStrides;
        private final long rel;

        CopySlices(Recording.OpNode op, long[] baseShape, long[] baseStrides, long[] viewShape, long[] viewStrides, long rel) {
            this.op = op;
            this.baseShape = baseShape;
            this.baseStrides = baseStrides;
            this.viewShape = viewShape;
            this.viewStrides = viewStrides;
            this.rel = rel;
        }

        @Override public String name() { return "torch::autograd::CopySlices"; }

        @Override protected Tensor[] apply(Tensor[] grads) {
            // copyChecked/fill record their own graph when the gradient has one (create_graph), so this is differentiable
            Tensor res = like(baseShape, baseStrides, grads[0]);
            Conversions.copyChecked(res, grads[0]);
            Tensor region = region(res, viewShape, viewStrides, rel);
            Tensor[] opGrads = op.apply(new Tensor[]{region.clone()});
            Tensor[] out = new Tensor[Math.max(1, numInputs())];
            if (opGrads.length > 0 && opGrads[0] != null) Conversions.copyChecked(region, opGrads[0].expand(viewShape));
            else Conversions.fill(region, res.allocateLike(res.dtype(), new long[0]));
            out[0] = res;
            for (int i = 1; i < out.length && i < opGrads.length; i++) out[i] = opGrads[i];
            return out;
        }

        @Override protected void release() { op.releaseSaved(); }
    }
}
