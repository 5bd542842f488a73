package torch4j.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
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
        add("matmul_f32_256", 2.0 * 256 * 256 * 256, () -> matmul(256, Torch.float32));
        add("matmul_f32_512", 2.0 * 512 * 512 * 512, () -> matmul(512, Torch.float32));
        add("matmul_f32_1024", 2.0 * 1024 * 1024 * 1024, () -> matmul(1024, Torch.float32));
        add("matmul_f32_2048", 2.0 * 2048 * 2048 * 2048, () -> matmul(2048, Torch.float32));
        add("matmul_f64_1024", 2.0 * 1024 * 1024 * 1024, () -> matmul(1024, Torch.float64));
        add("gemm_f32_1024_raw", 2.0 * 1024 * 1024 * 1024, () -> gemmF32(1024));
        // elementwise: allocating results, as `a + b` does
        add("add_f32_10M", () -> { Tensor a = Torch.randn(10_000_000), b = Torch.randn(10_000_000); return () -> sink = a.add(b); });
        add("add_f32_100k", () -> { Tensor a = Torch.randn(100_000), b = Torch.randn(100_000); return () -> sink = a.add(b); });
        add("relu_f32_10M", () -> { Tensor a = Torch.randn(10_000_000); return () -> sink = a.relu(); });
        add("add_f32_2x2", () -> { Tensor a = Torch.randn(2, 2), b = Torch.randn(2, 2); return () -> sink = a.add(b); });
        add("mul_scalar_f32_10M", () -> { Tensor a = Torch.randn(10_000_000); return () -> sink = a.mul(2.5); });
        add("exp_f32_10M", () -> { Tensor a = Torch.randn(10_000_000); return () -> sink = a.exp(); });
        add("exp_f32_10k", () -> { Tensor a = Torch.randn(10_000); return () -> sink = a.exp(); });
        add("exp_f32_100k", () -> { Tensor a = Torch.randn(100_000); return () -> sink = a.exp(); });
        add("exp_f32_1M", () -> { Tensor a = Torch.randn(1_000_000); return () -> sink = a.exp(); });
        add("add_transposed_f32_1000x1000", () -> { Tensor a = Torch.randn(1000, 1000), b = Torch.randn(1000, 1000); return () -> sink = a.t().add(b); });
        // reductions
        add("sum_f32_10k", () -> { Tensor a = Torch.randn(10_000); return () -> sink = a.sum(); });
        add("sum_f32_100k", () -> { Tensor a = Torch.randn(100_000); return () -> sink = a.sum(); });
        add("sum_f32_1M", () -> { Tensor a = Torch.randn(1_000_000); return () -> sink = a.sum(); });
        add("sum_f32_10M", () -> { Tensor a = Torch.randn(10_000_000); return () -> sink = a.sum(); });
        add("mean_f32_1M", () -> { Tensor a = Torch.randn(1_000_000); return () -> sink = a.mean(); });
        add("sum_dim0_f32_1000x1000", () -> { Tensor a = Torch.randn(1000, 1000); return () -> sink = a.sum(0); });
        add("sum_dim1_f32_1000x1000", () -> { Tensor a = Torch.randn(1000, 1000); return () -> sink = a.sum(1); });
        add("max_dim1_f32_1000x1000", () -> { Tensor a = Torch.randn(1000, 1000); return () -> sink = a.max(1); });
        // random numbers and sorting
        add("randn_f32_10M", () -> () -> sink = Torch.randn(10_000_000));
        add("rand_f32_10M", () -> () -> sink = Torch.rand(10_000_000));
        add("sort_f32_1M", () -> { Tensor a = Torch.randn(1_000_000); return () -> sink = a.sort(); });
        // indexing and joining: a batch of rows (as a DataLoader takes them), gather, index_put_ with +=, cat
        add("index_select_rows_f32_64_of_10000x784", () -> {
            Tensor a = Torch.randn(10_000, 784), i = Torch.randint(10_000, new long[]{64});
            return () -> sink = a.indexSelect(0, i);
        });
        add("gather_dim1_f32_1000x1000", () -> {
            Tensor a = Torch.randn(1000, 1000), i = Torch.randint(1000, new long[]{1000, 1000});
            return () -> sink = a.gather(1, i);
        });
        add("index_put_acc_f32_1M", () -> {
            Tensor a = Torch.zeros(1_000_000), i = Torch.randint(1_000_000, new long[]{1_000_000}), v = Torch.randn(1_000_000);
            Tensor[] idx = {i};
            return () -> sink = a.indexPut_(idx, v, true);
        });
        add("cat_f32_2x1000x1000", () -> {
            Tensor a = Torch.randn(1000, 1000), b = Torch.randn(1000, 1000);
            return () -> sink = Torch.cat(a, b);
        });
        // nn (helper nn): the regression lesson's 200 SGD steps of a 1-10-1 MLP on 100 points, and one step of it
        add("nn_regression_200_steps", () -> NnCases.regression(200));
        add("nn_classification_100_steps", () -> NnCases.classification(100));
        add("lstm_64x128_l2_fwd_bwd_35x32", NnCases::lstmForwardBackward);
        // optimizers (helper optim's section)
        OptimCases.register();
        // whole MNIST-sized epochs with and without the DataLoader (DataLoaderBench)
        DataLoaderBench.register();
        // attention: a 2-layer TransformerEncoder training step (TransformerCases)
        TransformerCases.register();
        // convolutions (ConvCases)
        ConvCases.register();
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

    /** {@code torch.matmul(a, b)} on n x n tensors through the Tensor API, allocating the result. */
    static Runnable matmul(int n, DType dtype) {
        Tensor a = Torch.randn(new long[]{n, n}, dtype), b = Torch.randn(new long[]{n, n}, dtype);
        return () -> sink = a.matmul(b);
    }

    /** The gemm engine alone on Java arrays (no Tensor layer), for the overhead of the layer above it. */
    static Runnable gemmF32(int n) {
        float[] a = randomFloats(n * n, 1), b = randomFloats(n * n, 2);
        return () -> {
            float[] c = new float[n * n];
            Gemm.sgemm(false, false, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
            sink = c;
        };
    }


    static float[] randomFloats(int len, long seed) {
        Random r = new Random(seed);
        float[] x = new float[len];
        for (int i = 0; i < len; i++) x[i] = (float) r.nextGaussian();
        return x;
    }

}
