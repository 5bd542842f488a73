package torch4j.backend.cpu;

/**
 * Test hook for tests outside this package: forces which kernels {@link Gemm} runs
 * ({@code Gemm.impl} is package-private). Callers restore {@link #auto()} when done.
 */
public final class GemmModes {
    private GemmModes() {}

    /** Always the pure-Java kernels, as with {@code -Dtorch4j.blas=java}. */
    public static void pureJava() { Gemm.impl = Gemm.Impl.JAVA; }

    /** Always OpenBLAS, even for the tiny products AUTO runs in Java. */
    public static void nativeBlas() { Gemm.impl = Gemm.Impl.NATIVE; }

    /** The default: OpenBLAS with the small-size Java shortcut. */
    public static void auto() { Gemm.impl = Gemm.Impl.AUTO; }
}
