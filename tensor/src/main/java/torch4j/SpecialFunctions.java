package torch4j;

/**
 * Scalar special functions in double for the elementwise ops of {@link MathUnaryOps}: the inverse
 * hyperbolics (fdlibm's formulas, accurate where the naive ones cancel), erfc, erfinv (ATen's
 * rational start and two Newton steps), lgamma, digamma and the polygammas (ATen's Cephes
 * algorithms), and the modified Bessel functions i0 and i1 (their power series: positive terms,
 * so no cancellation).
 */
final class SpecialFunctions {
    private SpecialFunctions() {}

    private static final double LN2 = Math.log(2), EULER = 0.57721566490153286061, SQRT_PI = Math.sqrt(Math.PI);

    static double acosh(double x) {
        if (!(x >= 1)) return Double.NaN;
        if (x >= 0x1p28) return Math.log(x) + LN2;
        if (x > 2) return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || a < 0x1p-28) return x;
        double r;
        if (a >= 0x1p28) r = Math.log(a) + LN2;
        else if (a > 2) r = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        else { double t = x * x; r = Math.log1p(a + t / (1 + Math.sqrt(1 + t))); }
        return Math.copySign(r, x);
    }

    static double atanh(double x) {
        double a = Math.abs(x);
        if (a > 1 || Double.isNaN(x)) return Double.NaN;
        if (a == 1) return Math.copySign(Double.POSITIVE_INFINITY, x);
        double r = a < 0.5 ? 0.5 * Math.log1p(2 * a + 2 * a * a / (1 - a)) : 0.5 * Math.log1p(2 * a / (1 - a));
        return Math.copySign(r, x);
    }

    /** 1 − erf(x) without its cancellation: a continued fraction (Lentz) for x ≥ 2, the complement below. */
    static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        if (x < 0) return 2 - erfc(-x);
        if (x < 2) return 1 - NnActivations.erf(x);
        if (x > 27.3) return 0;
        // erfc(x) = e^(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))
        double tiny = 1e-300, f = x, c = x, d = 0;
        for (int k = 1; k < 500; k++) {
            double ak = k * 0.5;
            d = x + ak * d;
            d = d == 0 ? tiny : d;
            c = x + ak / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) break;
        }
        return Math.exp(-x * x) / (SQRT_PI * f);
    }

    private static final double[] ERFINV_A = {0.886226899, -1.645349621, 0.914624893, -0.140543331};
    private static final double[] ERFINV_B = {-2.118377725, 1.442710462, -0.329097515, 0.012229801};
    private static final double[] ERFINV_C = {-1.970840454, -1.624906493, 3.429567803, 1.641345311};
    private static final double[] ERFINV_D = {3.543889200, 1.637067800};

    /** ATen's calc_erfinv: a rational approximation refined by two Newton steps. */
    static double erfinv(double y) {
        double ya = Math.abs(y);
        if (!(ya <= 1)) return Double.NaN;
        if (ya == 1) return Math.copySign(Double.POSITIVE_INFINITY, y);
        double x;
        if (ya <= 0.7) {
            double z = y * y;
            double num = ((ERFINV_A[3] * z + ERFINV_A[2]) * z + ERFINV_A[1]) * z + ERFINV_A[0];
            double dem = (((ERFINV_B[3] * z + ERFINV_B[2]) * z + ERFINV_B[1]) * z + ERFINV_B[0]) * z + 1;
            x = y * num / dem;
        } else {
            double z = Math.sqrt(-Math.log((1 - ya) / 2));
            double num = ((ERFINV_C[3] * z + ERFINV_C[2]) * z + ERFINV_C[1]) * z + ERFINV_C[0];
            double dem = (ERFINV_D[1] * z + ERFINV_D[0]) * z + 1;
            x = Math.copySign(num, y) / dem;
        }
        for (int i = 0; i < 2; i++) x = x - (NnActivations.erf(x) - y) / (2 / SQRT_PI * Math.exp(-x * x));
        return x;
    }

    /** erfinv for float32 as ATen's float overload computes it (float arithmetic, erff, expf). */
    static double erfinvFloat(float y) {
        float ya = Math.abs(y);
        if (!(ya <= 1)) return Float.NaN;
        if (ya == 1) return Math.copySign(Float.POSITIVE_INFINITY, y);
        float x;
        if (ya <= 0.7f) {
            float z = y * y;
            // the polynomials as ATen's AVX2 build evaluates them: multiply-adds fused
            float num = Math.fma(Math.fma(Math.fma(f(ERFINV_A[3]), z, f(ERFINV_A[2])), z, f(ERFINV_A[1])), z, f(ERFINV_A[0]));
            float dem = Math.fma(Math.fma(Math.fma(Math.fma(f(ERFINV_B[3]), z, f(ERFINV_B[2])), z, f(ERFINV_B[1])), z, f(ERFINV_B[0])), z, 1f);
            x = y * num / dem;
        } else {
            float z = (float) Math.sqrt(-(float) Math.log((1f - ya) / 2f));
            float num = Math.fma(Math.fma(Math.fma(f(ERFINV_C[3]), z, f(ERFINV_C[2])), z, f(ERFINV_C[1])), z, f(ERFINV_C[0]));
            float dem = Math.fma(Math.fma(f(ERFINV_D[1]), z, f(ERFINV_D[0])), z, 1f);
            x = Math.copySign(num, y) / dem;
        }
        float twoOverSqrtPi = 2f * (float) (1 / SQRT_PI);
        for (int i = 0; i < 2; i++) x = x - ((float) NnActivations.erf(x) - y) / (twoOverSqrtPi * (float) Math.exp(-x * x));
        return x;
    }

    private static float f(double v) { return (float) v; }

    /**
     * log|Γ(x)|: Taylor series of lgamma(1 + z) (coefficients ζ(k)) near 1 and 2, where it is
     * near zero; Stirling's series from 10 up (the recurrence below); reflection for x < 0.
     */
    static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x <= 0) {
            if (x == Math.rint(x)) return Double.POSITIVE_INFINITY;
            if (x > -0x1p-60) return -Math.log(-x);
            return Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x);
        }
        if (x < 0.5) return lgamma1p(x) - Math.log(x);
        if (x <= 1.5) return lgamma1p(x - 1);
        if (x <= 2.5) return Math.log1p(x - 2) + lgamma1p(x - 2);
        double shift = 0, p = 1;
        while (x < 10) { p *= x; x += 1; if (p > 1e280) { shift += Math.log(p); p = 1; } }
        shift += Math.log(p);
        double z = 1 / (x * x);
        double series = (1.0 / 12 - z * (1.0 / 360 - z * (1.0 / 1260 - z * (1.0 / 1680 - z * (1.0 / 1188
                - z * (691.0 / 360360 - z * (1.0 / 156 - z * 3617.0 / 122400))))))) / x;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
    }

    /** ζ(k) / k for k = 2..199, the coefficients of {@link #lgamma1p}, computed on first use (after zeta's table). */
    private static final class ZetaOverK {
        static final double[] TABLE = new double[200];
        static {
            for (int k = 2; k < TABLE.length; k++) TABLE[k] = zeta(k, 1) / k;
        }
    }

    /** lgamma(1 + z) for |z| <= 0.5: −γz + Σ (−z)^k ζ(k) / k. */
    private static double lgamma1p(double z) {
        double sum = -EULER * z, power = -z;
        double[] c = ZetaOverK.TABLE;
        for (int k = 2; k < c.length; k++) {
            power *= -z;
            double term = power * c[k];
            sum += term;
            if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
        }
        return sum;
    }

    /** sin(πx) with the argument reduced first, so its zeros are exact. */
    private static double sinPi(double x) {
        double r = x % 2;
        return Math.sin(Math.PI * r);
    }

    private static final double PSI_10 = 2.25175258906672110764;
    private static final double[] DIGAMMA_A = {8.33333333333333333333E-2, -2.10927960927960927961E-2, 7.57575757575757575758E-3,
            -4.16666666666666666667E-3, 3.96825396825396825397E-3, -8.33333333333333333333E-3, 8.33333333333333333333E-2};

    /** ATen's calc_digamma: reflection below 0, the recurrence up to 10, then the asymptotic series. */
    static double digamma(double x) {
        if (x == 0) return Math.copySign(Double.POSITIVE_INFINITY, -x);
        if (x < 0) {
            if (x == Math.rint(x)) return Double.NaN;
            double r = x % 1.0;   // modf's fractional part: tan(πr) is more accurate than tan(πx)
            return digamma(1 - x) - Math.PI / Math.tan(Math.PI * r);
        }
        double result = 0;
        while (x < 10) { result -= 1 / x; x += 1; }
        if (x == 10) return result + PSI_10;
        double y = 0;
        if (x < 1.0e17) {
            double z = 1.0 / (x * x), p = 0;
            for (double a : DIGAMMA_A) p = p * z + a;
            y = z * p;
        }
        return result + Math.log(x) - 0.5 / x - y;
    }

    private static final float[] DIGAMMA_AF = {8.33333333333333333333E-2f, -2.10927960927960927961E-2f, 7.57575757575757575758E-3f,
            -4.16666666666666666667E-3f, 3.96825396825396825397E-3f, -8.33333333333333333333E-3f, 8.33333333333333333333E-2f};

    /** digamma for float32 as ATen's float overload computes it: each step rounded to float. */
    static double digammaFloat(float x) {
        if (x == 0) return Math.copySign(Float.POSITIVE_INFINITY, -x);
        if (x < 0) {
            if (x == Math.rint(x)) return Float.NaN;
            double r = x % 1.0;
            float piOverTan = (float) (Math.PI / Math.tan(Math.PI * r));
            return (float) digammaFloat(1 - x) - piOverTan;
        }
        float result = 0;
        while (x < 10) { result -= 1 / x; x += 1; }
        if (x == 10) return result + 2.25175258906672110764f;
        float y = 0;
        if (x < 1.0e17f) {
            float z = 1 / (x * x), p = 0;
            for (float a : DIGAMMA_AF) p = p * z + a;
            y = z * p;
        }
        return result + (float) Math.log(x) - (0.5f / x) - y;
    }

    /** ATen's calc_trigamma. */
    static double trigamma(double x) {
        double sign = 1, result = 0;
        if (x < 0.5) {
            sign = -1;
            double s = Math.sin(Math.PI * x);
            result -= Math.PI * Math.PI / (s * s);
            x = 1 - x;
        }
        for (int i = 0; i < 6; i++) { result += 1 / (x * x); x += 1; }
        double ixx = 1 / (x * x);
        result += (1 + 1 / (2 * x) + ixx * (1.0 / 6 - ixx * (1.0 / 30 - ixx * (1.0 / 42)))) / x;
        return sign * result;
    }

    /** The n-th derivative of digamma: ATen's calc_polygamma (Hurwitz zeta from n = 2). */
    static double polygamma(long n, double x) {
        if (n == 0) return digamma(x);
        if (n == 1) return trigamma(x);
        double factorial = 1;
        for (long k = 2; k <= n; k++) factorial *= k;
        return (n % 2 == 1 ? 1 : -1) * factorial * zeta(n + 1, x);
    }

    private static final double[] ZETA_A = {12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9, 7.47242496e10,
            -2.950130727918164224e12, 1.1646782814350067249e14, -4.5979787224074726105e15, 1.8152105401943546773e17,
            -7.1661652561756670113e18};

    /** The Hurwitz zeta function ζ(x, q), Cephes' algorithm as ATen's zeta. */
    static double zeta(double x, double q) {
        final double machep = 1.11022302462515654042E-16;
        if (x == 1) return Double.POSITIVE_INFINITY;
        if (x < 1) return Double.NaN;
        if (q <= 0) {
            if (q == Math.floor(q)) return Double.POSITIVE_INFINITY;
            if (x != Math.floor(x)) return Double.NaN;
        }
        double s = Math.pow(q, -x), a = q, b = 0;
        int i = 0;
        while (i < 9 || a <= 9) {
            i++;
            a += 1;
            b = Math.pow(a, -x);
            s += b;
            if (-machep * s < b && b < machep * s) return s;
        }
        double w = a;
        s += b * w / (x - 1);
        s -= 0.5 * b;
        a = 1;
        double k = 0;
        for (int j = 0; j < 12; j++) {
            a *= x + k;
            b /= w;
            double t = a * b / ZETA_A[j];
            s += t;
            if (Math.abs(t / s) < machep) return s;
            k += 1;
            a *= x + k;
            b /= w;
            k += 1;
        }
        return s;
    }

    /** Cephes' Chebyshev coefficients of e^(−x) I₀(x) on [0, 8] (A) and of e^(−x) √x I₀(x) on (8, ∞) (B), as ATen uses them. */
    private static final double[] I0_A = {-4.41534164647933937950E-18, 3.33079451882223809783E-17, -2.43127984654795469359E-16,
            1.71539128555513303061E-15, -1.16853328779934516808E-14, 7.67618549860493561688E-14, -4.85644678311192946090E-13,
            2.95505266312963983461E-12, -1.72682629144155570723E-11, 9.67580903537323691224E-11, -5.18979560163526290666E-10,
            2.65982372468238665035E-9, -1.30002500998624804212E-8, 6.04699502254191894932E-8, -2.67079385394061173391E-7,
            1.11738753912010371815E-6, -4.41673835845875056359E-6, 1.64484480707288970893E-5, -5.75419501008210370398E-5,
            1.88502885095841655729E-4, -5.76375574538582365885E-4, 1.63947561694133579842E-3, -4.32430999505057594430E-3,
            1.05464603945949983183E-2, -2.37374148058994688156E-2, 4.93052842396707084878E-2, -9.49010970480476444210E-2,
            1.71620901522208775349E-1, -3.04682672343198398683E-1, 6.76795274409476084995E-1};
    private static final double[] I0_B = {-7.23318048787475395456E-18, -4.83050448594418207126E-18, 4.46562142029675999901E-17,
            3.46122286769746109310E-17, -2.82762398051658348494E-16, -3.42548561967721913462E-16, 1.77256013305652638360E-15,
            3.81168066935262242075E-15, -9.55484669882830764870E-15, -4.15056934728722208663E-14, 1.54008621752140982691E-14,
            3.85277838274214270114E-13, 7.18012445138366623367E-13, -1.79417853150680611778E-12, -1.32158118404477131188E-11,
            -3.14991652796324136454E-11, 1.18891471078464383424E-11, 4.94060238822496958910E-10, 3.39623202570838634515E-9,
            2.26666899049817806459E-8, 2.04891858946906374183E-7, 2.89137052083475648297E-6, 6.88975834691682398426E-5,
            3.36911647825569408990E-3, 8.04490411014108831608E-1};
    private static final float[] I0_AF = toFloats(I0_A), I0_BF = toFloats(I0_B);

    /**
     * I₀(x) as ATen's calc_i0: e^x times a Chebyshev series (so it overflows where e^x does, and
     * ±inf gives NaN, as in PyTorch).
     */
    static double i0(double x) {
        double ax = Math.abs(x);
        if (ax <= 8) return Math.exp(ax) * chbevl(ax / 2 - 2, I0_A);
        return Math.exp(ax) * chbevl(32 / ax - 2, I0_B) / Math.sqrt(ax);
    }

    /** The same in float arithmetic, as ATen's float loop. */
    static double i0Float(float x) {
        float ax = Math.abs(x);
        if (ax <= 8) return (float) Math.exp(ax) * chbevl(ax / 2 - 2, I0_AF);
        return (float) Math.exp(ax) * chbevl(32 / ax - 2, I0_BF) / (float) Math.sqrt(ax);
    }

    private static double chbevl(double x, double[] a) {
        double b0 = a[0], b1 = 0, b2 = 0;
        for (int i = 1; i < a.length; i++) { b2 = b1; b1 = b0; b0 = x * b1 - b2 + a[i]; }
        return 0.5 * (b0 - b2);
    }

    private static float chbevl(float x, float[] a) {
        float b0 = a[0], b1 = 0, b2 = 0;
        // ATen's AVX2 build contracts x * b1 - b2 into a fused multiply-add
        for (int i = 1; i < a.length; i++) { b2 = b1; b1 = b0; b0 = Math.fma(x, b1, -b2) + a[i]; }
        return 0.5f * (b0 - b2);
    }

    private static float[] toFloats(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) f[i] = (float) d[i];
        return f;
    }

    /** I₁(x) = (x/2) Σ (x²/4)^k / (k!(k+1)!), odd in x. */
    static double i1(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        double r = Double.isInfinite(ax) ? Double.POSITIVE_INFINITY : ax > 30 ? asymptotic(ax, 1) : ax / 2 * series(ax, 1);
        return Math.copySign(r, x);
    }

    /** Σ (x²/4)^k / (k!(k+ν)!) for ν = 0 or 1. */
    private static double series(double x, int nu) {
        double q = x * x / 4, term = 1, sum = 1;
        for (int k = 1; k < 1000; k++) {
            term *= q / (k * (double) (k + nu));
            sum += term;
            if (term < sum * 1e-17) break;
        }
        return sum;
    }

    /**
     * I_ν(x) for x > 30 by its asymptotic expansion {@code e^x/√(2πx) · Σ (−1)^k a_k(ν)/x^k} (terms
     * shrink until k ≈ 2x, far below double precision first); e^x is folded into one exp so that
     * the result does not overflow before it must.
     */
    private static double asymptotic(double x, int nu) {
        double mu = 4.0 * nu * nu, term = 1, sum = 1;
        for (int k = 1; k < 100; k++) {
            double odd = 2 * k - 1;
            term *= -(mu - odd * odd) / (k * 8 * x);
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
        }
        return Math.exp(x - 0.5 * Math.log(2 * Math.PI * x)) * sum;
    }
}
