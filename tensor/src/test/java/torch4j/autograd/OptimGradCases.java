package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.Map;
import java.util.TreeMap;

/** gradcheck cases for the backward nodes of the tensor ops optimizers use (addcmul, addcdiv, lerp, ...); merged into {@link GradCheckTableTest#table()}. */
final class OptimGradCases {
    private OptimGradCases() {}

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        return t;
    }
}
