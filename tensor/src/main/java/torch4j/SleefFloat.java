package torch4j;

/**
 * float32 {@code sin} and {@code cos} as PyTorch 1.13's CPU kernels compute them: ATen maps every
 * element (the tail too) through SLEEF 3.5's {@code Sleef_sinf8_u10} / {@code Sleef_cosf8_u10}
 * (AVX2, fused multiply-adds), which differ from the correctly rounded value in the last bit for
 * about one input in twenty; {@code torch.sin(torch.linspace(-pi, pi, 2000))} already differs in
 * 93 elements. This is SLEEF's {@code xsinf_u1}/{@code xcosf_u1} for |x| < 125 (its Cody-Waite
 * reduction in double-float arithmetic, then the same polynomial), operation by operation. Larger
 * arguments take SLEEF's Payne-Hanek reduction, not reproduced here: they get the correctly
 * rounded value, which SLEEF's stays within one ulp of.
 *
 * <pre>{@code
 * jshell> sin(tensor(-2.956146f)).item()      // PyTorch's bits; (float) Math.sin gives -0.1843855381011963
 * $1 ==> -0.18438555300235748
 * }</pre>
 */
final class SleefFloat {
    private SleefFloat() {}

    private static final float PI_A2 = 3.1414794921875f, PI_B2 = 0.00011315941810607910156f, PI_C2 = 1.9841872589410058936e-09f;
    private static final float RANGE = 125.0f, ONE_OVER_PI = (float) (1 / Math.PI);

    /** SLEEF's {@code xsinf_u1}. */
    static float sin(float d) {
        if (!(Math.abs(d) < RANGE)) return (float) Math.sin(d);
        float u = (float) Math.rint(d * ONE_OVER_PI);
        int q = (int) u;
        float v = Math.fma(u, -PI_A2, d);
        // s = dfadd2(v, u·−PI_B2), then dfadd(s, u·−PI_C2)
        float b = u * -PI_B2, sx = v + b, w = sx - v, sy = (v - (sx - w)) + (b - w);
        float c = u * -PI_C2, rx = sx + c;
        return finish(rx, ((sx - rx) + c) + sy, (q & 1) == 1, d);
    }

    /** SLEEF's {@code xcosf_u1}. */
    static float cos(float d) {
        if (!(Math.abs(d) < RANGE)) return (float) Math.cos(d);
        float dq = Math.fma((float) Math.rint(Math.fma(d, ONE_OVER_PI, -0.5f)), 2f, 1f);
        int q = (int) dq;
        // s = dfadd2(d, dq·−PI_A2/2), then dfadd2(s, dq·−PI_B2/2) and dfadd2(s, dq·−PI_C2/2)
        float a = dq * (-PI_A2 * 0.5f), sx = d + a, w = sx - d, sy = (d - (sx - w)) + (a - w);
        float b = dq * (-PI_B2 * 0.5f), tx = sx + b;
        w = tx - sx;
        float ty = ((sx - (tx - w)) + (b - w)) + sy;
        float c = dq * (-PI_C2 * 0.5f), ux = tx + c;
        w = ux - tx;
        float uy = ((tx - (ux - w)) + (c - w)) + ty;
        return finish(ux, uy, (q & 2) == 0, Float.NaN);
    }

    /** The shared tail: the polynomial in the reduced argument (tx, ty), a sign flip, sin's −0. */
    private static float finish(float tx, float ty, boolean negate, float d) {
        float sx = tx * tx, sy = Math.fma(tx + tx, ty, Math.fma(tx, tx, -sx));   // dfsqu
        float u = 2.6083159809786593541503e-06f;
        u = Math.fma(u, sx, -0.0001981069071916863322258f);
        u = Math.fma(u, sx, 0.00833307858556509017944336f);
        float a = -0.166666597127914428710938f, b = u * sx, ax = a + b, ay = (a - ax) + b;   // dfadd
        float mx = ax * sx, my = Math.fma(ax, sy, Math.fma(ay, sx, Math.fma(ax, sx, -mx)));   // dfmul
        float xx = 1f + mx, xy = ((1f - xx) + mx) + my;                                       // dfadd(1, m)
        float r = Math.fma(tx, xx, Math.fma(ty, xx, tx * xy));                                // dfmul to float
        if (negate) r = -r;
        return d == 0 && Float.floatToRawIntBits(d) != 0 ? d : r;   // sin(−0) is −0
    }
}
