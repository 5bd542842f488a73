package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/** gradcheck cases for the backward nodes of convolution, pooling, normalisation, padding and interpolation (torch4j.nn); merged into {@link GradCheckTableTest#table()}. */
final class NnSpatialGradCases {
    private NnSpatialGradCases() {}

    private static int[] p(int a, int b) { return new int[]{a, b}; }

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        // input, weight and bias of a strided, padded, dilated, grouped convolution
        t.put("ConvolutionBackward0", new Case(() -> List.of(in(2, 4, 5, 6), in(6, 2, 2, 3), in(6)),
                l -> F.conv2d(l.get(0), l.get(1), l.get(2), p(2, 1), p(1, 2), p(1, 2), 2)
                        .add(F.convTranspose2d(l.get(0), l.get(1).get("0:4"), null, p(2, 1), p(1, 0), p(1, 0), 2, p(1, 1)).sum())
                        .add(F.conv1d(l.get(0).get(":, :, 0"), l.get(1).get(":, :, 0"), l.get(2), 2, 1, 1, 2).sum())));
        t.put("Im2ColBackward0", one(() -> in(1, 2, 4, 4), x -> F.unfold(x, p(2, 3), p(1, 1), p(1, 0), p(2, 1))));
        t.put("Col2ImBackward0", one(() -> in(1, 12, 6), x -> F.fold(x, new long[]{4, 4}, p(2, 3), p(1, 1), p(1, 0), p(2, 1))));
        t.put("MaxPool2DWithIndicesBackward0", one(() -> in(2, 2, 5, 5), x -> F.maxPool2d(x, p(3, 2), p(2, 1), p(1, 1), p(1, 2), true)));
        t.put("AdaptiveMaxPool2DBackward0", one(() -> in(2, 5, 7), x -> F.adaptiveMaxPool2d(x, new long[]{3, 4})));
        t.put("AvgPool2DBackward0", one(() -> in(2, 2, 5, 5), x -> F.avgPool2d(x, p(3, 2), p(2, 1), p(1, 1), true, false, null)));
        t.put("AdaptiveAvgPool2DBackward0", one(() -> in(2, 2, 5, 7), x -> F.adaptiveAvgPool2d(x, new long[]{3, 4})));
        t.put("NativeBatchNormBackward0", new Case(() -> List.of(in(3, 2, 2, 2), in(2), in(2)),
                l -> F.batchNorm(l.get(0), null, null, l.get(1), l.get(2), true, 0.1, 1e-5)
                        .add(F.batchNorm(l.get(0), torch4j.Torch.zeros(new long[]{2}, torch4j.DType.FLOAT64).add(0.3),
                                torch4j.Torch.ones(new long[]{2}, torch4j.DType.FLOAT64).add(0.5), l.get(1), l.get(2), false, 0.1, 1e-5))));
        t.put("NativeLayerNormBackward0", new Case(() -> List.of(in(2, 3, 4), in(3, 4), in(3, 4)),
                l -> F.layerNorm(l.get(0), new long[]{3, 4}, l.get(1), l.get(2))));
        t.put("ConstantPadNdBackward0", one(() -> in(2, 3, 4), x -> F.pad(x, new long[]{1, -1, 2, 0}, "constant", 1.5)));
        t.put("ReflectionPad1DBackward0", one(() -> in(2, 5), x -> F.pad(x, new long[]{3, 2}, "reflect")));
        t.put("ReflectionPad2DBackward0", one(() -> in(1, 4, 5), x -> F.pad(x, new long[]{3, 2, 1, 3}, "reflect")));
        t.put("ReplicationPad1DBackward0", one(() -> in(2, 3, 4), x -> F.pad(x, new long[]{2, 3}, "replicate")));
        t.put("ReplicationPad2DBackward0", one(() -> in(1, 2, 3, 4), x -> F.pad(x, new long[]{2, 1, 0, 3}, "replicate")));
        t.put("ReflectionPad3DBackward0", one(() -> in(2, 3, 3, 4), x -> F.pad(x, new long[]{2, 1, -1, 2, 1, 2}, "reflect")));
        t.put("PixelShuffleBackward0", one(() -> in(2, 8, 2, 3), x -> F.pixelShuffle(x, 2)));
        t.put("PixelUnshuffleBackward0", one(() -> in(3, 6, 3), x -> F.pixelUnshuffle(x, 3)));
        t.put("ReplicationPad3DBackward0", one(() -> in(1, 2, 2, 3, 2), x -> F.pad(x, new long[]{1, 3, 0, 2, 2, -1}, "replicate")));
        t.put("UpsampleNearest1DBackward1", one(() -> in(1, 2, 3), x -> F.interpolate(x, new long[]{7}, "nearest")));
        t.put("UpsampleNearest2DBackward1", one(() -> in(1, 2, 3, 4), x -> F.interpolate(x, 1.7, "nearest")));
        t.put("UpsampleBilinear2DBackward1", one(() -> in(1, 2, 3, 4), x -> F.interpolate(x, new long[]{5, 3}, "bilinear", true)
                .sum().add(F.interpolate(x, 1.6, "bilinear", false).sum())));
        // the gradient of an embedding as a function of its output gradient (create_graph), padding row 0
        t.put("EmbeddingDenseBackwardBackward0", one(() -> in(2, 2, 3), g -> {
            Tensor w = torch4j.Torch.ones(new long[]{5, 3}, torch4j.DType.FLOAT64).requiresGrad_();
            Tensor y = torch4j.NnFunctions.embedding(w, torch4j.Torch.tensor(new long[][]{{1, 3}, {0, 1}}), 0);
            return Autograd.grad(List.of(y), List.of(w), List.of(g), true, true, false).get(0);
        }));
        return t;
    }
}
