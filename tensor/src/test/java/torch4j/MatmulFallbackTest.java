package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import torch4j.backend.cpu.Gemm;
import torch4j.backend.cpu.GemmModes;

/**
 * The floating-point products of the golden file run twice, once with Gemm's pure-Java fallback
 * forced (as {@code -Dtorch4j.blas=java}) and once with OpenBLAS forced even for the tiny sizes
 * the default runs in Java. Each run must match PyTorch, and the two must agree with each other
 * within the same tolerance. The large cases reach the Java blocked kernel, its parallel split,
 * and the batch-parallel loop over many small items.
 */
class MatmulFallbackTest {

    @AfterEach
    void restore() { GemmModes.auto(); }

    private static boolean nativeLoads() {
        GemmModes.auto();
        return Gemm.isNative();
    }

    /** Runs the product with the kernels chosen by {@code mode}, restoring the default after. */
    private static Tensor run(Runnable mode, JsonObject c) {
        mode.run();
        try {
            return MatmulGoldenTest.viaTensor(c.get("op").getAsString())
                    .apply(MatmulGoldenTest.operand(c.getAsJsonObject("a")), MatmulGoldenTest.operand(c.getAsJsonObject("b")));
        } finally {
            GemmModes.auto();
        }
    }

    @TestFactory
    Stream<DynamicTest> javaFallbackMatchesNativeAndPyTorch() {
        boolean haveNative = nativeLoads();
        List<DynamicTest> tests = new ArrayList<>();
        long work = 0;
        for (JsonObject c : MatmulGoldenTest.cases()) {
            if (!c.has("expected")) continue;
            JsonObject want = c.getAsJsonObject("expected");
            DType dtype = DType.of(want.get("dtype").getAsString());
            // the products that reach Gemm: floating results with elements to compute (outer is a mul)
            if (!dtype.isFloatingPoint() || want.getAsJsonArray("data").isEmpty() || c.get("op").getAsString().equals("outer"))
                continue;
            work += want.getAsJsonArray("data").size();
            tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> {
                Tensor javaOut = run(GemmModes::pureJava, c);
                MatmulGoldenTest.assertMatches(want, javaOut, "pure Java");
                if (!haveNative) return;   // the skipped "OpenBLAS" test below says why
                Tensor blasOut = run(GemmModes::nativeBlas, c);
                MatmulGoldenTest.assertMatches(want, blasOut, "OpenBLAS");
                assertArrayEquals(blasOut.stride(), javaOut.stride(), "strides");
                double rel = dtype == DType.FLOAT32 ? MatmulGoldenTest.FLOAT32_REL : MatmulGoldenTest.FLOAT64_REL;
                MatmulGoldenTest.assertClose(blasOut.toDoubleArray(), javaOut.toDoubleArray(), rel, "pure Java vs OpenBLAS");
            }));
        }
        assertTrue(tests.size() > 300 && work > 50_000, "golden file has the floating-point products");
        // without OpenBLAS only the Java side was compared: show a skipped test rather than pass quietly
        if (!haveNative)
            tests.add(DynamicTest.dynamicTest("OpenBLAS", () -> Assumptions.abort("OpenBLAS did not load: " + Gemm.implementation())));
        return tests.stream();
    }
}
