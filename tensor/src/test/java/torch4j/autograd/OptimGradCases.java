package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** gradcheck cases for the backward nodes of the tensor ops optimizers use (addcmul, addcdiv, lerp, ...); merged into {@link GradCheckTableTest#table()}. */
final class OptimGradCases {
    private OptimGradCases() {}

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        t.put("AddcmulBackward0", new GradCheckTableTest.Case(() -> List.of(in(2, 3), in(3), in(2, 1)),
                l -> l.get(0).addcmul(l.get(1), l.get(2), 0.7)));
        t.put("AddcdivBackward0", new GradCheckTableTest.Case(() -> List.of(in(2, 3), in(2, 3), pos(3)),
                l -> l.get(0).addcdiv(l.get(1), l.get(2), -1.3)));
        t.put("LerpBackward0", two(() -> in(2, 3), () -> in(3), (a, b) -> a.lerp(b, 0.3)));
        t.put("LerpBackward1", new GradCheckTableTest.Case(() -> List.of(in(2, 3), in(2, 3), unit(3)),
                l -> l.get(0).lerp(l.get(1), l.get(2))));
        return t;
    }
}
