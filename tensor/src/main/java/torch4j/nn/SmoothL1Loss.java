package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * ½d²/β where |d| < β, else |d| − ½β ({@code nn.SmoothL1Loss}, β = 1 by default).
 *
 * <pre>{@code
 * jshell> new SmoothL1Loss().call(tensor(0.5, 3.0), tensor(0.0, 0.0))
 * $1 ==> tensor(1.3125)
 * }</pre>
 */
public class SmoothL1Loss extends Module {
    public final String reduction;
    public final double beta;

    /** {@code nn.SmoothL1Loss()}. */
    public SmoothL1Loss() { this("mean", 1.0); }

    /** {@code nn.SmoothL1Loss(reduction=...)}. */
    public SmoothL1Loss(String reduction) { this(reduction, 1.0); }

    /** {@code nn.SmoothL1Loss(reduction=..., beta=...)}. */
    public SmoothL1Loss(String reduction, double beta) {
        this.reduction = reduction;
        this.beta = beta;
    }

    @Override public Tensor forward(Tensor input, Tensor target) { return F.smoothL1Loss(input, target, reduction, beta); }
}
