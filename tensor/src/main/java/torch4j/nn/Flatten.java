package torch4j.nn;

import torch4j.Tensor;

/**
 * Flattens dims {@code startDim..endDim} into one ({@code nn.Flatten}; by default all but the
 * batch dim).
 *
 * <pre>{@code
 * jshell> new Flatten().call(ones(2, 3, 4)).shape()
 * $1 ==> torch.Size([2, 12])
 * }</pre>
 */
public class Flatten extends Module {
    public final long startDim, endDim;

    /** {@code nn.Flatten()}: start_dim = 1, end_dim = −1. */
    public Flatten() { this(1, -1); }

    /** {@code nn.Flatten(start_dim, end_dim)}. */
    public Flatten(long startDim, long endDim) {
        this.startDim = startDim;
        this.endDim = endDim;
    }

    @Override public Tensor forward(Tensor input) { return input.flatten(startDim, endDim); }

    @Override public String extraRepr() { return "start_dim=" + startDim + ", end_dim=" + endDim; }
}
