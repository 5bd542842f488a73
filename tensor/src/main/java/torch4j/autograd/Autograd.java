package torch4j.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import torch4j.Tensor;

/**
 * {@code torch.autograd}: gradients of outputs with respect to chosen inputs, and backward.
 *
 * <pre>{@code
 * jshell> var x = tensor(3.0).requiresGrad_()
 * jshell> Autograd.grad(List.of(x.pow(2)), List.of(x)).get(0)
 * $2 ==> tensor(6.)
 * }</pre>
 */
public final class Autograd {
    private Autograd() {}

    /** {@code torch.autograd.grad(outputs, inputs)} for scalar outputs. */
    public static List<Tensor> grad(List<Tensor> outputs, List<Tensor> inputs) {
        return grad(outputs, inputs, null, false, false, false);
    }

    /**
     * {@code torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused)}.
     * {@code gradOutputs} may be null (every output must then be a scalar); an input not reached
     * gives null with {@code allowUnused}, an error otherwise. {@code retainGraph} null means
     * {@code createGraph}, as in PyTorch.
     */
    public static List<Tensor> grad(List<Tensor> outputs, List<Tensor> inputs, List<Tensor> gradOutputs,
                                    Boolean retainGraph, boolean createGraph, boolean allowUnused) {
        List<Edge> roots = new ArrayList<>();
        List<Tensor> grads = rootGrads(outputs, gradOutputs, roots);
        List<Edge> captures = new ArrayList<>();
        for (Tensor in : inputs) {
            if (!in.requiresGrad()) throw new IllegalArgumentException("One of the differentiated Tensors does not require grad");
            captures.add(in.gradientEdge());
        }
        Tensor[] result = Engine.execute(roots, grads, retainGraph == null ? createGraph : retainGraph, createGraph, captures);
        for (Tensor r : result)
            if (r == null && !allowUnused)
                throw new IllegalStateException("One of the differentiated Tensors appears to not have been used in the graph. Set"
                        + " allow_unused=True if this is the desired behavior.");
        return Arrays.asList(result);
    }

    /** {@code torch.autograd.backward(tensors, grad_tensors, retain_graph, create_graph)}: accumulates into leaves' {@code .grad}. */
    public static void backward(List<Tensor> tensors, List<Tensor> gradTensors, Boolean retainGraph, boolean createGraph) {
        List<Edge> roots = new ArrayList<>();
        List<Tensor> grads = rootGrads(tensors, gradTensors, roots);
        Engine.execute(roots, grads, retainGraph == null ? createGraph : retainGraph, createGraph, null);
    }

    private static List<Tensor> rootGrads(List<Tensor> outputs, List<Tensor> gradOutputs, List<Edge> roots) {
        List<Tensor> grads = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            Tensor out = outputs.get(i);
            if (!out.requiresGrad())
                throw new IllegalStateException("element " + i + " of tensors does not require grad and does not have a grad_fn");
            Tensor g = gradOutputs == null ? null : gradOutputs.get(i);
            if (g == null) {
                if (out.numel() != 1) throw new IllegalStateException("grad can be implicitly created only for scalar outputs");
                g = torch4j.Torch.onesLike(out);
            } else if (!Arrays.equals(g.shape().toLongArray(), out.shape().toLongArray())) {
                throw new IllegalArgumentException("Mismatch in shape: grad_output[" + i + "] has a shape of " + g.shape()
                        + " and output[" + i + "] has a shape of " + out.shape() + ".");
            }
            roots.add(out.gradientEdge());
            grads.add(g);
        }
        return grads;
    }

    /**
     * {@code torch.autograd.Function}: an op with a hand-written backward. Subclass it and declare
     * {@code forward} and {@code backward} as PyTorch's static methods are written: the first
     * parameter is the {@link FunctionCtx}, then whatever {@code apply} is called with (tensors,
     * numbers, anything) for {@code forward}, and one gradient per output for {@code backward}.
     * They are found by name (static or not), as Python finds them, so each Function declares
     * the parameters it needs. {@code forward} runs without recording and returns a {@code Tensor}
     * or, for several outputs, a {@code Tensor[]}; {@code backward} returns one gradient per
     * argument of {@code apply} ({@code null} for an argument that gets none, a {@code Tensor} alone
     * when there is one argument, a {@code Tensor[]} otherwise).
     *
     * <pre>{@code
     * jshell> class MyReLU extends Autograd.Function {
     *    ...>     Tensor forward(FunctionCtx ctx, Tensor input) {
     *    ...>         ctx.saveForBackward(input);
     *    ...>         return input.clampMin(0);
     *    ...>     }
     *    ...>     Tensor backward(FunctionCtx ctx, Tensor gradOutput) {
     *    ...>         var input = ctx.savedTensors()[0];
     *    ...>         var gradInput = gradOutput.clone();
     *    ...>         gradInput.set(input.lt(0), 0);
     *    ...>         return gradInput;
     *    ...>     }
     *    ...> }
     * jshell> var relu = new MyReLU();        // relu = MyReLU.apply
     * jshell> var y = relu.apply(tensor(-1.0, 2.0).requiresGrad_())
     * y ==> tensor([0., 2.], grad_fn=<MyReLUBackward>)
     * }</pre>
     *
     * An instance keeps no state between calls (each {@code apply} gets a fresh ctx), so one
     * instance serves a whole program, as {@code MyReLU.apply} does in Python.
     */
    public abstract static class Function {
        /** A Function; subclasses add {@code forward} and {@code backward}. */
        protected Function() {}

        /**
         * {@code MyFunction.apply(*args)} for a Function with one output: runs {@code forward}
         * without recording and makes the output's {@code grad_fn} this call's ctx when a tensor
         * argument requires grad and grad mode is on.
         *
         * @throws IllegalStateException when forward returned several outputs (use {@link #applyAll})
         */
        public final Tensor apply(Object... args) {
            Object[] r = FunctionCall.apply(this, args);
            Tensor[] outs = (Tensor[]) r[0];
            if (!(Boolean) r[1] && outs.length != 1)
                throw new IllegalStateException(FunctionCall.className(getClass()) + ".forward returned " + outs.length
                        + " outputs: use applyAll(...) to get them");
            return outs[0];
        }

        /** {@code a, b = MyFunction.apply(*args)}: every output of {@code forward}, in order. */
        public final Tensor[] applyAll(Object... args) { return (Tensor[]) FunctionCall.apply(this, args)[0]; }
    }
}
