package torch4j;

import java.util.List;

/**
 * PyTorch's {@code torch.linalg} namespace: {@code Torch.linalg().det(a)} is
 * {@code torch.linalg.det(a)}. Also home of the result tuples the decompositions return
 * ({@code torch.return_types.*}), which print as PyTorch prints them.
 *
 * <pre>{@code
 * jshell> var la = linalg();
 * jshell> la.norm(tensor(3.0, 4.0))
 * $2 ==> tensor(5.)
 * jshell> la.solve(tensor(new double[][]{{2, 0}, {0, 4}}), tensor(2.0, 2.0))
 * $3 ==> tensor([1.0000, 0.5000])
 * }</pre>
 */
public final class Linalg {
    static final Linalg INSTANCE = new Linalg();

    private Linalg() {}

    /** {@code torch.return_types.slogdet(sign, logabsdet)} ({@code linalg_slogdet} from torch.linalg); {@code op} names it. */
    public record SignLogAbsDet(String op, Tensor sign, Tensor logabsdet) {
        @Override public String toString() { return "torch.return_types." + op + "(\nsign=" + sign + ",\nlogabsdet=" + logabsdet + ")"; }
    }

    /** {@code torch.return_types.qr(Q, R)} ({@code linalg_qr} from torch.linalg); {@code op} names it. */
    public record QR(String op, Tensor Q, Tensor R) {
        @Override public String toString() { return "torch.return_types." + op + "(\nQ=" + Q + ",\nR=" + R + ")"; }
    }

    /** {@code torch.return_types.svd(U, S, V)} of {@code torch.svd}. */
    public record SVD(Tensor U, Tensor S, Tensor V) {
        @Override public String toString() { return "torch.return_types.svd(\nU=" + U + ",\nS=" + S + ",\nV=" + V + ")"; }
    }

    /** {@code torch.return_types.linalg_svd(U, S, Vh)} of {@code torch.linalg.svd}. */
    public record LinalgSVD(Tensor U, Tensor S, Tensor Vh) {
        @Override public String toString() { return "torch.return_types.linalg_svd(\nU=" + U + ",\nS=" + S + ",\nVh=" + Vh + ")"; }
    }

    /** {@code torch.return_types.linalg_eigh(eigenvalues, eigenvectors)}. */
    public record Eigh(Tensor eigenvalues, Tensor eigenvectors) {
        @Override public String toString() {
            return "torch.return_types.linalg_eigh(\neigenvalues=" + eigenvalues + ",\neigenvectors=" + eigenvectors + ")";
        }
    }

    static SignLogAbsDet slogdetOf(Tensor a, String op) {
        Tensor[] r = Factorizations.slogdet(a);
        return new SignLogAbsDet(op, r[0], r[1]);
    }

    static QR qrOf(Tensor a, String mode, String op) {
        Tensor[] r = Spectral.qr(a, mode);
        return new QR(op, r[0], r[1]);
    }

    /** torch.svd: V = Vhᵀ; without compute_uv, U and V are zeros of the full shapes. */
    static SVD svdOld(Tensor a, boolean some, boolean computeUv) {
        Tensor[] r = Spectral.svd(a, !some, computeUv, "linalg.svd");
        if (computeUv) return new SVD(r[0], r[1], r[2].transpose(-2, -1));
        long m = Spectral.rows(a), n = Spectral.cols(a);
        return new SVD(Torch.zerosLike(a).allocateLike(a.dtype(), Spectral.withMatrix(a, m, m)), r[1],
                a.allocateLike(a.dtype(), Spectral.withMatrix(a, n, n)));
    }

    // ---------------------------------------------------------------- norms

    /** {@code torch.linalg.norm(A)}: the 2-norm of all entries. */
    public Tensor norm(Tensor a) { return vectorNorm(a.dim() == 0 ? a : a.reshape(-1), 2); }
    /** {@code torch.linalg.norm(A, ord)}: a vector norm of a 1-D tensor, a matrix norm of a 2-D one. */
    public Tensor norm(Tensor a, double ord) {
        if (a.dim() == 2) return matrixNorm(a, ord);
        if (a.dim() == 1) return vectorNorm(a, ord);
        throw new IllegalArgumentException("linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got " + a.dim() + "D.");
    }
    /** {@code torch.linalg.norm(A, "fro" | "nuc")} of a 2-D tensor. */
    public Tensor norm(Tensor a, String ord) {
        if (a.dim() != 2) throw new IllegalArgumentException("linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got " + a.dim() + "D.");
        return matrixNorm(a, ord);
    }
    /** {@code torch.linalg.norm(A, ord, dim, keepdim)}: one dim a vector norm, two a matrix norm. */
    public Tensor norm(Tensor a, double ord, long[] dim, boolean keepdim) {
        if (dim.length == 1) return vectorNorm(a, ord, dim, keepdim);
        if (dim.length == 2) return matrixNorm(a, ord, dim, keepdim);
        throw new IllegalArgumentException("linalg.norm: If dim is specified, it must be of length 1 or 2. Got " + java.util.Arrays.toString(dim));
    }

    /** {@code torch.linalg.vector_norm(x)}: the 2-norm of all entries. {@code linalg().vectorNorm(tensor(3.0, 4.0))} is 5. */
    public Tensor vectorNorm(Tensor x) { return LinalgNorms.vectorNorm(x, 2, null, false); }
    /** The {@code ord}-norm of all entries (inf, -inf, 0 and any real). */
    public Tensor vectorNorm(Tensor x, double ord) { return LinalgNorms.vectorNorm(x, ord, null, false); }
    /** The {@code ord}-norm over {@code dim}. */
    public Tensor vectorNorm(Tensor x, double ord, long[] dim, boolean keepdim) { return LinalgNorms.vectorNorm(x, ord, dim, keepdim); }

    /** {@code torch.linalg.matrix_norm(A)}: Frobenius over the last two dims. */
    public Tensor matrixNorm(Tensor a) { return LinalgNorms.matrixNorm(a, "fro", new long[]{-2, -1}, false); }
    /** "fro" or "nuc" over the last two dims. */
    public Tensor matrixNorm(Tensor a, String ord) { return LinalgNorms.matrixNorm(a, ord, new long[]{-2, -1}, false); }
    /** ord ±1, ±2, ±inf over the last two dims. */
    public Tensor matrixNorm(Tensor a, double ord) { return LinalgNorms.matrixNorm(a, ord, new long[]{-2, -1}, false); }
    /** A numeric-order matrix norm over {@code dim} (two dims). */
    public Tensor matrixNorm(Tensor a, double ord, long[] dim, boolean keepdim) { return LinalgNorms.matrixNorm(a, ord, dim, keepdim); }
    /** "fro" or "nuc" over {@code dim} (two dims). */
    public Tensor matrixNorm(Tensor a, String ord, long[] dim, boolean keepdim) { return LinalgNorms.matrixNorm(a, ord, dim, keepdim); }

    // ---------------------------------------------------------------- decompositions and solves

    /** {@code torch.linalg.det}. */
    public Tensor det(Tensor a) { return Factorizations.det(a); }
    /** {@code torch.linalg.slogdet}: (sign, logabsdet). */
    public SignLogAbsDet slogdet(Tensor a) { return slogdetOf(a, "linalg_slogdet"); }
    /** {@code torch.linalg.inv}. */
    public Tensor inv(Tensor a) { return Factorizations.inv(a); }
    /** {@code torch.linalg.solve(A, B)}: X with A·X = B (B a batch of vectors or matrices). */
    public Tensor solve(Tensor a, Tensor b) { return Factorizations.solve(a, b); }
    /** {@code torch.linalg.cholesky(A)}: the lower factor. */
    public Tensor cholesky(Tensor a) { return Factorizations.cholesky(a, false, true); }
    /** {@code torch.linalg.cholesky(A, upper=...)}. */
    public Tensor cholesky(Tensor a, boolean upper) { return Factorizations.cholesky(a, upper, true); }
    /** {@code torch.linalg.qr(A)}: reduced. */
    public QR qr(Tensor a) { return qrOf(a, "reduced", "linalg_qr"); }
    /** {@code torch.linalg.qr(A, mode)}: "reduced", "complete" or "r" (Q empty). */
    public QR qr(Tensor a, String mode) { return qrOf(a, mode, "linalg_qr"); }
    /** {@code torch.linalg.svd(A)}: full matrices, as PyTorch's default. */
    public LinalgSVD svd(Tensor a) { return svd(a, true); }
    /** {@code torch.linalg.svd(A, full_matrices)}. */
    public LinalgSVD svd(Tensor a, boolean fullMatrices) {
        Tensor[] r = Spectral.svd(a, fullMatrices, true, "linalg.svd");
        return new LinalgSVD(r[0], r[1], r[2]);
    }
    /** {@code torch.linalg.svdvals}: the singular values, descending. */
    public Tensor svdvals(Tensor a) { return Spectral.svd(a, false, false, "linalg.svd")[1]; }
    /** {@code torch.linalg.eigh(A)}: reads the lower triangle. */
    public Eigh eigh(Tensor a) { return eigh(a, "L"); }
    /** {@code torch.linalg.eigh(A, UPLO)}. */
    public Eigh eigh(Tensor a, String uplo) {
        Tensor[] r = Spectral.eigh(a, uplo, true, "linalg.eigh");
        return new Eigh(r[0], r[1]);
    }
    /** {@code torch.linalg.eigvalsh(A)}. */
    public Tensor eigvalsh(Tensor a) { return eigvalsh(a, "L"); }
    /** {@code torch.linalg.eigvalsh(A, UPLO)}. */
    public Tensor eigvalsh(Tensor a, String uplo) { return Spectral.eigh(a, uplo, false, "linalg.eigvalsh")[0]; }
    /** {@code torch.linalg.matrix_power(A, n)}. */
    public Tensor matrixPower(Tensor a, long n) { return Spectral.matrixPower(a, n); }
    /** {@code torch.linalg.pinv(A)}. */
    public Tensor pinv(Tensor a) { return Spectral.pinv(a, null, null); }
    /** {@code torch.linalg.pinv(A, rtol=...)}. */
    public Tensor pinv(Tensor a, double rtol) { return Spectral.pinv(a, null, rtol); }
    /** {@code torch.linalg.pinv(A, atol=..., rtol=...)}. */
    public Tensor pinv(Tensor a, double atol, double rtol) { return Spectral.pinv(a, atol, rtol); }
    /** {@code torch.linalg.multi_dot}: the chain in the cheapest order. */
    public Tensor multiDot(List<Tensor> tensors) { return LinalgContractions.multiDot(tensors, "multi_dot"); }
    /** {@code torch.linalg.cross(a, b)} along the last dim. */
    public Tensor cross(Tensor a, Tensor b) { return LinalgContractions.linalgCross(a, b, -1); }
    /** {@code torch.linalg.cross(a, b, dim)}. */
    public Tensor cross(Tensor a, Tensor b, long dim) { return LinalgContractions.linalgCross(a, b, dim); }
}
