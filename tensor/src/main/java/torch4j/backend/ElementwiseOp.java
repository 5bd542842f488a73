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
            """;
}
