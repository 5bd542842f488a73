package torch4j;

import java.util.List;

/**
 * A part of the {@code torch} namespace ({@link Torch} inherits it, so {@code import static
 * torch4j.Torch.*} brings it in): Function-only linear algebra: {@code einsum}, {@code tensordot}, {@code cdist}, {@code chain_matmul},
 * {@code bilinear} and the {@code torch.linalg} namespace object.
 */
public abstract class LinalgFunctions extends ShapeFunctions {
    LinalgFunctions() {}

    /**
     * {@code torch.linalg}: {@code linalg().det(a)}, {@code linalg().norm(x)}, ...
     * <pre>{@code
     * jshell> linalg().vectorNorm(tensor(3.0, 4.0))
     * $1 ==> tensor(5.)
     * }</pre>
     */
    public static Linalg linalg() { return Linalg.INSTANCE; }

    /**
     * {@code torch.einsum}: subscripts in [a-zA-Z], "..." for broadcast dims, an implicit output
     * (subscripts seen once, alphabetically) when there is no "->", repeated subscripts as diagonals.
     * <pre>{@code
     * jshell> einsum("ij,jk->ik", ones(2, 3), ones(3, 4)).shape()
     * $1 ==> torch.Size([2, 4])
     * jshell> einsum("ii", eye(3))
     * $2 ==> tensor(3.)
     * }</pre>
     */
    public static Tensor einsum(String equation, Tensor... operands) { return Einsum.einsum(equation, List.of(operands)); }
    /** {@link #einsum(String, Tensor...)} with the operands in a list. */
    public static Tensor einsum(String equation, List<Tensor> operands) { return Einsum.einsum(equation, operands); }

    /**
     * {@code torch.tensordot(a, b, dims)}: the last {@code dims} dims of a contracted with the first of b.
     * <pre>{@code
     * jshell> tensordot(ones(2, 3, 4), ones(3, 4, 5), 2).shape()
     * $1 ==> torch.Size([2, 5])
     * }</pre>
     */
    public static Tensor tensordot(Tensor a, Tensor b, long dims) { return LinalgContractions.tensordot(a, b, dims); }
    /** {@code torch.tensordot(a, b, dims=2)}. */
    public static Tensor tensordot(Tensor a, Tensor b) { return LinalgContractions.tensordot(a, b, 2); }
    /** {@code torch.tensordot(a, b, dims=([..], [..]))}: the listed dims contracted pairwise. */
    public static Tensor tensordot(Tensor a, Tensor b, long[] dimsA, long[] dimsB) { return LinalgContractions.tensordot(a, b, dimsA, dimsB); }

    /**
     * {@code torch.cdist(x1, x2, p=2)}: the p-norm distance between each row of x1 and each of x2 (batch dims broadcast).
     * <pre>{@code
     * jshell> cdist(tensor(new double[][]{{0, 0}}), tensor(new double[][]{{3, 4}}))
     * $1 ==> tensor([[5.]])
     * }</pre>
     */
    public static Tensor cdist(Tensor x1, Tensor x2) { return LinalgNorms.cdist(x1, x2, 2); }
    /** {@code torch.cdist(x1, x2, p)}. */
    public static Tensor cdist(Tensor x1, Tensor x2, double p) { return LinalgNorms.cdist(x1, x2, p); }

    /**
     * {@code torch.chain_matmul(*matrices)}: the product of 2-D matrices in the cheapest order.
     * <pre>{@code
     * jshell> chainMatmul(ones(2, 3), ones(3, 4), ones(4, 1))
     * $1 ==> tensor([[12.],
     *         [12.]])
     * }</pre>
     */
    public static Tensor chainMatmul(Tensor... matrices) { return LinalgContractions.chainMatmul(List.of(matrices)); }

    /**
     * {@code torch.bilinear(input1, input2, weight, bias)}: y[..., o] = x₁·weight[o]·x₂ + bias[o]
     * over the last dimension (as {@code F.bilinear}); bias may be null.
     * <pre>{@code
     * jshell> bilinear(ones(1, 2), ones(1, 3), ones(4, 2, 3), null)
     * $1 ==> tensor([[6., 6., 6., 6.]])
     * }</pre>
     */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) { return NnBilinear.bilinear(input1, input2, weight, bias); }
}
