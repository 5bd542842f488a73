package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * gradcheck cases for the linear algebra nodes (the addmm family, trace, vdot, cross, the
 * factorizations, norms, cdist); merged into {@link GradCheckTableTest#table()}. The
 * factorizations get inputs where they are smooth: well-conditioned matrices, symmetric
 * positive-definite ones built from the input for cholesky and eigh (so a perturbation of any
 * entry stays in the domain), distinct singular values for the SVD.
 */
final class LinalgGradCases {
    private LinalgGradCases() {}

    /** A well-conditioned square input: randn plus a diagonal shift. */
    static Tensor square(long n) { return Torch.randn(n, n).add(Torch.eye(n).mul(3)).toDouble().requiresGrad_(); }

    /** X·Xᵀ + n·I: symmetric positive-definite for every X. */
    static Tensor spd(Tensor x) { return x.matmul(x.transpose(-2, -1)).add(Torch.eye(x.size(-1)).toDouble().mul(x.size(-1))); }

    static Tensor flat(Tensor... ts) {
        return Torch.cat(java.util.Arrays.stream(ts).map(t -> t.reshape(-1)).toList(), 0);
    }

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        t.put("AddbmmBackward0", new GradCheckTableTest.Case(() -> List.of(in(2, 1), in(3, 2, 4), in(3, 4, 3)),
                l -> l.get(0).addbmm(l.get(1), l.get(2), 0.5, 2)));
        t.put("AddmvBackward0", new GradCheckTableTest.Case(() -> List.of(in(2), in(2, 3), in(3)), l -> l.get(0).addmv(l.get(1), l.get(2), 2, -1)));
        t.put("AddrBackward0", new GradCheckTableTest.Case(() -> List.of(in(2, 3), in(2), in(3)), l -> l.get(0).addr(l.get(1), l.get(2), 0.5, 3)));
        t.put("TraceBackward0", one(() -> in(3, 4), Tensor::trace));
        t.put("VdotBackward0", two(() -> in(4), () -> in(4), Tensor::vdot));
        t.put("LinalgCrossBackward0", two(() -> in(1, 3), () -> in(4, 3), (a, b) -> a.cross(b, -1)));
        t.put("DiagonalBackward0", one(() -> in(3, 3, 2), a -> Torch.einsum("iij->ij", a)));
        t.put("LinalgDetBackward0", one(() -> square(3), Tensor::det));
        t.put("LinalgSlogdetBackward0", one(() -> square(3), a -> a.slogdet().logabsdet()));
        t.put("LinalgInvExBackward0", one(() -> square(3), Tensor::inverse));
        t.put("LinalgSolveExBackward0", two(() -> square(3), () -> in(3, 2), (a, b) -> Torch.linalg().solve(a, b)));
        t.put("CholeskyBackward0", one(() -> in(3, 3), x -> spd(x).cholesky(true)));
        t.put("LinalgCholeskyExBackward0", one(() -> in(2, 3, 3), x -> Torch.linalg().cholesky(spd(x))));
        t.put("LinalgQrBackward0", one(() -> in(4, 3), a -> { var qr = a.qr(); return flat(qr.Q(), qr.R()); }));
        t.put("LinalgSvdBackward0", one(() -> in(4, 3), a -> { var s = a.svd(); return flat(s.U(), s.S(), s.V()); }));
        t.put("LinalgEighBackward0", one(() -> in(3, 3), x -> { var e = Torch.linalg().eigh(x.add(x.t())); return flat(e.eigenvalues(), e.eigenvectors()); }));
        t.put("LinalgPinvBackward0", one(() -> in(3, 4), Tensor::pinverse));
        t.put("LinalgVectorNormBackward0", one(() -> in(2, 3), a -> Torch.linalg().vectorNorm(a, 3, new long[]{1}, false)));
        t.put("CdistBackward0", two(() -> in(3, 2), () -> in(4, 2), (a, b) -> Torch.cdist(a, b)));
        return t;
    }
}
