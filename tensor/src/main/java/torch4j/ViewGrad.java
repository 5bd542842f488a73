package torch4j;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import torch4j.storage.Shapes;

/** Backward of the view ops: each is a view of the gradient the other way, or the gradient placed in zeros. */
final class ViewGrad {
    private ViewGrad() {}

    /** Records a view op whose input gradient is {@code backward(grad)}; the result is marked as a view. */
    static Tensor view(String name, UnaryOperator<Tensor> backward, Supplier<Tensor> forward, Tensor x) {
        return Recording.markView(Recording.record(name, (n, g) -> new Tensor[]{backward.apply(g)}, forward, new Tensor[]{x}), x);
    }

    /** reshape: a view (ReshapeAliasBackward0) when the layout allows, else clone + UnsafeViewBackward0, as PyTorch 1.13. */
    static Tensor reshape(Tensor x, long[] requested) {
        long[] in = x.shape.clone();
        long[] shape = Shapes.inferShape(requested, x.numel());
        if (Shapes.viewStrides(x.shape, x.strides, shape) != null)
            return view("ReshapeAliasBackward0", g -> g.reshape(in), () -> Views.reshape(x, requested), x);
        Tensor c = Views.contiguous(x);
        return unsafeView(c, shape);
    }

    /** ATen's _unsafe_view: a view of a fresh tensor, not marked as a view. */
    static Tensor unsafeView(Tensor c, long[] shape) {
        long[] in = c.shape.clone();
        if (!Recording.needed(c)) return c.view(shape, Shapes.contiguousStrides(shape), c.offset);
        return Recording.record("UnsafeViewBackward0", (n, g) -> new Tensor[]{g.reshape(in)},
                () -> c.view(shape, Shapes.contiguousStrides(shape), c.offset), new Tensor[]{c});
    }

    /** {@code dims}' inverse permutation. */
    static long[] inverse(long[] dims, int n) {
        long[] inv = new long[n];
        for (int i = 0; i < n; i++) inv[Shapes.wrapDim(dims[i], n)] = i;
        return inv;
    }

    /**
     * The gradient of a select/slice: zeros of the input's shape with {@code g} written where the
     * view looks. Itself recorded (as {@code SelectBackwardBackward0} ...) so double backward works.
     */
    static Tensor embed(String name, Tensor g, long[] shape, UnaryOperator<Tensor> view) {
        Supplier<Tensor> forward = () -> {
            Tensor z = g.allocateLike(g.dtype(), shape.clone());
            Conversions.copyInto(view.apply(z), g);
            return z;
        };
        if (!Recording.needed(g)) return forward.get();
        return Recording.record(name + "Backward0", (n, gg) -> new Tensor[]{view.apply(gg)}, forward, new Tensor[]{g});
    }
}
