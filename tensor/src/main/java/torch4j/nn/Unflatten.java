package torch4j.nn;

import torch4j.Tensor;

/**
 * Splits {@code dim} into {@code unflattenedSize} ({@code nn.Unflatten}).
 *
 * <pre>{@code
 * jshell> new Unflatten(1, 2, 5).call(ones(3, 10)).shape()
 * $1 ==> torch.Size([3, 2, 5])
 * }</pre>
 */
public class Unflatten extends Module {
    public final long dim;
    private final long[] unflattenedSize;

    /** {@code nn.Unflatten(dim, unflattened_size)}. */
    public Unflatten(long dim, long... unflattenedSize) {
        this.dim = dim;
        this.unflattenedSize = unflattenedSize.clone();
    }

    /** The sizes {@code dim} is split into. */
    public long[] unflattenedSize() { return unflattenedSize.clone(); }

    @Override public Tensor forward(Tensor input) { return input.unflatten(dim, unflattenedSize); }

    @Override public String extraRepr() { return "dim=" + dim + ", unflattened_size=" + PyRepr.tuple(unflattenedSize); }
}
