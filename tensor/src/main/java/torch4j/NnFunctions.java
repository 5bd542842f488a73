package torch4j;

/**
 * The kernel layer behind {@link torch4j.nn.functional.F}: the ops of {@code torch.nn} that need
 * their own autograd nodes or raw storage access. Users call {@code F}; these entry points only
 * route to the package-private kernels, each with its PyTorch 1.13 backward node.
 */
public final class NnFunctions {
    private NnFunctions() {}

    /**
     * {@code torch.addmm(bias, mat1, mat2)}: bias + mat1·mat2 in one GEMM, {@code AddmmBackward0}.
     * <pre>{@code
     * jshell> NnFunctions.addmm(ones(2), ones(1, 3), ones(3, 2))
     * $1 ==> tensor([[4., 4.]])
     * }</pre>
     */
    public static Tensor addmm(Tensor bias, Tensor mat1, Tensor mat2) { return NnLinear.addmm(bias, mat1, mat2); }
}
