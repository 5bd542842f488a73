package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import torch4j.NnFunctions;

/** gradcheck cases for the nodes attention added (baddbmm, repeat); merged into {@link GradCheckTableTest#table()}. */
final class AttentionGradCases {
    private AttentionGradCases() {}

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        // self broadcast over the batch, as attention's (1, L, S) mask is
        t.put("BaddbmmBackward0", new GradCheckTableTest.Case(() -> List.of(in(1, 3, 4), in(2, 3, 5), in(2, 5, 4)),
                l -> NnFunctions.baddbmm(l.get(0), l.get(1), l.get(2))));
        // a leading new dim and repeats along existing ones
        t.put("RepeatBackward0", one(() -> in(2, 3), a -> NnFunctions.repeat(a, 2, 1, 3)));
        return t;
    }
}
