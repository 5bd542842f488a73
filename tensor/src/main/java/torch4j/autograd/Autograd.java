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
}
