package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * {@code F.interpolate(mode="bilinear")} against PyTorch 1.13, bit for bit in float32 and float64
 * (golden/interpolate/gen_interpolate.py writes interpolate.pt, read here with Torch.load): float32
 * and float64, sizes and scale factors, align_corners both ways, one-channel inputs (ATen's
 * channels-last kernel) and several channels (its generic kernel).
 */
class InterpolateGoldenTest {

    @TestFactory
    Stream<DynamicTest> bilinearIsPyTorchsBits() throws Exception {
        Map<String, Map<String, Tensor>> cases;
        try (InputStream in = InterpolateGoldenTest.class.getResourceAsStream("/golden/interpolate/interpolate.pt")) {
            cases = Torch.load(in);
        }
        assertEquals(168, cases.size());
        return cases.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Map<String, Tensor> c = e.getValue();
            boolean align = c.get("align").item() != 0;
            Tensor y = c.containsKey("size")
                    ? F.interpolate(c.get("x"), c.get("size").toLongArray(), "bilinear", align)
                    : F.interpolate(c.get("x"), c.get("scale").toDoubleArray(), "bilinear", align);
            Tensor want = c.get("y");
            assertEquals(want.shape(), y.shape(), e.getKey());
            // exact in both dtypes: no tolerance
            if (want.dtype() == Torch.float64) assertArrayEquals(want.toDoubleArray(), y.toDoubleArray(), e.getKey());
            else assertArrayEquals(want.toFloatArray(), y.toFloatArray(), e.getKey());
        }));
    }
}
