package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.Map;
import java.util.TreeMap;

/** gradcheck cases for the backward nodes of activations, softmax family and losses (torch4j.nn); merged into {@link GradCheckTableTest#table()}. */
final class NnActivationGradCases {
    private NnActivationGradCases() {}

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        t.put("AddmmBackward0", new GradCheckTableTest.Case(() -> java.util.List.of(in(3), in(2, 4), in(3, 4)),
                l -> torch4j.NnFunctions.addmm(l.get(0), l.get(1), l.get(2).t())));
        return t;
    }
}
