package torch4j;

import java.util.Arrays;
import java.util.List;
import torch4j.storage.Shapes;

/**
 * The LU- and Cholesky-based ops — det, slogdet, logdet, inv, solve, cholesky — over the
 * backend's LAPACK primitives ({@link torch4j.backend.LinalgPrimitives#luFactor} ...), batched
 * over leading dims, float32/float64, with PyTorch 1.13's checks and error texts (a failed
 * factorization of a batch names its item: "(Batch element 1): ...") and its backward nodes.
 */
final class Factorizations {
    private Factorizations() {}

    // ---------------------------------------------------------------- checks and plumbing

    /** linalg's checks on a batch of square matrices, in PyTorch's order. */
    static void checkSquare(Tensor a, String fn) {
        checkMatrix(a, fn);
        if (a.shape[a.dim() - 1] != a.shape[a.dim() - 2])
            throw new IllegalArgumentException(fn + ": A must be batches of square matrices, but they are " + a.shape[a.dim() - 2] + " by "
                    + a.shape[a.dim() - 1] + " matrices");
    }

    static void checkMatrix(Tensor a, String fn) {
        if (a.dim() < 2) throw new IllegalArgumentException(fn + ": The input tensor A must have at least 2 dimensions.");
        if (!a.dtype().isFloatingPoint())
            throw new IllegalArgumentException(fn + ": Expected a floating point or complex tensor as input. Got " + a.dtype().scalarTypeName());
    }

    /** A fresh contiguous copy (the factorizations overwrite their input). */
    static Tensor work(Tensor a) { return Conversions.cloneOf(a); }

    static int batch(Tensor a) { return Math.toIntExact(Shapes.numel(Arrays.copyOf(a.shape, a.dim() - 2))); }

    /** The message prefix of a failed item: none for a single matrix, "(Batch element i): " in a batch. */
    static String where(Tensor a, int item) { return a.dim() > 2 ? "(Batch element " + item + "): " : ""; }

    static Tensor mT(Tensor a) { return a.transpose(-2, -1); }

    /** Identity matrices shaped like {@code a} (..., n, n). */
    static Tensor eyeLike(Tensor a) {
        long n = a.shape[a.dim() - 1];
        Tensor eye = Creation.eye(n, n, a.dtype()).to(a.device());
        return eye.expand(a.shape).contiguous();
    }

    /**
     * Makes {@code outs} the outputs of one node {@code name} over {@code inputs} (an op with
     * several differentiable results: slogdet, qr, svd, eigh); the formula gets each output's
     * gradient, null where none arrived.
     */
    static Tensor[] attach(Tensor[] outs, String name, Recording.MultiFormula formula, Tensor... inputs) {
        if (!Recording.needed(List.of(inputs))) return outs;
        Recording.OpNode node = new Recording.OpNode(name, formula);
        node.connect(inputs);
        node.setNumOutputs(outs.length);
        node.setOutputMetadata(outs[0].shape.clone(), outs[0].dtype());
        for (int k = 0; k < outs.length; k++) {
            outs[k].gradFn = node;
            outs[k].outputNr = k;
            outs[k].requiresGrad = true;
        }
        return outs;
    }

    /** Runs {@code body} with grad mode off (the forward of a recorded op). */
    static <T> T untracked(java.util.function.Supplier<T> body) {
        boolean previous = torch4j.autograd.GradMode.setEnabled(false);
        try {
            return body.get();
        } finally {
            torch4j.autograd.GradMode.setEnabled(previous);
        }
    }

    // ---------------------------------------------------------------- LU: det, slogdet, logdet

    /** LAPACK's getrf of a copy of {@code a}: the packed factors, the pivots and the info per item. */
    record Lu(Tensor factors, int[] pivots, int[] info) {
        /** (-1)^(number of row swaps) per item, as a tensor of the batch shape. */
        Tensor permutationSign() {
            int n = (int) factors.shape[factors.dim() - 1], b = info.length;
            double[] s = new double[b];
            for (int i = 0; i < b; i++) {
                int swaps = 0;
                for (int j = 0; j < n; j++) if (pivots[i * n + j] != j + 1) swaps++;
                s[i] = swaps % 2 == 0 ? 1 : -1;
            }
            return Torch.tensor(s).to(factors.dtype()).to(factors.device()).view(Arrays.copyOf(factors.shape, factors.dim() - 2));
        }
    }

    static Lu lu(Tensor a) {
        Tensor w = work(a);
        int b = batch(a), n = (int) a.shape[a.dim() - 1];
        int[] piv = new int[Math.max(1, b * n)], info = new int[b];
        if (b > 0 && n > 0) w.backend().linalg().luFactor(b, n, n, w.storage, w.offset, piv, info);
        return new Lu(w, piv, info);
    }

    static Tensor det(Tensor a) {
        checkSquare(a, "linalg.det");
        if (Recording.needed(a))
            return Recording.record("LinalgDetBackward0", (node, g) -> new Tensor[]{detBackward(g, node.saved(1), node.saved(0))},
                    () -> det(a), new Tensor[]{a}, a, Recording.OUTPUT);
        Lu lu = lu(a);
        return Diagonal.view(lu.factors, a.dim() - 2, a.dim() - 1).prod(-1).mul(lu.permutationSign());
    }

    /**
     * (g·det)·A⁻ᵀ. PyTorch solves Aᵀ·X = (g·det)·I by LU, and BLAS's triangular solve leaves a
     * zero right-hand side zero, so an exactly singular matrix (det 0) gets a zero gradient
     * rather than 0·∞: the same here, where det is 0.
     */
    private static Tensor detBackward(Tensor g, Tensor det, Tensor a) {
        Tensor gA = unsqueeze2(g.mul(det)).mul(mT(inverseUnchecked(a)));
        return Pointwise.where(unsqueeze2(det.eq(0L)).expand(gA.shape), Torch.zerosLike(gA), gA);
    }

    static Tensor unsqueeze2(Tensor t) { return t.unsqueeze(-1).unsqueeze(-1); }

    /** (sign, logabsdet): the signs of U's diagonal and the pivots, and the sum of log|U_ii|. */
    static Tensor[] slogdet(Tensor a) {
        checkSquare(a, "linalg.slogdet");
        Tensor[] out = untracked(() -> {
            Lu lu = lu(a);
            Tensor d = Diagonal.view(lu.factors, a.dim() - 2, a.dim() - 1);
            return new Tensor[]{d.sign().prod(-1).mul(lu.permutationSign()), d.abs().log().sum(-1)};
        });
        return attach(out, "LinalgSlogdetBackward0", (node, g) -> new Tensor[]{
                g[1] == null ? Torch.zerosLike(a) : unsqueeze2(g[1]).mul(mT(inverseUnchecked(a)))}, a);
    }

    /** logdet: logabsdet where the determinant is positive, NaN where negative (where(sign == -1, nan, logabsdet)). */
    static Tensor logdet(Tensor a) {
        Tensor[] s = slogdet(a);
        return Pointwise.where(s[0].eq(-1L), Torch.tensor(Double.NaN).to(a.dtype()), s[1]);
    }

    // ---------------------------------------------------------------- inverse and solve

    static Tensor inv(Tensor a) { return inv(a, true); }

    /**
     * A⁻¹ ({@code LinalgInvExBackward0}, as linalg.inv_ex); {@code check} raises PyTorch's error for
     * a singular matrix, without it (the backward formulas) the solve runs through, as PyTorch's do.
     */
    static Tensor inv(Tensor a, boolean check) {
        checkSquare(a, "linalg.inv");
        if (Recording.needed(a))
            return Recording.record("LinalgInvExBackward0", (node, g) -> {
                Tensor x = mT(node.saved(0));
                return new Tensor[]{x.matmul(g).matmul(x).neg()};
            }, () -> inv(a, check), new Tensor[]{a}, Recording.OUTPUT);
        Lu lu = lu(a);
        for (int i = 0; i < lu.info.length && check; i++)
            if (lu.info[i] > 0)
                throw new IllegalArgumentException("linalg.inv: " + where(a, i) + "The diagonal element " + lu.info[i]
                        + " is zero, the inversion could not be completed because the input matrix is singular.");
        return luSolve(lu, eyeLike(a));
    }

    /** X with A·X = B from A's LU; B (..., n, k) of A's batch shape, copied. */
    private static Tensor luSolve(Lu lu, Tensor b) {
        Tensor x = work(b);
        int n = (int) b.shape[b.dim() - 2], k = (int) b.shape[b.dim() - 1], items = lu.info.length;
        if (items > 0 && n > 0 && k > 0) x.backend().linalg().luSolve(items, n, k, lu.factors.storage, lu.factors.offset, lu.pivots, x.storage, x.offset);
        return x;
    }

    /** A⁻¹ without the singularity check, differentiable (the backward formulas, where PyTorch also solves through). */
    static Tensor inverseUnchecked(Tensor a) { return inv(a, false); }

    /**
     * linalg.solve(A, B): B is a batch of vectors when it is 1-D or has A's shape minus the last
     * dim, else of matrices; batch dims broadcast.
     */
    static Tensor solve(Tensor a, Tensor b) {
        checkSquare(a, "linalg.solve");
        if (b.dtype() != a.dtype())
            throw new IllegalArgumentException("linalg.solve: Expected A and B to have the same dtype, but found A of type "
                    + a.dtype().scalarTypeName() + " and B of type " + b.dtype().scalarTypeName() + " instead");
        boolean vector = b.dim() == 1 || (b.dim() == a.dim() - 1 && Arrays.equals(b.shape, Arrays.copyOf(a.shape, a.dim() - 1)));
        Tensor bm = vector ? b.unsqueeze(-1) : b;
        long n = a.shape[a.dim() - 1];
        if (bm.shape[bm.dim() - 2] != n)
            throw new IllegalArgumentException("linalg.solve: Incompatible shapes of A and B for the equation "
                    + (vector ? "AX = B" : "AX = B") + " (" + a.shape[a.dim() - 2] + "x" + n + " and " + bm.shape[bm.dim() - 2] + "x"
                    + bm.shape[bm.dim() - 1] + ")");
        long[] batchShape = Shapes.broadcast(Arrays.copyOf(a.shape, a.dim() - 2), Arrays.copyOf(bm.shape, bm.dim() - 2));
        Tensor ab = a.expand(concat(batchShape, n, n)), bb = bm.expand(concat(batchShape, n, bm.shape[bm.dim() - 1]));
        if (Recording.needed(a, b)) {
            long[] sa = a.shape.clone(), sb = b.shape.clone();
            return Recording.record("LinalgSolveExBackward0", (node, g) -> {
                Tensor x = node.saved(1), gm = vector ? g.unsqueeze(-1) : g, xm = vector ? x.unsqueeze(-1) : x;
                Tensor gB = solve(mT(node.saved(0).expand(concat(batchShape, n, n))), gm);
                return new Tensor[]{node.needs(0) ? Recording.sumTo(gB.matmul(mT(xm)).neg(), sa) : null,
                        node.needs(1) ? Recording.sumTo(vector ? gB.squeeze(-1) : gB, sb) : null};
            }, () -> solve(a, b), new Tensor[]{a, b}, a, Recording.OUTPUT);
        }
        Lu lu = lu(ab);
        for (int i = 0; i < lu.info.length; i++)
            if (lu.info[i] > 0)
                throw new IllegalArgumentException("torch.linalg.solve: " + where(ab, i) + "The solver failed because the input matrix is singular.");
        Tensor x = luSolve(lu, bb);
        return vector ? x.squeeze(-1) : x;
    }

    static long[] concat(long[] batch, long r, long c) {
        long[] out = Arrays.copyOf(batch, batch.length + 2);
        out[batch.length] = r;
        out[batch.length + 1] = c;
        return out;
    }

    // ---------------------------------------------------------------- cholesky

    /** {@code torch.cholesky} ("cholesky", CholeskyBackward0) and {@code torch.linalg.cholesky} ("linalg.cholesky", LinalgCholeskyExBackward0). */
    static Tensor cholesky(Tensor a, boolean upper, boolean linalg) {
        String fn = linalg ? "linalg.cholesky" : "cholesky";
        checkSquare(a, fn);
        if (Recording.needed(a))
            return Recording.record(linalg ? "LinalgCholeskyExBackward0" : "CholeskyBackward0",
                    (node, g) -> new Tensor[]{choleskyBackward(g, node.saved(0), upper)}, () -> cholesky(a, upper, linalg), new Tensor[]{a},
                    Recording.OUTPUT);
        Tensor w = work(a);
        int b = batch(a), n = (int) a.shape[a.dim() - 1];
        int[] info = new int[b];
        if (b > 0 && n > 0) w.backend().linalg().cholesky(b, n, upper, w.storage, w.offset, info);
        for (int i = 0; i < b; i++)
            if (info[i] > 0)
                throw new IllegalArgumentException(fn + ": " + where(a, i) + "The factorization could not be completed because the input is not"
                        + " positive-definite (the leading minor of order " + info[i] + " is not positive-definite).");
        return w.mul(TriangleMasks.mask(n, upper, w));
    }

    /**
     * PyTorch's cholesky_backward: with L lower, Φ = tril(Lᵀ·gL) with half its diagonal,
     * gA = L⁻ᵀ·Φ·L⁻¹, symmetrized.
     */
    static Tensor choleskyBackward(Tensor gL, Tensor factor, boolean upper) {
        Tensor l = upper ? mT(factor) : factor, g = upper ? mT(gL) : gL;
        long n = l.shape[l.dim() - 1];
        Tensor lInv = inverseUnchecked(l);
        Tensor phi = mT(l).matmul(g).mul(TriangleMasks.lowerHalfDiagonal(n, l));
        Tensor gA = mT(lInv).matmul(phi).matmul(lInv);
        return gA.add(mT(gA)).mul(0.5);
    }
}
