package torch4j;

/**
 * Constant triangle masks for the factorizations and their gradients (the factor's other
 * triangle is zeroed, as PyTorch's results have it; Φ in cholesky's backward is tril with half
 * its diagonal). A mask is a small (n, n) tensor of the operand's dtype and device that
 * broadcasts over the batch.
 */
final class TriangleMasks {
    private TriangleMasks() {}

    /** 1 on and above the diagonal ({@code upper}) or on and below it, else 0. */
    static Tensor mask(long n, boolean upper, Tensor like) {
        return of(n, like, (i, j) -> (upper ? j >= i : j <= i) ? 1 : 0);
    }

    /** 1 strictly below the diagonal, 1/2 on it, 0 above. */
    static Tensor lowerHalfDiagonal(long n, Tensor like) {
        return of(n, like, (i, j) -> j < i ? 1 : j == i ? 0.5 : 0);
    }

    /** 1 strictly below the diagonal, else 0. */
    static Tensor strictlyLower(long n, Tensor like) {
        return of(n, like, (i, j) -> j < i ? 1 : 0);
    }

    private interface Entry { double at(int i, int j); }

    private static Tensor of(long n, Tensor like, Entry e) {
        int m = Math.toIntExact(n);
        double[] v = new double[m * m];
        for (int i = 0; i < m; i++) for (int j = 0; j < m; j++) v[i * m + j] = e.at(i, j);
        return Torch.tensor(v).to(like.dtype()).to(like.device()).view(n, n);
    }
}
