package torch4j;

import static torch4j.Factorizations.attach;
import static torch4j.Factorizations.batch;
import static torch4j.Factorizations.checkMatrix;
import static torch4j.Factorizations.mT;
import static torch4j.Factorizations.untracked;
import static torch4j.Factorizations.work;

import java.util.Arrays;

/**
 * QR, SVD, the symmetric eigendecomposition, the pseudo-inverse and matrix powers over the
 * backend's LAPACK primitives (geqrf/orgqr, gesdd, syevd), batched, with PyTorch 1.13's
 * backward formulas ({@code LinalgQrBackward0}, {@code LinalgSvdBackward0},
 * {@code LinalgEighBackward0}, {@code LinalgPinvBackward0}). Signs of Q, R, U, V and the
 * eigenvectors are LAPACK's, as PyTorch's are: the golden cases compare them entry by entry with
 * PyTorch 1.13 (built against a generic LAPACK) and they agree. Another LAPACK (MKL) may flip a
 * singular or eigenvector's sign, which the reconstruction A = U·diag(S)·Vᵀ does not see.
 */
final class Spectral {
    private Spectral() {}

    static long rows(Tensor a) { return a.shape[a.dim() - 2]; }

    static long cols(Tensor a) { return a.shape[a.dim() - 1]; }

    static long[] withMatrix(Tensor a, long r, long c) { return Factorizations.concat(Arrays.copyOf(a.shape, a.dim() - 2), r, c); }

    // ---------------------------------------------------------------- QR

    /** (Q, R) for mode "reduced", "complete" or "r" (Q empty). */
    static Tensor[] qr(Tensor a, String mode) {
        if (!mode.equals("reduced") && !mode.equals("complete") && !mode.equals("r"))
            throw new IllegalArgumentException("qr received unrecognized mode '" + mode + "' but expected one of 'reduced' (default), 'r', or 'complete'");
        checkMatrix(a, "linalg.qr");
        long m = rows(a), n = cols(a), k = Math.min(m, n);
        long qCols = mode.equals("complete") ? m : k, rRows = mode.equals("complete") ? m : k;
        Tensor[] out = untracked(() -> {
            Tensor w = work(a);
            Tensor q = w.allocateLike(a.dtype(), withMatrix(a, m, qCols));
            int b = batch(a);
            if (b > 0 && m > 0 && n > 0) w.backend().linalg().qr(b, (int) m, (int) n, w.storage, w.offset, q.storage, q.offset, (int) qCols);
            else if (qCols > 0) q = Factorizations.eyeLike(q.view(withMatrix(a, m, m)));   // an empty A: Q = I
            Tensor r = w.narrow(-2, 0, rRows).contiguous();
            return new Tensor[]{mode.equals("r") ? w.allocateLike(a.dtype(), new long[]{0}) : q, r};
        });
        // the formula reads the outputs themselves (as PyTorch's saved outputs), so a second derivative flows through them
        return attach(out, "LinalgQrBackward0", (node, g) -> new Tensor[]{qrBackward(g[0], g[1], out[0], out[1], mode, m, n)}, a);
    }

    /**
     * For m ≥ n (the reduced QR): M = R·gRᵀ − gQᵀ·Q, gA = (gQ + Q·copyltu(M))·R⁻ᵀ with
     * copyltu(M) = tril(M) + tril(M, −1)ᵀ. For m < n, A = [X | Y] with X = Q·U: the X part is
     * the square case with gQ + Y·gVᵀ, the Y part Q·gV.
     */
    static Tensor qrBackward(Tensor gQ, Tensor gR, Tensor q, Tensor r, String mode, long m, long n) {
        if (mode.equals("r"))
            throw new IllegalArgumentException("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. Please use"
                    + " linalg.qr(A, mode='reduced') if you are going to differentiate through linalg.qr.");
        if (mode.equals("complete") && m > n)
            throw new IllegalArgumentException("The QR decomposition is not differentiable when mode='complete' and nrows > ncols.");
        if (gQ == null) gQ = Torch.zerosLike(q);
        if (gR == null) gR = Torch.zerosLike(r);
        if (m >= n) return squareQrBackward(gQ, gR, q, r);
        Tensor u = r.narrow(-1, 0, m), gU = gR.narrow(-1, 0, m), gV = gR.narrow(-1, m, n - m);
        // Y = Q·V (V = R[:, m:]), so gQ gains gY-side terms: gQ' = gQ + Y·gVᵀ where Y = A[:, m:]
        Tensor y = q.matmul(r.narrow(-1, m, n - m));
        Tensor gX = squareQrBackward(gQ.add(y.matmul(mT(gV))), gU, q, u);
        return Joining.cat(java.util.List.of(gX, q.matmul(gV)), -1);
    }

    private static Tensor squareQrBackward(Tensor gQ, Tensor gR, Tensor q, Tensor r) {
        long n = cols(r);
        Tensor mm = r.matmul(mT(gR)).sub(mT(gQ).matmul(q));
        Tensor lower = mm.mul(TriangleMasks.mask(n, false, mm));
        Tensor copyltu = lower.add(mT(mm.mul(TriangleMasks.strictlyLower(n, mm))));
        Tensor b = gQ.add(q.matmul(copyltu));
        // b·R⁻ᵀ
        return b.matmul(mT(Factorizations.inverseUnchecked(r)));
    }

    // ---------------------------------------------------------------- SVD

    /** (U, S, Vh) of linalg.svd; with {@code computeUV} false only S is meaningful (U, Vh empty). */
    static Tensor[] svd(Tensor a, boolean fullMatrices, boolean computeUV, String fn) {
        checkMatrix(a, fn);
        long m = rows(a), n = cols(a), k = Math.min(m, n);
        boolean full = fullMatrices && computeUV;
        Tensor[] out = untracked(() -> {
            Tensor w = work(a);
            int b = batch(a);
            long[] batchShape = Arrays.copyOf(a.shape, a.dim() - 2);
            long[] sShape = Arrays.copyOf(batchShape, batchShape.length + 1);
            sShape[batchShape.length] = k;
            Tensor s = w.allocateLike(a.dtype(), sShape);
            Tensor u = w.allocateLike(a.dtype(), computeUV ? withMatrix(a, m, full ? m : k) : new long[]{0});
            Tensor vh = w.allocateLike(a.dtype(), computeUV ? withMatrix(a, full ? n : k, n) : new long[]{0});
            int[] info = new int[b];
            if (b > 0 && k > 0)
                w.backend().linalg().svd(b, (int) m, (int) n, w.storage, w.offset, full, computeUV, s.storage, u.storage, vh.storage, info);
            else if (computeUV && full) {   // no singular values: U and Vh are identities
                u = Factorizations.eyeLike(u);
                vh = Factorizations.eyeLike(vh);
            }
            for (int i = 0; i < b; i++)
                if (info[i] > 0)
                    throw new IllegalArgumentException(fn + ": " + Factorizations.where(a, i) + "The algorithm failed to converge because the input"
                            + " matrix is ill-conditioned or has too many repeated singular values (error code: " + info[i] + ").");
            return new Tensor[]{u, s, vh};
        });
        if (!computeUV) {
            Tensor[] s = attach(new Tensor[]{out[1]}, "LinalgSvdBackward0", (node, g) -> new Tensor[]{svdValuesBackward(g[0], a)}, a);
            return new Tensor[]{out[0], s[0], out[2]};
        }
        return attach(out, "LinalgSvdBackward0", (node, g) -> new Tensor[]{svdBackward(g[0], g[1], g[2], out[0], out[1], out[2], full)}, a);
    }

    /** The gradient through singular values alone: U·diag(gS)·Vh from a reduced SVD of A (recorded when a graph of the gradient is built). */
    private static Tensor svdValuesBackward(Tensor gS, Tensor a) {
        Tensor[] usv = svd(a, false, true, "linalg.svd");
        return svdBackward(null, gS, null, usv[0], usv[1], usv[2], false);
    }

    /** PyTorch 1.13's svd_backward (real case), on the first min(m, n) columns of U and rows of Vh. */
    static Tensor svdBackward(Tensor gU, Tensor gS, Tensor gVh, Tensor u, Tensor s, Tensor vh, boolean full) {
        long m = rows(u), n = cols(vh), k = s.shape[s.dim() - 1];
        if (full) {
            u = u.narrow(-1, 0, k);
            vh = vh.narrow(-2, 0, k);
            if (gU != null) gU = gU.narrow(-1, 0, k);
            if (gVh != null) gVh = gVh.narrow(-2, 0, k);
        }
        if (gU == null && gVh == null) return u.matmul(Diagonal.embed(gS == null ? Torch.zerosLike(s) : gS)).matmul(vh);
        Tensor uhgu = gU == null ? null : skew(mT(u).matmul(gU));
        Tensor vhgv = gVh == null ? null : skew(vh.matmul(mT(gVh)));
        Tensor s2 = s.mul(s);
        Tensor e = s2.unsqueeze(-2).sub(s2.unsqueeze(-1));
        e = e.add(Diagonal.embed(Torch.onesLike(s)));   // 1 on the diagonal: the division there is replaced below
        Tensor gA;
        if (uhgu != null) gA = vhgv != null ? uhgu.mul(s.unsqueeze(-2)).add(vhgv.mul(s.unsqueeze(-1))) : uhgu.mul(s.unsqueeze(-2));
        else gA = vhgv.mul(s.unsqueeze(-1));
        gA = gA.div(e).mul(Torch.onesLike(e).sub(Diagonal.embed(Torch.onesLike(s))));
        if (gS != null) gA = gA.add(Diagonal.embed(gS));
        if (m > k && gU != null) {
            gA = u.matmul(gA);
            Tensor gUSinv = gU.div(s.unsqueeze(-2));
            gA = gA.add(gUSinv).sub(u.matmul(mT(u).matmul(gUSinv)));
            gA = gA.matmul(vh);
        } else if (n > k && gVh != null) {
            gA = gA.matmul(vh);
            Tensor gVhSinv = gVh.div(s.unsqueeze(-1));
            gA = gA.add(gVhSinv).sub(gVhSinv.matmul(mT(vh)).matmul(vh));
            gA = u.matmul(gA);
        } else {
            gA = m >= n ? u.matmul(gA.matmul(vh)) : u.matmul(gA).matmul(vh);
        }
        return gA;
    }

    private static Tensor skew(Tensor x) { return x.sub(mT(x)); }

    // ---------------------------------------------------------------- eigh

    /** (eigenvalues ascending, eigenvectors in columns) of the symmetric matrices whose {@code uplo} triangle is given. */
    static Tensor[] eigh(Tensor a, String uplo, boolean vectors, String fn) {
        if (!uplo.equals("L") && !uplo.equals("U") && !uplo.equals("l") && !uplo.equals("u"))
            throw new IllegalArgumentException("Expected UPLO argument to be 'L' or 'U', but got " + uplo);
        Factorizations.checkSquare(a, fn);
        boolean upper = uplo.equalsIgnoreCase("U");
        long n = cols(a);
        Tensor[] out = untracked(() -> {
            Tensor w = work(a);
            int b = batch(a);
            Tensor vals = w.allocateLike(a.dtype(), Arrays.copyOf(a.shape, a.dim() - 1));
            int[] info = new int[b];
            if (b > 0 && n > 0) w.backend().linalg().eigh(b, (int) n, upper, vectors, w.storage, w.offset, vals.storage, info);
            for (int i = 0; i < b; i++)
                if (info[i] > 0)
                    throw new IllegalArgumentException(fn + ": " + Factorizations.where(a, i) + "The algorithm failed to converge because the input"
                            + " matrix is ill-conditioned or has too many repeated eigenvalues (error code: " + info[i] + ").");
            return new Tensor[]{vals, vectors ? w : w.allocateLike(a.dtype(), new long[]{0})};
        });
        if (!vectors) {
            Tensor[] l = attach(new Tensor[]{out[0]}, "LinalgEighBackward0", (node, g) -> {
                Tensor[] lv = eigh(a, uplo, true, fn);
                return new Tensor[]{eighBackward(g[0], null, lv[0], lv[1])};
            }, a);
            return new Tensor[]{l[0], out[1]};
        }
        return attach(out, "LinalgEighBackward0", (node, g) -> new Tensor[]{eighBackward(g[0], g[1], out[0], out[1])}, a);
    }

    /** gA = V·(diag(gL) + (Vᵀ·gV − (Vᵀ·gV)ᵀ)/2 / (λ_j − λ_i) off the diagonal)·Vᵀ, as PyTorch's for Hermitian input. */
    static Tensor eighBackward(Tensor gL, Tensor gV, Tensor l, Tensor v) {
        Tensor inner;
        if (gV != null) {
            Tensor vhgv = mT(v).matmul(gV);
            Tensor e = l.unsqueeze(-2).sub(l.unsqueeze(-1));
            Tensor offDiag = Torch.onesLike(e).sub(Diagonal.embed(Torch.onesLike(l)));
            inner = vhgv.sub(mT(vhgv)).mul(0.5).div(e.add(Diagonal.embed(Torch.onesLike(l)))).mul(offDiag);
            if (gL != null) inner = inner.add(Diagonal.embed(gL));
        } else inner = Diagonal.embed(gL);
        return v.matmul(inner).matmul(mT(v));
    }

    // ---------------------------------------------------------------- pinv and matrix_power

    /** linalg.pinv: V·diag(1/S where S > max(atol, rtol·max S))·Uᵀ; rtol defaults to eps·max(m, n) when neither is given. */
    static Tensor pinv(Tensor a, Double atol, Double rtol) {
        checkMatrix(a, "linalg.pinv");
        long m = rows(a), n = cols(a);
        if (Recording.needed(a))
            return Recording.record("LinalgPinvBackward0", (node, g) -> new Tensor[]{pinvBackward(g, node.saved(1), node.saved(0))},
                    () -> pinv(a, atol, rtol), new Tensor[]{a}, a, Recording.OUTPUT);
        double eps = a.dtype() == DType.FLOAT64 ? Math.ulp(1.0) : Math.ulp(1.0f);
        double r = rtol != null ? rtol : atol != null && atol > 0 ? 0 : eps * Math.max(m, n);
        double at = atol != null ? atol : 0;
        Tensor[] usv = svd(a, false, true, "linalg.pinv");
        Tensor s = usv[1];
        if (s.shape[s.dim() - 1] == 0) return a.allocateLike(a.dtype(), withMatrix(a, n, m));
        Tensor maxS = s.narrow(-1, 0, 1);   // descending: the first is the largest
        Tensor tol = maxS.mul(r).clampMin(at);
        Tensor keep = s.gt(tol);
        Tensor sInv = Pointwise.where(keep, s.reciprocal(), Torch.zerosLike(s));
        return mT(usv[2]).mul(sInv.unsqueeze(-2)).matmul(mT(usv[0]));
    }

    /** PyTorch's pinv_backward (Golub and Pereyra), the product order chosen by the smaller dim. */
    static Tensor pinvBackward(Tensor grad, Tensor pinvA, Tensor a) {
        long m = rows(a), n = cols(a);
        Tensor pinvAh = mT(pinvA), gradh = mT(grad);
        if (m <= n) {
            Tensor k = gradh.matmul(pinvA), kpinvAh = k.matmul(pinvAh);
            return mT(pinvA.matmul(k)).neg().add(kpinvAh).sub(a.matmul(pinvA).matmul(kpinvAh))
                    .add(pinvAh.matmul(pinvA).matmul(gradh.sub(k.matmul(a))));
        }
        Tensor k = pinvA.matmul(gradh), pinvAhK = pinvAh.matmul(k);
        return mT(k.matmul(pinvA)).neg().add(gradh.sub(a.matmul(k)).matmul(pinvA).matmul(pinvAh)).add(pinvAhK)
                .sub(pinvAhK.matmul(pinvA).matmul(a));
    }

    /** ATen's linalg_matrix_power: identity for 0, inverse for negative n, a copy for 1, else products by binary decomposition. */
    static Tensor matrixPower(Tensor a, long n) {
        if (a.dim() < 2) throw new IllegalArgumentException("linalg.matrix_power: The input tensor A must have at least 2 dimensions.");
        if (rows(a) != cols(a))
            throw new IllegalArgumentException("linalg.matrix_power: A must be batches of square matrices, but they are " + rows(a) + " by "
                    + cols(a) + " matrices");
        if (n == 0) return a.clone().copy_(Factorizations.eyeLike(a));
        if (n < 0) {
            a = Factorizations.inv(a);
            n = -n;
        }
        if (n == 1) return a.clone();
        if (n == 2) return a.matmul(a);
        if (n == 3) return a.matmul(a).matmul(a);
        Tensor z = null, result = null;
        while (n > 0) {
            long bit = n % 2;
            n /= 2;
            z = z == null ? a : z.matmul(z);
            if (bit == 1) result = result == null ? z : result.matmul(z);
        }
        return result;
    }
}
