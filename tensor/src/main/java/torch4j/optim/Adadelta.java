package torch4j.optim;

import java.util.List;
import java.util.Map;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * Adadelta ({@code torch.optim.Adadelta}; default lr 1.0): {@code v = rho v + (1 - rho) g²},
 * {@code delta = sqrt(u + eps) / sqrt(v + eps) * g}, {@code u = rho u + (1 - rho) delta²},
 * {@code p -= lr * delta}.
 *
 * <pre>{@code
 * jshell> var opt = new Adadelta(model.parameters())
 * }</pre>
 */
public class Adadelta extends Optimizer {

    /** Adadelta's keyword arguments. */
    public static final class Options extends OptimizerOptions<Options> {
        Options() { super("lr", 1.0, "rho", 0.9, "eps", 1e-6, "weight_decay", 0, "maximize", false, "foreach", null); }

        /** Coefficient of the running averages (default 0.9). */
        public Options rho(double rho) { return set("rho", rho); }

        /** Added inside both square roots (default 1e-6). */
        public Options eps(double eps) { return set("eps", eps); }
    }

    /** PyTorch's defaults: lr 1.0, rho 0.9, eps 1e-6. */
    public static Options options() { return new Options(); }

    public Adadelta(Iterable<? extends Tensor> params) { this(params, options()); }

    public Adadelta(Iterable<? extends Tensor> params, double lr) { this(params, options().lr(lr)); }

    public Adadelta(Iterable<? extends Tensor> params, Options options) { super(params, checked(options)); }

    /** Adadelta over parameter groups, each overriding some options. */
    public Adadelta(List<ParamGroup> groups, Options options) { super(groups, checked(options)); }

    private static Options checked(Options o) {
        check(o.number("lr") >= 0, "learning rate", o.get("lr"));
        check(o.number("rho") >= 0 && o.number("rho") <= 1, "rho value", o.get("rho"));
        check(o.number("eps") >= 0, "epsilon value", o.get("eps"));
        check(o.number("weight_decay") >= 0, "weight_decay value", o.get("weight_decay"));
        return o;
    }

    @Override protected void update(ParamGroup group) {
        double lr = group.lr(), rho = group.getDouble("rho"), eps = group.getDouble("eps");
        double weightDecay = group.getDouble("weight_decay");
        boolean maximize = group.getBoolean("maximize");
        for (Tensor p : group.params()) {
            if (p.grad() == null) continue;
            Map<String, Object> state = stateOf(p);
            if (state.isEmpty()) {
                state.put("step", 0);
                state.put("square_avg", Torch.zerosLike(p));
                state.put("acc_delta", Torch.zerosLike(p));
            }
            state.put("step", (Integer) state.get("step") + 1);
            Tensor grad = maximize ? p.grad().neg() : p.grad();
            if (weightDecay != 0) grad = grad.add(p, weightDecay);
            Tensor squareAvg = ((Tensor) state.get("square_avg")).mul_(rho).addcmul_(grad, grad, 1 - rho);
            Tensor accDelta = (Tensor) state.get("acc_delta");
            Tensor std = squareAvg.add(eps).sqrt_();
            Tensor delta = accDelta.add(eps).sqrt_().div_(std).mul_(grad);
            accDelta.mul_(rho).addcmul_(delta, delta, 1 - rho);
            p.add_(delta, -lr);
        }
    }
}
