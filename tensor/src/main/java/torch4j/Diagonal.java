package torch4j;

import java.util.Arrays;

/**
 * The main diagonal over two dims as a strided view ({@code DiagonalBackward0}): those dims are
 * removed and the diagonal appended last, as {@code torch.diagonal(x, 0, d1, d2)}. The linear
 * algebra ops use it (einsum's repeated subscripts, the gradients of the factorizations).
 */
final class Diagonal {
    private Diagonal() {}

    static Tensor diagonal(Tensor x, int d1, int d2) {
        if (!Recording.needed(x)) return view(x, d1, d2);
        long[] in = x.shape.clone();
        return ViewGrad.view("DiagonalBackward0", g -> ViewGrad.embed("DiagonalBackward", g, in, z -> view(z, d1, d2)), () -> view(x, d1, d2), x);
    }

    /** The view itself, no node. */
    static Tensor view(Tensor x, int d1, int d2) {
        int n = x.dim();
        long[] shape = new long[n - 1], strides = new long[n - 1];
        for (int i = 0, j = 0; i < n; i++)
            if (i != d1 && i != d2) {
                shape[j] = x.shape[i];
                strides[j++] = x.strides[i];
            }
        shape[n - 2] = Math.min(x.shape[d1], x.shape[d2]);
        strides[n - 2] = x.strides[d1] + x.strides[d2];
        return x.view(shape, strides, x.offset);
    }

    /** The last two dims' diagonal of a batch of matrices. */
    static Tensor matrixDiagonal(Tensor x) { return diagonal(x, x.dim() - 2, x.dim() - 1); }

    /** diag_embed: a batch of vectors (..., n) as diagonal matrices (..., n, n). */
    static Tensor embed(Tensor v) {
        long n = v.shape[v.dim() - 1];
        long[] shape = Arrays.copyOf(v.shape, v.dim() + 1);
        shape[v.dim()] = n;
        return ViewGrad.embed("DiagEmbed", v, shape, z -> view(z, z.dim() - 2, z.dim() - 1));
    }
}
