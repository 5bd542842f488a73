package torch4j.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;

/** unique's results carry PyTorch's nodes (Unique2Backward0, ...), whose backward raises PyTorch's error. */
class UniqueBackwardTest {
    @Test void uniqueRefusesBackward() {
        Map<String, String> ops = Map.of("Unique2Backward0", "_unique2", "UniqueDimBackward0", "unique_dim",
                "UniqueConsecutiveBackward0", "unique_consecutive");
        for (var e : StatsGradCases.refusingBackward().entrySet()) {
            Tensor out = e.getValue().f().apply(e.getValue().inputs().get());
            assertEquals(e.getKey(), out.gradFn().name());
            var err = assertThrows(IllegalArgumentException.class, () -> out.sum().backward());
            assertEquals("the derivative for '" + ops.get(e.getKey()) + "' is not implemented.", err.getMessage());
        }
    }
}
