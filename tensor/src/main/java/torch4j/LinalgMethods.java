package torch4j;

/**
 * A part of {@link Tensor}'s methods: Linear algebra a learner meets: products, decompositions, solves, norms.
 * Split from {@code Tensor} only to keep files small; users see one class.
 */
abstract sealed class LinalgMethods extends ShapeMethods permits PythonMethods {
    LinalgMethods(torch4j.storage.Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        super(storage, shape, strides, offset, wrappedNumber);
    }

    private Tensor me() { return (Tensor) this; }

    // ---------------------------------------------------------------- the addmm family: beta·self + alpha·product

    /**
     * {@code torch.addmm(self, mat1, mat2, beta=1, alpha=1)}: beta·self + alpha·(mat1·mat2), self broadcast to the result.
     * <pre>{@code
     * jshell> ones(2).addmm(ones(3, 4), ones(4, 2))
     * $1 ==> tensor([[5., 5.],
     *         [5., 5.],
     *         [5., 5.]])
     * }</pre>
     */
    @TorchFunction public Tensor addmm(Tensor mat1, Tensor mat2) { return LinalgProducts.addmm(me(), mat1, mat2, 1, 1); }
    /** {@link #addmm(Tensor, Tensor)} with PyTorch's keyword-only beta and alpha (beta = 0 ignores self, NaN included). */
    @TorchFunction public Tensor addmm(Tensor mat1, Tensor mat2, double beta, double alpha) { return LinalgProducts.addmm(me(), mat1, mat2, beta, alpha); }
    /** In-place {@link #addmm(Tensor, Tensor)}; self must have the result's shape. */
    public Tensor addmm_(Tensor mat1, Tensor mat2) { return LinalgProducts.addmm_(me(), mat1, mat2, 1, 1); }
    /** In-place {@link #addmm(Tensor, Tensor, double, double)}. */
    public Tensor addmm_(Tensor mat1, Tensor mat2, double beta, double alpha) { return LinalgProducts.addmm_(me(), mat1, mat2, beta, alpha); }

    /**
     * {@code torch.addbmm}: beta·self + alpha·Σ_b batch1[b]·batch2[b] (the batch summed).
     * <pre>{@code
     * jshell> zeros(2, 2).addbmm(ones(3, 2, 4), ones(3, 4, 2))
     * $1 ==> tensor([[12., 12.],
     *         [12., 12.]])
     * }</pre>
     */
    @TorchFunction public Tensor addbmm(Tensor batch1, Tensor batch2) { return LinalgProducts.addbmm(me(), batch1, batch2, 1, 1); }
    /** {@link #addbmm(Tensor, Tensor)} with beta and alpha. */
    @TorchFunction public Tensor addbmm(Tensor batch1, Tensor batch2, double beta, double alpha) { return LinalgProducts.addbmm(me(), batch1, batch2, beta, alpha); }
    /** In-place {@link #addbmm(Tensor, Tensor)}. */
    public Tensor addbmm_(Tensor batch1, Tensor batch2) { return LinalgProducts.addbmm_(me(), batch1, batch2, 1, 1); }
    /** In-place {@link #addbmm(Tensor, Tensor, double, double)}. */
    public Tensor addbmm_(Tensor batch1, Tensor batch2, double beta, double alpha) { return LinalgProducts.addbmm_(me(), batch1, batch2, beta, alpha); }

    /**
     * {@code torch.baddbmm}: beta·self + alpha·(batch1[b]·batch2[b]) for each b.
     * <pre>{@code
     * jshell> zeros(1, 2).baddbmm(ones(3, 2, 4), ones(3, 4, 2)).shape()
     * $1 ==> torch.Size([3, 2, 2])
     * }</pre>
     */
    @TorchFunction public Tensor baddbmm(Tensor batch1, Tensor batch2) { return LinalgProducts.baddbmm(me(), batch1, batch2, 1, 1); }
    /** {@link #baddbmm(Tensor, Tensor)} with beta and alpha. */
    @TorchFunction public Tensor baddbmm(Tensor batch1, Tensor batch2, double beta, double alpha) { return LinalgProducts.baddbmm(me(), batch1, batch2, beta, alpha); }
    /** In-place {@link #baddbmm(Tensor, Tensor)}. */
    public Tensor baddbmm_(Tensor batch1, Tensor batch2) { return LinalgProducts.baddbmm_(me(), batch1, batch2, 1, 1); }
    /** In-place {@link #baddbmm(Tensor, Tensor, double, double)}. */
    public Tensor baddbmm_(Tensor batch1, Tensor batch2, double beta, double alpha) { return LinalgProducts.baddbmm_(me(), batch1, batch2, beta, alpha); }

    /**
     * {@code torch.addmv}: beta·self + alpha·(mat·vec).
     * <pre>{@code
     * jshell> ones(2).addmv(ones(2, 3), ones(3))
     * $1 ==> tensor([4., 4.])
     * }</pre>
     */
    @TorchFunction public Tensor addmv(Tensor mat, Tensor vec) { return LinalgProducts.addmv(me(), mat, vec, 1, 1); }
    /** {@link #addmv(Tensor, Tensor)} with beta and alpha. */
    @TorchFunction public Tensor addmv(Tensor mat, Tensor vec, double beta, double alpha) { return LinalgProducts.addmv(me(), mat, vec, beta, alpha); }
    /** In-place {@link #addmv(Tensor, Tensor)} ({@code torch.addmv_} too). */
    @TorchFunction public Tensor addmv_(Tensor mat, Tensor vec) { return LinalgProducts.addmv_(me(), mat, vec, 1, 1); }
    /** In-place {@link #addmv(Tensor, Tensor, double, double)}. */
    @TorchFunction public Tensor addmv_(Tensor mat, Tensor vec, double beta, double alpha) { return LinalgProducts.addmv_(me(), mat, vec, beta, alpha); }

    /**
     * {@code torch.addr}: beta·self + alpha·outer(vec1, vec2), with type promotion (bool: or/and).
     * <pre>{@code
     * jshell> zeros(2, 2).addr(tensor(1.0, 2.0), tensor(3.0, 4.0))
     * $1 ==> tensor([[3., 4.],
     *         [6., 8.]])
     * }</pre>
     */
    @TorchFunction public Tensor addr(Tensor vec1, Tensor vec2) { return LinalgProducts.addr(me(), vec1, vec2, 1, 1); }
    /** {@link #addr(Tensor, Tensor)} with beta and alpha (integral for integer results, as PyTorch requires). */
    @TorchFunction public Tensor addr(Tensor vec1, Tensor vec2, double beta, double alpha) { return LinalgProducts.addr(me(), vec1, vec2, beta, alpha); }
    /** In-place {@link #addr(Tensor, Tensor)}. */
    public Tensor addr_(Tensor vec1, Tensor vec2) { return LinalgProducts.addr_(me(), vec1, vec2, 1, 1); }
    /** In-place {@link #addr(Tensor, Tensor, double, double)}. */
    public Tensor addr_(Tensor vec1, Tensor vec2, double beta, double alpha) { return LinalgProducts.addr_(me(), vec1, vec2, beta, alpha); }

    // ---------------------------------------------------------------- products

    /**
     * The sum of a matrix's main diagonal; integer matrices give int64.
     * <pre>{@code
     * jshell> arange(9).view(3, 3).trace()
     * $1 ==> tensor(12)
     * }</pre>
     */
    @TorchFunction public Tensor trace() { return LinalgContractions.trace(me()); }

    /**
     * The inner product over the last dim (a scalar operand multiplies).
     * <pre>{@code
     * jshell> tensor(1.0, 2.0).inner(tensor(3.0, 4.0))
     * $1 ==> tensor(11.)
     * }</pre>
     */
    @TorchFunction public Tensor inner(Tensor other) { return LinalgContractions.inner(me(), other); }

    /** {@code ger}, the old name of {@link Tensor#outer}: {@code tensor(1.0, 2.0).ger(tensor(3.0, 4.0))}. */
    @TorchFunction public Tensor ger(Tensor vec2) { return LinearAlgebra.outer(me(), vec2); }

    /**
     * The dot product of two 1-D tensors (its own node, {@code VdotBackward0}).
     * <pre>{@code
     * jshell> tensor(1.0, 2.0).vdot(tensor(3.0, 4.0))
     * $1 ==> tensor(11.)
     * }</pre>
     */
    @TorchFunction public Tensor vdot(Tensor other) { return LinalgContractions.vdot(me(), other); }

    /**
     * The Kronecker product.
     * <pre>{@code
     * jshell> eye(2).kron(ones(2, 2)).shape()
     * $1 ==> torch.Size([4, 4])
     * }</pre>
     */
    @TorchFunction public Tensor kron(Tensor other) { return LinalgContractions.kron(me(), other); }

    /**
     * The cross product along the first dim of size 3 (PyTorch's deprecated default).
     * <pre>{@code
     * jshell> tensor(1.0, 0.0, 0.0).cross(tensor(0.0, 1.0, 0.0))
     * $1 ==> tensor([0., 0., 1.])
     * }</pre>
     */
    @TorchFunction public Tensor cross(Tensor other) { return LinalgContractions.cross(me(), other); }
    /** The cross product along {@code dim} (size 3 in both), batch dims broadcast. */
    @TorchFunction public Tensor cross(Tensor other, long dim) { return LinalgContractions.linalgCross(me(), other, dim); }

    // ---------------------------------------------------------------- decompositions (float32/float64, batched)

    /**
     * The determinant (LU with partial pivoting).
     * <pre>{@code
     * jshell> tensor(new double[][]{{1, 2}, {3, 4}}).det()
     * $1 ==> tensor(-2.0000)
     * }</pre>
     */
    @TorchFunction public Tensor det() { return Factorizations.det(me()); }
    /** log(det): NaN for a negative determinant, -inf for a zero one. {@code eye(2).mul(2).logdet()} is {@code tensor(1.3863)}. */
    @TorchFunction public Tensor logdet() { return Factorizations.logdet(me()); }
    /** (sign, log|det|): {@code eye(2).neg().slogdet()}. */
    @TorchFunction public Linalg.SignLogAbsDet slogdet() { return Linalg.slogdetOf(me(), "slogdet"); }
    /** The inverse; singular matrices raise PyTorch's "linalg.inv: ... singular." {@code eye(2).mul(2).inverse()}. */
    @TorchFunction public Tensor inverse() { return Factorizations.inv(me()); }
    /** The matrix raised to an integer power (negative: of the inverse). {@code eye(2).mul(2).matrixPower(3)}. */
    @TorchFunction public Tensor matrixPower(long n) { return Spectral.matrixPower(me(), n); }
    /** The pseudo-inverse, singular values below rcond·max S dropped. {@code ones(2, 3).pinverse()}. */
    @TorchFunction public Tensor pinverse(double rcond) { return Spectral.pinv(me(), null, rcond); }
    /** {@link #pinverse(double)} with PyTorch's rcond 1e-15. */
    @TorchFunction public Tensor pinverse() { return Spectral.pinv(me(), null, 1e-15); }
    /**
     * The lower Cholesky factor of a symmetric positive-definite matrix.
     * <pre>{@code
     * jshell> tensor(new double[][]{{4, 2}, {2, 5}}).cholesky()
     * $1 ==> tensor([[2., 0.],
     *         [1., 2.]])
     * }</pre>
     */
    @TorchFunction public Tensor cholesky() { return cholesky(false); }
    /** The upper ({@code upper}) or lower Cholesky factor. */
    @TorchFunction public Tensor cholesky(boolean upper) {
        LinalgWarnings.once(LinalgWarnings.CHOLESKY);
        return Factorizations.cholesky(me(), upper, false);
    }
    /** (Q, R), reduced: {@code randn(4, 3).qr()}. */
    @TorchFunction public Linalg.QR qr() { return qr(true); }
    /** (Q, R), reduced when {@code some}, else complete. */
    @TorchFunction public Linalg.QR qr(boolean some) {
        LinalgWarnings.once(LinalgWarnings.QR);
        return Linalg.qrOf(me(), some ? "reduced" : "complete", "qr");
    }
    /** (U, S, V) with A = U·diag(S)·Vᵀ, reduced: {@code randn(4, 3).svd()}. */
    @TorchFunction public Linalg.SVD svd() { return svd(true, true); }
    /** (U, S, V): reduced when {@code some}, else full. */
    @TorchFunction public Linalg.SVD svd(boolean some) { return svd(some, true); }
    /** (U, S, V); without {@code computeUv}, U and V are zeros of the full shapes, as in PyTorch. */
    @TorchFunction public Linalg.SVD svd(boolean some, boolean computeUv) { return Linalg.svdOld(me(), some, computeUv); }
}
