package torch4j.optim;

import java.util.List;
import java.util.Map;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * Adam ({@code torch.optim.Adam}), step for step PyTorch 1.13's single-tensor path:
 * {@code m = beta1 m + (1 - beta1) g}, {@code v = beta2 v + (1 - beta2) g²},
 * {@code p -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)}; with amsgrad the
 * running maximum of v is used; weight decay adds {@code weight_decay * p} to the gradient.
 *
 * <pre>{@code
 * jshell> var opt = new Adam(model.parameters(), Adam.options().lr(1e-3).amsgrad(true))
 * jshell> opt.zeroGrad(); loss.backward(); opt.step();
 * }</pre>
 */
public class Adam extends Optimizer {

    /** Adam's and AdamW's keyword arguments. */
    public static final class Options extends OptimizerOptions<Options> {
        Options(Object... defaults) { super(defaults); }

        /** Coefficients of the running averages of the gradient and its square (default 0.9, 0.999). */
        public Options betas(double beta1, double beta2) { return set("betas", List.of(beta1, beta2)); }

        /** Added to the denominator for numerical stability (default 1e-8). */
        public Options eps(double eps) { return set("eps", eps); }

        /** The AMSGrad variant: normalise by the running maximum of the second moment (default false). */
        public Options amsgrad(boolean amsgrad) { return set("amsgrad", amsgrad); }
    }

    /** PyTorch's defaults: lr 0.001, betas (0.9, 0.999), eps 1e-8, no weight decay. */
    public static Options options() {
        return new Options("lr", 0.001, "betas", List.of(0.9, 0.999), "eps", 1e-8, "weight_decay", 0, "amsgrad", false,
                "maximize", false, "foreach", null, "capturable", false, "differentiable", false, "fused", false);
    }

    /** Adam with PyTorch's defaults. */
    public Adam(Iterable<? extends Tensor> params) { this(params, options()); }

    /** Adam with learning rate {@code lr}. */
    public Adam(Iterable<? extends Tensor> params, double lr) { this(params, options().lr(lr)); }

    public Adam(Iterable<? extends Tensor> params, Options options) { super(params, checked(options)); }

    /** Adam over parameter groups, each overriding some options. */
    public Adam(List<ParamGroup> groups, Options options) { super(groups, checked(options)); }

    static Options checked(Options o) {
        check(o.number("lr") >= 0, "learning rate", o.get("lr"));
        check(o.number("eps") >= 0, "epsilon value", o.get("eps"));
        List<?> betas = (List<?>) o.get("betas");
        for (int i = 0; i < 2; i++) {
            double b = ((Number) betas.get(i)).doubleValue();
            check(b >= 0 && b < 1, "beta parameter at index " + i, betas.get(i));
        }
        check(o.number("weight_decay") >= 0, "weight_decay value", o.get("weight_decay"));
        return o;
    }

    /** Adam adds the decay to the gradient (L2); AdamW decays the parameter itself. */
    boolean decoupledWeightDecay() { return false; }

    @Override protected void update(ParamGroup group) {
        double lr = group.lr(), eps = group.getDouble("eps"), weightDecay = group.getDouble("weight_decay");
        List<?> betas = (List<?>) group.get("betas");
        double beta1 = ((Number) betas.get(0)).doubleValue(), beta2 = ((Number) betas.get(1)).doubleValue();
        boolean amsgrad = group.getBoolean("amsgrad"), maximize = group.getBoolean("maximize");
        for (Tensor p : group.params()) {
            if (p.grad() == null) continue;
            Map<String, Object> state = stateOf(p);
            if (state.isEmpty()) {
                state.put("step", Torch.tensor(0.0));
                state.put("exp_avg", Torch.zerosLike(p));
                state.put("exp_avg_sq", Torch.zerosLike(p));
                if (amsgrad) state.put("max_exp_avg_sq", Torch.zerosLike(p));
            }
            Tensor expAvg = (Tensor) state.get("exp_avg"), expAvgSq = (Tensor) state.get("exp_avg_sq");
            Tensor max = amsgrad ? (Tensor) state.get("max_exp_avg_sq") : null;
            Tensor stepT = (Tensor) state.get("step");
            double step = stepT.add_(1.0).item();
            double biasCorrection1 = 1 - Math.pow(beta1, step), biasCorrection2 = 1 - Math.pow(beta2, step);
            double stepSize = lr / biasCorrection1;
            if (FusedAdam.applies(p, p.grad(), expAvg, expAvgSq, max)) {
                FusedAdam.step(p, p.grad(), expAvg, expAvgSq, max, new torch4j.backend.OptimizerUpdates.Adam((float) beta1, (float) (1 - beta1), (float) beta2,
                        (float) (1 - beta2), (float) weightDecay, (float) (1 - lr * weightDecay), decoupledWeightDecay(), maximize,
                        (float) Math.sqrt(biasCorrection2), (float) eps, (float) -stepSize));
                continue;
            }
            Tensor grad = maximize ? p.grad().neg() : p.grad();
            if (decoupledWeightDecay()) p.mul_(1 - lr * weightDecay);
            else if (weightDecay != 0) grad = grad.add(p, weightDecay);
            expAvg.mul_(beta1).add_(grad, 1 - beta1);
            expAvgSq.mul_(beta2).addcmul_(grad, grad, 1 - beta2);
            Tensor second = expAvgSq;
            if (amsgrad) {
                max.copy_(max.maximum(expAvgSq));
                second = max;
            }
            Tensor denom = second.sqrt().div_(Math.sqrt(biasCorrection2)).add_(eps);
            p.addcdiv_(expAvg, denom, -stepSize);
        }
    }
}
