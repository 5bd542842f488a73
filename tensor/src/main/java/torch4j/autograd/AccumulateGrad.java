package torch4j.autograd;

import torch4j.Tensor;

/**
 * The node at a leaf that requires grad: adds the arriving gradient into the leaf's {@code .grad}
 * (in place when one is there and no graph of the gradient is being built, as PyTorch).
 */
public final class AccumulateGrad extends Node {
    private final Tensor variable;

    /** The accumulator of {@code variable} (internal: a leaf creates its own, once). */
    public AccumulateGrad(Tensor variable) {
        super(Long.MAX_VALUE);
        this.variable = variable;
        setOutputMetadata(variable.shape().toLongArray(), variable.dtype());
    }

    /** The leaf this node accumulates into. */
    public Tensor variable() { return variable; }

    /** PyTorch's name: {@code torch::autograd::AccumulateGrad} (shown as AccumulateGrad in reprs and graphs). */
    @Override public String name() { return "torch::autograd::AccumulateGrad"; }

    @Override protected Tensor[] apply(Tensor[] grads) {
        Tensor grad = grads[0];
        if (grad == null) return new Tensor[0];
        Tensor old = variable.grad();
        boolean graph = GradMode.isEnabled();
        if (old == null) variable.setGrad(graph ? grad : ownCopy(grad));
        else if (graph) variable.setGrad(old.add(grad));
        else old.add_(grad);
        return new Tensor[0];
    }

    /**
     * The gradient to keep as {@code .grad}: a copy (the arriving tensor may be shared with other
     * nodes), contiguous when the variable is, as PyTorch's clone_obey_contract lays it out, so
     * zero_() and the optimizers' loops see the parameter's layout.
     */
    private Tensor ownCopy(Tensor grad) {
        Tensor g = grad.detach();
        return variable.isContiguous() && !g.isContiguous() ? g.contiguous() : g.clone();
    }
}
