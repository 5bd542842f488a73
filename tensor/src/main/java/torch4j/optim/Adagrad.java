package torch4j.optim;

import java.util.List;
import java.util.Map;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * Adagrad ({@code torch.optim.Adagrad}): {@code sum += g²},
 * {@code p -= lr / (1 + (t - 1) lr_decay) * g / (sqrt(sum) + eps)}. As in PyTorch, the state
 * ({@code step}, {@code sum} filled with {@code initial_accumulator_value}) exists from construction.
 *
 * <pre>{@code
 * jshell> var opt = new Adagrad(model.parameters(), Adagrad.options().lr(0.1).lrDecay(1e-4))
 * }</pre>
 */
public class Adagrad extends Optimizer {

    /** Adagrad's keyword arguments. */
    public static final class Options extends OptimizerOptions<Options> {
        Options() {
            super("lr", 0.01, "lr_decay", 0, "eps", 1e-10, "weight_decay", 0, "initial_accumulator_value", 0, "foreach", null,
                    "maximize", false);
        }

        /** Learning-rate decay per step (default 0). */
        public Options lrDecay(double lrDecay) { return set("lr_decay", lrDecay); }

        /** Added to the denominator (default 1e-10). */
        public Options eps(double eps) { return set("eps", eps); }

        /** Starting value of the sum of squared gradients (default 0). */
        public Options initialAccumulatorValue(double value) { return set("initial_accumulator_value", value); }
    }

    /** PyTorch's defaults: lr 0.01. */
    public static Options options() { return new Options(); }

    public Adagrad(Iterable<? extends Tensor> params) { this(params, options()); }

    public Adagrad(Iterable<? extends Tensor> params, double lr) { this(params, options().lr(lr)); }

    public Adagrad(Iterable<? extends Tensor> params, Options options) { super(params, checked(options)); }

    /** Adagrad over parameter groups, each overriding some options. */
    public Adagrad(List<ParamGroup> groups, Options options) { super(groups, checked(options)); }

    private static Options checked(Options o) {
        check(o.number("lr") >= 0, "learning rate", o.get("lr"));
        check(o.number("lr_decay") >= 0, "lr_decay value", o.get("lr_decay"));
        check(o.number("weight_decay") >= 0, "weight_decay value", o.get("weight_decay"));
        check(o.number("initial_accumulator_value") >= 0, "initial_accumulator_value value", o.get("initial_accumulator_value"));
        check(o.number("eps") >= 0, "epsilon value", o.get("eps"));
        return o;
    }

    @Override protected void initGroupState(ParamGroup group) {
        double init = group.getDouble("initial_accumulator_value");
        for (Tensor p : group.params()) {
            Map<String, Object> state = stateOf(p);
            state.put("step", Torch.tensor(0.0));
            state.put("sum", Torch.fullLike(p, init));
        }
    }

    @Override protected void update(ParamGroup group) {
        double lr = group.lr(), lrDecay = group.getDouble("lr_decay"), eps = group.getDouble("eps");
        double weightDecay = group.getDouble("weight_decay");
        boolean maximize = group.getBoolean("maximize");
        for (Tensor p : group.params()) {
            if (p.grad() == null) continue;
            Map<String, Object> state = stateOf(p);
            Tensor stepT = (Tensor) state.get("step"), sum = (Tensor) state.get("sum");
            double step = stepT.add_(1.0).item();
            Tensor grad = maximize ? p.grad().neg() : p.grad();
            if (weightDecay != 0) grad = grad.add(p, weightDecay);
            double clr = lr / (1 + (step - 1) * lrDecay);
            sum.addcmul_(grad, grad, 1);
            p.addcdiv_(grad, sum.sqrt().add_(eps), -clr);
        }
    }
}
