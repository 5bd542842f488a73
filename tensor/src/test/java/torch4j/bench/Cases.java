package torch4j.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import torch4j.backend.cpu.Gemm;

/**
 * The torch4j side of the side-by-side benchmark: one line per case. Each case pairs a name (the
 * same name as in {@code bench/torch_bench.py}) with a setup that builds the inputs, untimed, and
 * returns the operation to time. An optional work count (floating-point operations per call)
 * makes the report show GFLOP/s.
 *
 * <p>To add a case: one {@code add(...)} line here and one {@code case(...)} line in
 * {@code bench/torch_bench.py}, e.g. once the tensor API lands:
 * <pre>{@code
 * add("add_f32_10M", () -> { var a = Torch.randn(10_000_000); var b = Torch.randn(10_000_000); return () -> a.add(b); });
 * }</pre>
 */
final class Cases {
    private Cases() {}

    /** A registered case: its work in flops (0 if not meaningful) and its setup. */
    record Case(String name, double flops, Supplier<Runnable> setup) {}

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    static {
        add("matmul_f32_256", 2.0 * 256 * 256 * 256, () -> matmulF32(256));
        add("matmul_f32_512", 2.0 * 512 * 512 * 512, () -> matmulF32(512));
        add("matmul_f32_1024", 2.0 * 1024 * 1024 * 1024, () -> matmulF32(1024));
        add("matmul_f32_2048", 2.0 * 2048 * 2048 * 2048, () -> matmulF32(2048));
        add("matmul_f64_1024", 2.0 * 1024 * 1024 * 1024, () -> matmulF64(1024));
    }

    static void add(String name, double flops, Supplier<Runnable> setup) {
        if (CASES.putIfAbsent(name, new Case(name, flops, setup)) != null) {
            throw new IllegalStateException("duplicate bench case " + name);
        }
    }

    static void add(String name, Supplier<Runnable> setup) { add(name, 0, setup); }

    static Map<String, Case> all() { return CASES; }

    // ------------------------------------------------------------------------------- cases

    /** Sink so the JIT cannot drop a result. */
    static volatile Object sink;

    /**
     * {@code torch.matmul(a, b)} on n x n float32: allocates the result each call, as PyTorch
     * does. Until the Tensor API lands this calls the gemm engine directly.
     */
    static Runnable matmulF32(int n) {
        float[] a = randomFloats(n * n, 1), b = randomFloats(n * n, 2);
        return () -> {
            float[] c = new float[n * n];
            Gemm.sgemm(false, false, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
            sink = c;
        };
    }

    /** {@code torch.matmul(a, b)} on n x n float64, allocating the result. */
    static Runnable matmulF64(int n) {
        double[] a = randomDoubles(n * n, 1), b = randomDoubles(n * n, 2);
        return () -> {
            double[] c = new double[n * n];
            Gemm.dgemm(false, false, n, n, n, 1d, a, 0, n, b, 0, n, 0d, c, 0, n);
            sink = c;
        };
    }

    static float[] randomFloats(int len, long seed) {
        Random r = new Random(seed);
        float[] x = new float[len];
        for (int i = 0; i < len; i++) x[i] = (float) r.nextGaussian();
        return x;
    }

    static double[] randomDoubles(int len, long seed) {
        Random r = new Random(seed);
        double[] x = new double[len];
        for (int i = 0; i < len; i++) x[i] = r.nextGaussian();
        return x;
    }
}
