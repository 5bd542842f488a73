package torch4j.backend;

/**
 * The scalars of the fused optimizer updates ({@link PointwisePrimitives#adam},
 * {@link PointwisePrimitives#sgd}): the optimizer computes them once per step, as PyTorch's op
 * path passes them to ATen.
 */
public final class OptimizerUpdates {
    private OptimizerUpdates() {}

    /**
     * One Adam/AdamW step, the scalars rounded to float as the op path passes them to ATen:
     * {@code p *= decay} (AdamW, when {@code decoupled}), {@code g = ±grad + weightDecay * p} (Adam's L2),
     * {@code m = beta1 * m + oneMinusBeta1 * g}, {@code v = beta2 * v + oneMinusBeta2 * g * g},
     * {@code p += negStepSize * m / (sqrt(max(v)) / biasCorrection2Sqrt + eps)}.
     */
    public record Adam(float beta1, float oneMinusBeta1, float beta2, float oneMinusBeta2, float weightDecay, float decay,
                       boolean decoupled, boolean maximize, float biasCorrection2Sqrt, float eps, float negStepSize) {}

    /**
     * One SGD step: {@code d = ±grad + weightDecay * p}; with momentum {@code buf = momentum * buf + (1 - dampening) * d}
     * (on the first step {@code buf = d}), {@code d = nesterov ? d + momentum * buf : buf}; {@code p -= lr * d}.
     */
    public record Sgd(double lr, double momentum, double dampening, double weightDecay, boolean nesterov, boolean maximize) {}
}
