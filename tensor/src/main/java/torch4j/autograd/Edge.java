package torch4j.autograd;

/**
 * One entry of {@link Node#nextFunctions()}: the node that receives a gradient and which of its
 * inputs the gradient is for. {@code function} is null where PyTorch shows {@code (None, 0)}: an
 * input that does not require grad.
 *
 * <pre>{@code
 * jshell> x.mul(2).gradFn().nextFunctions()
 * $1 ==> [(AccumulateGrad, 0), (None, 0)]
 * }</pre>
 */
public record Edge(Node function, int inputNr) {
    @Override public String toString() { return "(" + (function == null ? "None" : function.displayName()) + ", " + inputNr + ")"; }
}
