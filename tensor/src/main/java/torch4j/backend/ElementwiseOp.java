package torch4j.backend;

import java.util.List;
import java.util.Map;

/**
 * An elementwise op as a backend sees it: its name, its CPU kernels (one per compute domain) and
 * its expression in C for generated kernels (the CUDA backend compiles it with NVRTC), with the
 * scalar parameters the expression names. Ops are declared once, above the seam (the op layer's
 * {@code UnaryOps}, {@code BinaryOps}, {@code NnActivations}, {@link TernaryOp}).
 *
 * <p>The expression is evaluated in the op's compute domain {@code T}: {@code double} or
 * {@code float} when the op computes in a floating dtype, {@code long long} when it computes in an
 * integral or bool one (the CPU's long domain); bool results are the expression's truth value.
 * It names only its operands ({@link #operands()}), its scalars (passed as {@code T}), C/CUDA math
 * functions, {@code NAN}/{@code INFINITY}, numeric literals, and the helpers of {@link #PRELUDE},
 * which give one spelling the integer and floating semantics that differ (floor division,
 * Python's remainder, integer powers, NaN-propagating maximum).
 */
public interface ElementwiseOp {
    /** The op's name (PyTorch's, as in its errors). */
    String name();

    /** The op's C expression over {@link #operands()} and {@link #scalars()}. */
    String expression();

    /** The scalar parameters the expression names, with this instance's values (empty when none). */
    Map<String, Number> scalars();

    /** The tensor operands the expression names, in argument order. */
    List<String> operands();

    /** A one-operand op ({@code x}). */
    interface UnaryOp extends ElementwiseOp {
        /** The double-domain kernel (every op has one). */
        ChunkKernels.D1 dbl();
        /** The long-domain kernel, or null when the op only computes in floating dtypes. */
        ChunkKernels.L1 lng();
        /** A double-domain kernel rounding its steps to float as ATen's float loop does, or null. */
        ChunkKernels.D1 f32();
        /** A float-arithmetic kernel giving the double kernel's float32 results exactly, or null. */
        ChunkKernels.F1 flt();
        @Override default List<String> operands() { return List.of("x"); }
    }

    /** A two-operand op ({@code a}, {@code b}). */
    interface BinaryOp extends ElementwiseOp {
        /** The double-domain kernel (every op has one). */
        ChunkKernels.D2 dbl();
        /** The long-domain kernel, or null when the op only computes in floating dtypes. */
        ChunkKernels.L2 lng();
        /** A double-domain kernel rounding its steps to float as ATen's float loop does, or null. */
        ChunkKernels.D2 f32();
        /** A float-arithmetic kernel giving the double kernel's float32 results exactly, or null. */
        ChunkKernels.F2 flt();
        /**
         * True when {@code b} divides in the long domain: a backend that can raise errors checks
         * every {@code b} for zero ("ZeroDivisionError") before writing any element.
         */
        boolean divides();
        @Override default List<String> operands() { return List.of("a", "b"); }
    }

    /**
     * The helpers an expression may call besides C's math functions: one overload per compute
     * domain, so one expression keeps PyTorch's integer and floating semantics. Compiled ahead of
     * every generated kernel.
     */
    String PRELUDE = """
            typedef long long i64;
            // rounding is the identity on integers (torch.floor of an int tensor)
            __device__ inline i64 t4j_floor(i64 x) { return x; }
            __device__ inline float t4j_floor(float x) { return floorf(x); }
            __device__ inline double t4j_floor(double x) { return floor(x); }
            __device__ inline i64 t4j_ceil(i64 x) { return x; }
            __device__ inline float t4j_ceil(float x) { return ceilf(x); }
            __device__ inline double t4j_ceil(double x) { return ceil(x); }
            __device__ inline i64 t4j_rint(i64 x) { return x; }
            __device__ inline float t4j_rint(float x) { return rintf(x); }
            __device__ inline double t4j_rint(double x) { return rint(x); }
            __device__ inline i64 t4j_trunc(i64 x) { return x; }
            __device__ inline float t4j_trunc(float x) { return truncf(x); }
            __device__ inline double t4j_trunc(double x) { return trunc(x); }
            __device__ inline i64 t4j_abs(i64 x) { return x < 0 ? -x : x; }
            __device__ inline float t4j_abs(float x) { return fabsf(x); }
            __device__ inline double t4j_abs(double x) { return fabs(x); }
            // Python's //: floor of the quotient; floats by ATen's div_floor (fmod-based, exact)
            __device__ inline i64 t4j_floordiv(i64 a, i64 b) { i64 q = a / b, r = a % b; return r != 0 && ((r < 0) != (b < 0)) ? q - 1 : q; }
            template <class T> __device__ inline T t4j_floordiv_fp(T a, T b) {
                if (b == 0) return a / b;
                T mod = fmod(a, b), div = (a - mod) / b;
                if (mod != 0 && ((b < 0) != (mod < 0))) div -= 1;
                if (div == 0) return copysign((T) 0, a / b);
                T fl = floor(div);
                return div - fl > (T) 0.5 ? fl + 1 : fl;
            }
            __device__ inline float t4j_floordiv(float a, float b) { return t4j_floordiv_fp(a, b); }
            __device__ inline double t4j_floordiv(double a, double b) { return t4j_floordiv_fp(a, b); }
            // Python's %: the result takes the divisor's sign
            __device__ inline i64 t4j_mod(i64 a, i64 b) { i64 r = a % b; return r != 0 && ((r < 0) != (b < 0)) ? r + b : r; }
            __device__ inline float t4j_mod(float a, float b) { float r = fmodf(a, b); return r != 0 && ((r < 0) != (b < 0)) ? r + b : r; }
            __device__ inline double t4j_mod(double a, double b) { double r = fmod(a, b); return r != 0 && ((r < 0) != (b < 0)) ? r + b : r; }
            // C's fmod: the result takes the dividend's sign
            __device__ inline i64 t4j_fmod(i64 a, i64 b) { return a % b; }
            __device__ inline float t4j_fmod(float a, float b) { return fmodf(a, b); }
            __device__ inline double t4j_fmod(double a, double b) { return fmod(a, b); }
            // integer powers by squaring; a negative exponent gives 0 except for bases 1 and -1 (ATen's powi)
            __device__ inline i64 t4j_pow(i64 b, i64 e) {
                if (e < 0) return b == 1 ? 1 : b == -1 ? ((e & 1) ? -1 : 1) : 0;
                i64 r = 1;
                for (; e > 0; e >>= 1) { if (e & 1) r *= b; b *= b; }
                return r;
            }
            __device__ inline float t4j_pow(float a, float b) { return powf(a, b); }
            __device__ inline double t4j_pow(double a, double b) { return pow(a, b); }
            // torch.maximum / minimum: NaN propagates
            __device__ inline i64 t4j_maximum(i64 a, i64 b) { return a > b ? a : b; }
            __device__ inline float t4j_maximum(float a, float b) { return a != a || b != b ? NAN : fmaxf(a, b); }
            __device__ inline double t4j_maximum(double a, double b) { return a != a || b != b ? NAN : fmax(a, b); }
            __device__ inline i64 t4j_minimum(i64 a, i64 b) { return a < b ? a : b; }
            __device__ inline float t4j_minimum(float a, float b) { return a != a || b != b ? NAN : fminf(a, b); }
            __device__ inline double t4j_minimum(double a, double b) { return a != a || b != b ? NAN : fmin(a, b); }
            // torch.signbit: true for -0.0 and negative NaNs; integers: x < 0
            __device__ inline bool t4j_signbit(i64 x) { return x < 0; }
            __device__ inline bool t4j_signbit(float x) { return signbit(x); }
            __device__ inline bool t4j_signbit(double x) { return signbit(x); }
            // torch.frexp's parts: x = m * 2^e with |m| in [0.5, 1); e is 0 for 0, inf and NaN
            __device__ inline float t4j_frexp_mantissa(float x) { int e; return isfinite(x) ? frexpf(x, &e) : x; }
            __device__ inline double t4j_frexp_mantissa(double x) { int e; return isfinite(x) ? frexp(x, &e) : x; }
            __device__ inline float t4j_frexp_exponent(float x) { int e = 0; if (isfinite(x)) frexpf(x, &e); return (float) e; }
            __device__ inline double t4j_frexp_exponent(double x) { int e = 0; if (isfinite(x)) frexp(x, &e); return (double) e; }
            // gcd of the magnitudes (Euclid); lcm in the width C computes it in (bits: 32, or 64 for int64)
            __device__ inline i64 t4j_gcd(i64 a, i64 b) {
                a = a < 0 ? -a : a; b = b < 0 ? -b : b;
                while (a != 0) { i64 c = a; a = b % a; b = c; }
                return b;
            }
            __device__ inline i64 t4j_lcm(i64 a, i64 b, i64 bits) {
                i64 g = t4j_gcd(a, b);
                if (g == 0) return 0;
                i64 p = a / g * b;
                if (bits == 32) p = (int) p;
                return p < 0 ? -p : p;
            }
            // torch.i0: ATen's e^x-scaled series gives NaN at +-inf
            __device__ inline float t4j_i0(float x) { return isinf(x) ? NAN : cyl_bessel_i0f(x); }
            __device__ inline double t4j_i0(double x) { return isinf(x) ? NAN : cyl_bessel_i0(x); }
            // digamma (ATen's calc_digamma: reflection, recurrence to 10, asymptotic series) and its derivatives
            template <class T> __device__ inline T t4j_digamma_t(T x) {
                if (x == 0) return copysign((T) INFINITY, -x);
                T reflection = 0;
                if (x < 0) {
                    if (x == trunc(x)) return NAN;
                    double r = fmod((double) x, 1.0);
                    reflection = (T) (3.141592653589793 / tan(3.141592653589793 * r));
                    x = 1 - x;
                }
                T result = 0;
                while (x < 10) { result -= 1 / x; x += 1; }
                if (x == 10) return result + (T) 2.25175258906672110764 - reflection;
                const T a[] = {8.33333333333333333333E-2, -2.10927960927960927961E-2, 7.57575757575757575758E-3,
                               -4.16666666666666666667E-3, 3.96825396825396825397E-3, -8.33333333333333333333E-3,
                               8.33333333333333333333E-2};
                T y = 0;
                if (x < (T) 1.0e17) {
                    T z = 1 / (x * x), p = 0;
                    for (int i = 0; i < 7; i++) p = p * z + a[i];
                    y = z * p;
                }
                return result + log(x) - (T) 0.5 / x - y - reflection;
            }
            __device__ inline float t4j_digamma(float x) { return t4j_digamma_t(x); }
            __device__ inline double t4j_digamma(double x) { return t4j_digamma_t(x); }
            template <class T> __device__ inline T t4j_trigamma(T x) {
                T sign = 1, result = 0;
                if (x < (T) 0.5) {
                    sign = -1;
                    T s = sin((T) 3.141592653589793 * x);
                    result -= (T) 9.869604401089358 / (s * s);
                    x = 1 - x;
                }
                for (int i = 0; i < 6; i++) { result += 1 / (x * x); x += 1; }
                T ixx = 1 / (x * x);
                result += (1 + 1 / (2 * x) + ixx * ((T) (1.0 / 6) - ixx * ((T) (1.0 / 30) - ixx * (T) (1.0 / 42)))) / x;
                return sign * result;
            }
            // Hurwitz zeta (Cephes, as ATen's zeta)
            __device__ inline double t4j_zeta(double x, double q) {
                const double machep = 1.11022302462515654042E-16;
                const double A[] = {12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9, 7.47242496e10,
                                    -2.950130727918164224e12, 1.1646782814350067249e14, -4.5979787224074726105e15,
                                    1.8152105401943546773e17, -7.1661652561756670113e18};
                if (x == 1) return INFINITY;
                if (x < 1) return NAN;
                if (q <= 0) {
                    if (q == floor(q)) return INFINITY;
                    if (x != floor(x)) return NAN;
                }
                double s = pow(q, -x), a = q, b = 0;
                int i = 0;
                while (i < 9 || a <= 9) {
                    i++; a += 1; b = pow(a, -x); s += b;
                    if (-machep * s < b && b < machep * s) return s;
                }
                double w = a, k = 0;
                s += b * w / (x - 1);
                s -= 0.5 * b;
                a = 1;
                for (int j = 0; j < 12; j++) {
                    a *= x + k; b /= w;
                    double t = a * b / A[j];
                    s += t;
                    if (fabs(t / s) < machep) return s;
                    k += 1; a *= x + k; b /= w; k += 1;
                }
                return s;
            }
            template <class T> __device__ inline T t4j_polygamma(T n, T x) {
                if (n == 0) return t4j_digamma(x);
                if (n == 1) return t4j_trigamma(x);
                double f = 1;
                for (int k = 2; k <= (int) n; k++) f *= k;
                return (T) ((((long long) n) % 2 == 1 ? 1.0 : -1.0) * f * t4j_zeta((double) n + 1, (double) x));
            }
            """;
}
