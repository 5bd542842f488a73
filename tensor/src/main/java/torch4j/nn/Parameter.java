package torch4j.nn;

import torch4j.Tensor;

/**
 * A tensor that is a module's parameter ({@code torch.nn.Parameter}): a leaf that requires grad
 * by default, sharing its storage with the tensor it was made from. Modules register parameters by
 * name, and {@link Module#parameters()} finds them for the optimizer.
 *
 * <pre>{@code
 * jshell> new Parameter(ones(2))
 * $1 ==> Parameter containing:
 * tensor([1., 1.], requires_grad=True)
 * }</pre>
 */
public class Parameter extends Tensor {
    /** A parameter over {@code data}'s values that requires grad ({@code nn.Parameter(data)}). */
    public Parameter(Tensor data) { this(data, true); }

    /** A parameter over {@code data}'s values ({@code nn.Parameter(data, requires_grad=...)}). */
    public Parameter(Tensor data, boolean requiresGrad) { super(data, requiresGrad); }

    /** {@code Parameter containing:} and the tensor's repr, as PyTorch prints a parameter. */
    @Override public String toString() { return "Parameter containing:\n" + super.toString(); }
}
