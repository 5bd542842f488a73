package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * ‖x₁ − x₂ + eps‖_p along the last dim ({@code nn.PairwiseDistance}, p 2, eps 1e-6).
 *
 * <pre>{@code
 * jshell> new PairwiseDistance().call(tensor(new double[][]{{0, 0}}), tensor(new double[][]{{3, 4}}))
 * $1 ==> tensor([5.0000])
 * }</pre>
 */
public class PairwiseDistance extends Module {
    /** The norm degree. */
    public final double p;
    /** Added to the differences before the norm. */
    public final double eps;
    /** Whether the last dim is kept (size 1). */
    public final boolean keepdim;

    /** {@code nn.PairwiseDistance()}: p 2, eps 1e-6. */
    public PairwiseDistance() { this(2.0, 1e-6, false); }

    /** {@code nn.PairwiseDistance(p, eps, keepdim)}. */
    public PairwiseDistance(double p, double eps, boolean keepdim) {
        this.p = p;
        this.eps = eps;
        this.keepdim = keepdim;
    }

    @Override public Tensor forward(Tensor x1, Tensor x2) { return F.pairwiseDistance(x1, x2, p, eps, keepdim); }
}
