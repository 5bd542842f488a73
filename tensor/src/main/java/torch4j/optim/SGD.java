package torch4j.optim;

import java.util.List;
import java.util.Map;
import torch4j.Tensor;

/**
 * Stochastic gradient descent, optionally with momentum ({@code torch.optim.SGD}), step for step
 * PyTorch 1.13's: {@code b = momentum * b + (1 - dampening) * g} (b = g on the first step),
 * {@code g = nesterov ? g + momentum * b : b}, {@code p -= lr * g}.
 *
 * <pre>{@code
 * jshell> var w = tensor(1.0, 2.0).requiresGrad_();
 * jshell> var opt = new SGD(List.of(w), SGD.options().lr(0.1).momentum(0.9));
 * jshell> w.pow(2).sum().backward(); opt.step(); w
 * w ==> tensor([0.8000, 1.6000], requires_grad=True)
 * }</pre>
 */
public class SGD extends Optimizer {

    /** SGD's keyword arguments; {@link #lr} has no default in PyTorch, so set it. */
    public static final class Options extends OptimizerOptions<Options> {
        Options() {
            super("lr", null, "momentum", 0, "dampening", 0, "weight_decay", 0, "nesterov", false, "maximize", false,
                    "foreach", null, "differentiable", false);
        }

        /** Momentum factor (default 0). */
        public Options momentum(double momentum) { return set("momentum", momentum); }

        /** Dampening for momentum (default 0). */
        public Options dampening(double dampening) { return set("dampening", dampening); }

        /** Nesterov momentum (default false; needs momentum and zero dampening). */
        public Options nesterov(boolean nesterov) { return set("nesterov", nesterov); }
    }

    /** PyTorch's defaults, lr unset. */
    public static Options options() { return new Options(); }

    /** Plain SGD with learning rate {@code lr}. */
    public SGD(Iterable<? extends Tensor> params, double lr) { this(params, options().lr(lr)); }

    /**
     * SGD with momentum, PyTorch's {@code SGD(params, lr=0.001, momentum=0.9)} (the next positional
     * parameter after {@code lr}): {@code new SGD(model.parameters(), 0.001, 0.9)}.
     */
    public SGD(Iterable<? extends Tensor> params, double lr, double momentum) { this(params, options().lr(lr).momentum(momentum)); }

    /** SGD with the given options. */
    public SGD(Iterable<? extends Tensor> params, Options options) { super(params, checked(options)); }

    /** SGD over parameter groups, each overriding some options. */
    public SGD(List<ParamGroup> groups, Options options) { super(groups, checked(options)); }

    /** Parameter groups with learning rate {@code lr} where a group sets none. */
    public SGD(List<ParamGroup> groups, double lr) { this(groups, options().lr(lr)); }

    private static Options checked(Options o) {
        if (o.get("lr") == null)
            throw new IllegalArgumentException("parameter group didn't specify a value of required optimization parameter lr");
        check(o.number("lr") >= 0, "learning rate", o.get("lr"));
        check(o.number("momentum") >= 0, "momentum value", o.get("momentum"));
        check(o.number("weight_decay") >= 0, "weight_decay value", o.get("weight_decay"));
        if (Boolean.TRUE.equals(o.get("nesterov")) && (o.number("momentum") <= 0 || o.number("dampening") != 0))
            throw new IllegalArgumentException("Nesterov momentum requires a momentum and zero dampening");
        return o;
    }

    @Override protected void update(ParamGroup group) {
        double lr = group.lr(), momentum = group.getDouble("momentum"), dampening = group.getDouble("dampening");
        double weightDecay = group.getDouble("weight_decay");
        boolean nesterov = group.getBoolean("nesterov"), maximize = group.getBoolean("maximize");
        for (Tensor p : group.params()) {
            Tensor grad = p.grad();
            if (grad == null) continue;
            Map<String, Object> state = stateOf(p);
            Tensor buf = (Tensor) state.get("momentum_buffer");
            if (FusedSGD.applies(p, grad, buf)) {
                state.put("momentum_buffer", FusedSGD.step(p, grad, buf, lr, momentum, dampening, weightDecay, nesterov, maximize));
                continue;
            }
            Tensor d = maximize ? grad.neg() : grad;
            if (weightDecay != 0) d = d.add(p, weightDecay);
            if (momentum != 0) {
                if (buf == null) buf = d.clone().detach();
                else buf.mul_(momentum).add_(d, 1 - dampening);
                d = nesterov ? d.add(buf, momentum) : buf;
            }
            p.add_(d, -lr);
            state.put("momentum_buffer", buf);   // None without momentum, as PyTorch 1.13 stores it
        }
    }
}
