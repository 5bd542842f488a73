package torch4j.nn.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.golden.RngAppsGolden;

/** F.dropout / F.dropout2d against real PyTorch 1.13 (golden/rngapps/gen_rngapps.py). */
class DropoutGoldenTest {

    /** The generator's inputs: arange(1, n + 1) - 4 (dropout), arange(1, n + 1) (dropout2d), arange(12) eval / transposed. */
    private static Tensor input(JsonObject rec) {
        String fn = rec.get("fn").getAsString();
        DType dtype = RngAppsGolden.dtype(rec);
        long[] shape = RngAppsGolden.shape(rec);
        long n = 1;
        for (long s : shape) n *= s;
        if (fn.equals("dropout_t")) return Torch.arange(0.0, 12.0, 1.0, dtype).reshape(4, 3).t();
        if (fn.equals("dropout") && !rec.get("training").getAsBoolean()) {
            return Torch.arange(0.0, 12.0, 1.0, dtype).reshape(shape);
        }
        Tensor x = Torch.arange(1.0, n + 1.0, 1.0, dtype).reshape(shape);
        return fn.equals("dropout2d") ? x : x.sub(4L);
    }

    @TestFactory
    Stream<DynamicTest> dropoutMatchesPyTorch() {
        return RngAppsGolden.section("dropout").stream().map(rec -> DynamicTest.dynamicTest(
                rec.get("fn").getAsString() + " p=" + rec.get("p") + " " + rec.get("shape") + " "
                        + rec.get("dtype").getAsString() + " seed=" + rec.get("seed") + " training=" + rec.get("training"),
                () -> {
                    Tensor x = input(rec);
                    double p = rec.get("p").getAsDouble();
                    boolean training = rec.get("training").getAsBoolean();
                    Torch.manualSeed(rec.get("seed").getAsLong());
                    Tensor y = rec.get("fn").getAsString().equals("dropout2d") ? F.dropout2d(x, p, training) : F.dropout(x, p, training);
                    assertEquals(rec.get("repr").getAsString(), y.toString());
                    assertEquals(rec.get("bits").getAsString(), RngAppsGolden.bits(y));
                    assertEquals(rec.get("after").getAsString(), RngAppsGolden.nextRand(), "global stream after");
                }));
    }

    @Test
    void inplaceDrawsTheSameAsOutOfPlace() {
        Tensor x = Torch.arange(1.0, 21.0).reshape(4, 5);
        Torch.manualSeed(5);
        Tensor expected = F.dropout(x, 0.3, true);
        String afterExpected = RngAppsGolden.nextRand();
        Torch.manualSeed(5);
        Tensor y = x.clone();
        assertSame(y, F.dropout_(y, 0.3, true));
        assertEquals(expected.toString(), y.toString());
        assertEquals(afterExpected, RngAppsGolden.nextRand());
    }

    @Test
    void evalAndZeroPReturnTheInput() {
        Tensor x = Torch.ones(3);
        assertSame(x, F.dropout(x, 0.5, false));
        assertSame(x, F.dropout(x, 0.0, true));
        Tensor planes = Torch.ones(1, 3, 1, 1);
        assertSame(planes, F.dropout2d(planes, 0.5, false));
    }

    @Test
    void probabilityErrorsAsPyTorch() {
        assertEquals(RngAppsGolden.error("dropout_p").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> F.dropout(Torch.ones(3), 1.5, true)).getMessage());
        assertEquals(RngAppsGolden.error("dropout_p_neg").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> F.dropout(Torch.ones(3), -0.1, true)).getMessage());
        assertEquals(RngAppsGolden.error("dropout2d_p").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> F.dropout2d(Torch.ones(1, 2, 2, 2), 2.0, true)).getMessage());
    }
}
