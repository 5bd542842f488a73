package torch4j.optim;

import java.util.List;
import torch4j.Tensor;

/**
 * AdamW ({@code torch.optim.AdamW}): Adam with decoupled weight decay — each step first scales the
 * parameter by {@code 1 - lr * weight_decay} (default weight decay 0.01), then takes Adam's step
 * without adding the decay to the gradient.
 *
 * <pre>{@code
 * jshell> var opt = new AdamW(model.parameters(), AdamW.options().lr(1e-3).weightDecay(0.05))
 * }</pre>
 */
public class AdamW extends Adam {

    /** PyTorch's defaults: lr 0.001, betas (0.9, 0.999), eps 1e-8, weight decay 0.01. */
    public static Options options() {
        return new Options("lr", 0.001, "betas", List.of(0.9, 0.999), "eps", 1e-8, "weight_decay", 0.01, "amsgrad", false,
                "foreach", null, "maximize", false, "capturable", false);
    }

    /** AdamW with PyTorch's defaults. */
    public AdamW(Iterable<? extends Tensor> params) { this(params, options()); }

    /** AdamW with learning rate {@code lr}. */
    public AdamW(Iterable<? extends Tensor> params, double lr) { this(params, options().lr(lr)); }

    public AdamW(Iterable<? extends Tensor> params, Options options) { super(params, options); }

    /** AdamW over parameter groups, each overriding some options. */
    public AdamW(List<ParamGroup> groups, Options options) { super(groups, options); }

    @Override boolean decoupledWeightDecay() { return true; }
}
