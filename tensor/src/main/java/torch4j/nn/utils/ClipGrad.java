package torch4j.nn.utils;

import java.util.ArrayList;
import java.util.List;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;

/**
 * Gradient clipping, PyTorch's {@code torch.nn.utils.clip_grad_norm_} and {@code clip_grad_value_}:
 * call between {@code loss.backward()} and {@code optimizer.step()}.
 *
 * <pre>{@code
 * jshell> loss.backward();
 * jshell> ClipGrad.clipGradNorm_(model.parameters(), 1.0)
 * $2 ==> tensor(10.7933)
 * jshell> opt.step();
 * }</pre>
 */
public final class ClipGrad {
    private ClipGrad() {}

    /** {@code clip_grad_norm_(parameters, max_norm)}: the 2-norm. */
    public static Tensor clipGradNorm_(Iterable<? extends Tensor> parameters, double maxNorm) {
        return clipGradNorm_(parameters, maxNorm, 2.0, false);
    }

    /** {@code clip_grad_norm_(parameters, max_norm, norm_type)}; {@code Double.POSITIVE_INFINITY} for the max norm. */
    public static Tensor clipGradNorm_(Iterable<? extends Tensor> parameters, double maxNorm, double normType) {
        return clipGradNorm_(parameters, maxNorm, normType, false);
    }

    /**
     * Scales all gradients together so that their joint {@code normType}-norm (the norm of the
     * per-gradient norms) is at most {@code maxNorm}; returns that total norm before clipping.
     * As in PyTorch the scale is {@code min(max_norm / (total + 1e-6), 1)} and is applied even
     * when it is 1. Parameters without a gradient are skipped; with none, the result is {@code tensor(0.)}.
     *
     * @throws IllegalStateException with {@code errorIfNonfinite}, when the total norm is NaN or infinite (PyTorch's message)
     */
    public static Tensor clipGradNorm_(Iterable<? extends Tensor> parameters, double maxNorm, double normType, boolean errorIfNonfinite) {
        List<Tensor> grads = new ArrayList<>();
        for (Tensor p : parameters) if (p.grad() != null) grads.add(p.grad().detach());
        if (grads.isEmpty()) return Torch.tensor(0.0);
        try (var _ = GradMode.noGrad()) {
            DType dtype = grads.get(0).dtype();
            double[] norms = new double[grads.size()];
            for (int i = 0; i < norms.length; i++) norms[i] = round(norm(grads.get(i).toDouble(), normType), dtype);
            Tensor total = Torch.from(new double[]{round(norm(Torch.from(norms), normType), dtype)}).to(dtype).reshape();
            double t = total.item();
            if (errorIfNonfinite && (Double.isNaN(t) || Double.isInfinite(t)))
                throw new IllegalStateException("The total norm of order " + pyFloat(normType) + " for gradients from `parameters` is"
                        + " non-finite, so it cannot be clipped. To disable this error and scale the gradients by the non-finite norm"
                        + " anyway, set `error_if_nonfinite=False`");
            // max_norm / (total + 1e-6) is reciprocal() * max_norm in PyTorch's tensor arithmetic
            Tensor coef = total.add(1e-6).reciprocal().mul(maxNorm).clampMax(1.0);
            for (Tensor g : grads) g.mul_(coef);
            return total;
        }
    }

    /** {@code clip_grad_value_(parameters, clip_value)}: clamps every gradient element to [-clipValue, clipValue] in place. */
    public static void clipGradValue_(Iterable<? extends Tensor> parameters, double clipValue) {
        try (var _ = GradMode.noGrad()) {
            for (Tensor p : parameters) {
                Tensor g = p.grad();
                if (g != null) g.detach().copy_(g.detach().clamp(-clipValue, clipValue));
            }
        }
    }

    /** torch.norm(x, p) of a float64 tensor: inf is the largest |x|, -inf the smallest, 0 the count of non-zeros. */
    private static double norm(Tensor x, double p) {
        if (x.numel() == 0) return 0;
        if (p == Double.POSITIVE_INFINITY) return x.abs().max().item();
        if (p == Double.NEGATIVE_INFINITY) return x.abs().min().item();
        if (p == 0) return x.ne(0.0).sum().doubleValue();
        if (p == 1) return x.abs().sum().item();
        if (p == 2) return Math.sqrt(x.square().sum().item());
        return Math.pow(x.abs().pow(p).sum().item(), 1 / p);
    }

    private static double round(double v, DType dtype) { return dtype == DType.FLOAT32 ? (float) v : v; }

    private static String pyFloat(double v) {
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        return v == Math.rint(v) && Math.abs(v) < 1e16 ? (long) v + ".0" : Double.toString(v);
    }
}
