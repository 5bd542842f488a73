package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.Map;
import java.util.TreeMap;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/** gradcheck cases for the backward nodes of 3-D pooling and max unpooling (torch4j.nn); merged into {@link GradCheckTableTest#table()}. */
final class NnSpatial3dGradCases {
    private NnSpatial3dGradCases() {}

    private static int[] t(int a, int b, int c) { return new int[]{a, b, c}; }

    /** Distinct indices of the maxima of a fixed pooling, so unpooling writes each value once. */
    private static Tensor poolIndices(long[] shape, int dims) {
        Tensor x = Torch.arange(0.0, (double) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b), 1.0).view(shape).sin();
        return dims == 2 ? F.maxPool2dWithIndices(x, 2).get(1) : F.maxPool3dWithIndices(x, 2).get(1);
    }

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> c = new TreeMap<>();
        c.put("MaxPool3DWithIndicesBackward0", one(() -> in(2, 1, 4, 5, 5), x -> F.maxPool3d(x, t(2, 3, 2), t(2, 1, 2), t(1, 1, 0), t(1, 1, 2), true)));
        c.put("AvgPool3DBackward0", one(() -> in(1, 2, 4, 3, 5), x -> F.avgPool3d(x, t(3, 2, 2), t(2, 1, 2), t(1, 1, 0), true, false, null)
                .sum().add(F.avgPool3d(x, t(2, 2, 2), t(1, 2, 1), t(0, 1, 1), false, true, 3))));
        c.put("AdaptiveAvgPool3DBackward0", one(() -> in(2, 5, 3, 7), x -> F.adaptiveAvgPool3d(x, new long[]{3, -1, 4})));
        c.put("AdaptiveMaxPool3DBackward0", one(() -> in(1, 2, 5, 3, 7), x -> F.adaptiveMaxPool3d(x, new long[]{2, 2, 3})));
        Tensor i2 = poolIndices(new long[]{2, 3, 4, 6}, 2), i3 = poolIndices(new long[]{1, 2, 4, 4, 6}, 3);
        c.put("MaxUnpool2DBackward0", one(() -> in(2, 3, 2, 3), v -> F.maxUnpool2d(v, i2, 2)));
        c.put("MaxUnpool3DBackward0", one(() -> in(1, 2, 2, 2, 3), v -> F.maxUnpool3d(v, i3, 2)));
        return c;
    }
}
