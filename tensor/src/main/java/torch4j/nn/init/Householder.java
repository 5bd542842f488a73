package torch4j.nn.init;

/**
 * Householder QR in float64 (LAPACK {@code geqrf}'s reflectors, {@code dlarfg}'s sign
 * convention), for {@link Init#orthogonal_}: returns the thin Q with each column multiplied by
 * the sign of R's diagonal entry, i.e. {@code q * sign(diag(r))} as {@code nn.init.orthogonal_}
 * does — the factor with a non-negative diagonal in R, unique for a full-rank input.
 */
final class Householder {
    private Householder() {}

    /**
     * @param a row-major m × n matrix, m ≥ n (overwritten)
     * @return row-major m × n Q, columns signed by sign(R[k][k])
     */
    static double[] orthonormalFactor(double[] a, int m, int n) {
        double[] tau = new double[n];
        double[] diag = new double[n];
        for (int k = 0; k < n; k++) {
            double alpha = a[k * n + k];
            double xnorm = 0;
            for (int i = k + 1; i < m; i++) xnorm = Math.hypot(xnorm, a[i * n + k]);
            if (xnorm == 0) {
                tau[k] = 0;
                diag[k] = alpha;
                a[k * n + k] = 1;
                continue;
            }
            double beta = -Math.copySign(Math.hypot(alpha, xnorm), alpha);
            tau[k] = (beta - alpha) / beta;
            double scale = 1 / (alpha - beta);
            for (int i = k + 1; i < m; i++) a[i * n + k] *= scale;
            a[k * n + k] = 1; // v = (1, a[k+1..m, k])
            diag[k] = beta;
            // apply H = I - tau v v^T to the trailing columns
            for (int j = k + 1; j < n; j++) {
                double dot = 0;
                for (int i = k; i < m; i++) dot += a[i * n + k] * a[i * n + j];
                double f = tau[k] * dot;
                for (int i = k; i < m; i++) a[i * n + j] -= f * a[i * n + k];
            }
        }
        // Q = H0 H1 … H(n-1) applied to the first n columns of the identity
        double[] q = new double[m * n];
        for (int k = 0; k < n; k++) q[k * n + k] = 1;
        for (int k = n - 1; k >= 0; k--) {
            if (tau[k] == 0) continue;
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int i = k; i < m; i++) dot += a[i * n + k] * q[i * n + j];
                double f = tau[k] * dot;
                for (int i = k; i < m; i++) q[i * n + j] -= f * a[i * n + k];
            }
        }
        for (int j = 0; j < n; j++) {
            double s = Math.signum(diag[j]);
            for (int i = 0; i < m; i++) q[i * n + j] *= s;
        }
        return q;
    }
}
