package torch4j.optim;

import java.util.List;
import java.util.Map;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * RMSprop ({@code torch.optim.RMSprop}): {@code v = alpha v + (1 - alpha) g²}; centered subtracts
 * the squared running mean of g; {@code p -= lr * g / (sqrt(v) + eps)}, through a momentum buffer
 * when momentum is set.
 *
 * <pre>{@code
 * jshell> var opt = new RMSprop(model.parameters(), RMSprop.options().lr(0.01).momentum(0.9).centered(true))
 * }</pre>
 */
public class RMSprop extends Optimizer {

    /** RMSprop's keyword arguments. */
    public static final class Options extends OptimizerOptions<Options> {
        Options() {
            super("lr", 0.01, "momentum", 0, "alpha", 0.99, "eps", 1e-8, "centered", false, "weight_decay", 0, "foreach", null,
                    "maximize", false, "differentiable", false);
        }

        /** Momentum factor (default 0). */
        public Options momentum(double momentum) { return set("momentum", momentum); }

        /** Smoothing constant of the squared-gradient average (default 0.99). */
        public Options alpha(double alpha) { return set("alpha", alpha); }

        /** Added to the denominator (default 1e-8). */
        public Options eps(double eps) { return set("eps", eps); }

        /** Normalise by the estimated variance of the gradient (default false). */
        public Options centered(boolean centered) { return set("centered", centered); }
    }

    /** PyTorch's defaults: lr 0.01, alpha 0.99. */
    public static Options options() { return new Options(); }

    public RMSprop(Iterable<? extends Tensor> params) { this(params, options()); }

    public RMSprop(Iterable<? extends Tensor> params, double lr) { this(params, options().lr(lr)); }

    public RMSprop(Iterable<? extends Tensor> params, Options options) { super(params, checked(options)); }

    /** RMSprop over parameter groups, each overriding some options. */
    public RMSprop(List<ParamGroup> groups, Options options) { super(groups, checked(options)); }

    private static Options checked(Options o) {
        check(o.number("lr") >= 0, "learning rate", o.get("lr"));
        check(o.number("eps") >= 0, "epsilon value", o.get("eps"));
        check(o.number("momentum") >= 0, "momentum value", o.get("momentum"));
        check(o.number("weight_decay") >= 0, "weight_decay value", o.get("weight_decay"));
        check(o.number("alpha") >= 0, "alpha value", o.get("alpha"));
        return o;
    }

    @Override protected void update(ParamGroup group) {
        double lr = group.lr(), momentum = group.getDouble("momentum"), alpha = group.getDouble("alpha");
        double eps = group.getDouble("eps"), weightDecay = group.getDouble("weight_decay");
        boolean centered = group.getBoolean("centered"), maximize = group.getBoolean("maximize");
        for (Tensor p : group.params()) {
            if (p.grad() == null) continue;
            Map<String, Object> state = stateOf(p);
            if (state.isEmpty()) {
                state.put("step", 0);
                state.put("square_avg", Torch.zerosLike(p));
                if (momentum > 0) state.put("momentum_buffer", Torch.zerosLike(p));
                if (centered) state.put("grad_avg", Torch.zerosLike(p));
            }
            state.put("step", (Integer) state.get("step") + 1);
            Tensor grad = maximize ? p.grad().neg() : p.grad();
            if (weightDecay != 0) grad = grad.add(p, weightDecay);
            Tensor squareAvg = ((Tensor) state.get("square_avg")).mul_(alpha).addcmul_(grad, grad, 1 - alpha);
            Tensor avg;
            if (centered) {
                Tensor gradAvg = ((Tensor) state.get("grad_avg")).mul_(alpha).add_(grad, 1 - alpha);
                avg = squareAvg.addcmul(gradAvg, gradAvg, -1).sqrt_();
            } else {
                avg = squareAvg.sqrt();
            }
            avg.add_(eps);
            if (momentum > 0) {
                Tensor buf = ((Tensor) state.get("momentum_buffer")).mul_(momentum).addcdiv_(grad, avg);
                p.add_(buf, -lr);
            } else {
                p.addcdiv_(grad, avg, -lr);
            }
        }
    }
}
