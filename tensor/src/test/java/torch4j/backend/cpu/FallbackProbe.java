package torch4j.backend.cpu;

/**
 * Run in a separate JVM by {@link GemmFallbackTest}: multiplies twice and prints the result and
 * which implementation ran, so the test can see the fallback work and its warning appear once.
 */
public final class FallbackProbe {
    private FallbackProbe() {}

    public static void main(String[] args) {
        int n = 100;
        float[] a = new float[n * n], b = new float[n * n], c = new float[n * n];
        java.util.Arrays.fill(a, 1f);
        java.util.Arrays.fill(b, 2f);
        Gemm.sgemm(false, false, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
        double[] x = {1, 2, 3, 4}, y = new double[4];
        Gemm.dgemm(true, false, 2, 2, 2, 1, x, 0, 2, x, 0, 2, 0, y, 0, 2); // xᵀx = [[10, 14], [14, 20]]
        System.out.println("c00=" + c[0] + " y=" + java.util.Arrays.toString(y) + " native=" + Gemm.isNative());
        System.out.println("impl=" + Gemm.implementation());
    }
}
