package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static torch4j.Torch.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;
import torch4j.Device;
import torch4j.Tensor;

/**
 * Every layer and loss of {@code torch4j.nn} on the meta device: built on the CPU, moved with
 * {@code to("meta")}, run forward and backward on meta inputs, it gives the CPU's output shape,
 * dtype and strides and a meta gradient of the CPU's shape for its input and every parameter.
 */
class EveryLayerOnMetaTest {
    /** A layer and how to call it on inputs of the given shapes (a long input is class indices). */
    record Case(Supplier<Module> make, BiFunction<Module, Tensor[], Tensor> call, long[][] shapes, DType[] dtypes) {}

    static final Map<String, Case> CASES = new LinkedHashMap<>();

    static void layer(String name, Supplier<Module> make, long... shape) {
        CASES.put(name, new Case(make, (m, x) -> m.call(x[0]), new long[][]{shape}, new DType[]{float32}));
    }

    /** A three-input loss (two float inputs and a float target, or three embeddings); its forward through {@link Module#callWith}. */
    static void three(String name, Supplier<Module> make, long[] a, long[] b, long[] c) {
        CASES.put(name, new Case(make, (m, x) -> m.callWith(x[0], x[1], x[2]), new long[][]{a, b, c}, new DType[]{float32, float32, float32}));
    }

    static void loss(String name, Supplier<Module> make, long[] a, long[] b, DType targetType) {
        CASES.put(name, new Case(make, (m, x) -> m.call(x[0], x[1]), new long[][]{a, b}, new DType[]{float32, targetType}));
    }

    static {
        layer("Linear", () -> new Linear(5, 3), 4, 5);
        layer("Conv1d", () -> new Conv1d(2, 4, 3), 2, 2, 9);
        layer("Conv2d", () -> new Conv2d(3, 4, 3, 2), 2, 3, 9, 9);
        layer("ConvTranspose2d", () -> new ConvTranspose2d(3, 2, 3, 2, 1), 2, 3, 5, 5);
        layer("MaxPool2d", () -> new MaxPool2d(2), 2, 3, 8, 8);
        layer("AvgPool2d", () -> new AvgPool2d(3, 2, 1), 2, 3, 8, 8);
        layer("AdaptiveAvgPool2d", () -> new AdaptiveAvgPool2d(3), 2, 3, 8, 7);
        layer("AdaptiveMaxPool2d", () -> new AdaptiveMaxPool2d(2), 2, 3, 8, 7);
        layer("Conv3d", () -> new Conv3d(2, 4, 3), 2, 2, 5, 6, 4);
        layer("ConvTranspose1d", () -> new ConvTranspose1d(3, 2, 3, 2, 1), 2, 3, 5);
        layer("ConvTranspose3d", () -> new ConvTranspose3d(2, 2, 3, 2, 1), 1, 2, 3, 3, 4);
        layer("MaxPool1d", () -> new MaxPool1d(2), 2, 3, 8);
        layer("MaxPool3d", () -> new MaxPool3d(2), 2, 3, 4, 6, 6);
        layer("AvgPool1d", () -> new AvgPool1d(3, 2, 1), 2, 3, 8);
        layer("AvgPool3d", () -> new AvgPool3d(3, 2, 1), 2, 3, 5, 6, 6);
        layer("AdaptiveAvgPool1d", () -> new AdaptiveAvgPool1d(3), 2, 3, 8);
        layer("AdaptiveAvgPool3d", () -> new AdaptiveAvgPool3d(new long[]{2, 3, -1}), 2, 3, 5, 6, 4);
        layer("AdaptiveMaxPool1d", () -> new AdaptiveMaxPool1d(3), 2, 3, 8);
        layer("AdaptiveMaxPool3d", () -> new AdaptiveMaxPool3d(2), 2, 3, 5, 6, 4);
        layer("LPPool1d", () -> new LPPool1d(2, 3), 2, 3, 8);
        layer("LPPool2d", () -> new LPPool2d(2, 2), 2, 3, 6, 6);
        layer("BatchNorm1d", () -> new BatchNorm1d(4), 6, 4);
        layer("BatchNorm2d", () -> new BatchNorm2d(3), 2, 3, 4, 4);
        layer("BatchNorm3d", () -> new BatchNorm3d(2), 2, 2, 3, 3, 3);
        layer("InstanceNorm2d", () -> new InstanceNorm2d(3), 2, 3, 4, 4);
        layer("LayerNorm", () -> new LayerNorm(6), 3, 6);
        layer("Dropout", () -> new Dropout(0.3), 4, 5);
        layer("Dropout2d", () -> new Dropout2d(0.3), 2, 3, 4, 4);
        layer("AlphaDropout", () -> new AlphaDropout(0.3), 4, 5);
        layer("ReLU", ReLU::new, 4, 5);
        layer("ReLU6", ReLU6::new, 4, 5);
        layer("ELU", ELU::new, 4, 5);
        layer("GELU", GELU::new, 4, 5);
        layer("GELU tanh", () -> new GELU("tanh"), 4, 5);
        layer("LeakyReLU", LeakyReLU::new, 4, 5);
        layer("Hardtanh", Hardtanh::new, 4, 5);
        layer("Sigmoid", Sigmoid::new, 4, 5);
        layer("Tanh", Tanh::new, 4, 5);
        layer("Softplus", Softplus::new, 4, 5);
        layer("Softmax", () -> new Softmax(1), 4, 5);
        layer("LogSoftmax", () -> new LogSoftmax(1), 4, 5);
        layer("SiLU", SiLU::new, 4, 5);
        layer("Mish", Mish::new, 4, 5);
        layer("Hardswish", Hardswish::new, 4, 5);
        layer("Hardsigmoid", Hardsigmoid::new, 4, 5);
        layer("SELU", SELU::new, 4, 5);
        layer("CELU", () -> new CELU(0.5), 4, 5);
        layer("LogSigmoid", LogSigmoid::new, 4, 5);
        layer("Softsign", Softsign::new, 4, 5);
        layer("Softshrink", Softshrink::new, 4, 5);
        layer("Hardshrink", Hardshrink::new, 4, 5);
        layer("Tanhshrink", Tanhshrink::new, 4, 5);
        layer("Threshold", () -> new Threshold(0.5, -1.0), 4, 5);
        layer("GLU", GLU::new, 4, 6);
        layer("Softmin", () -> new Softmin(1), 4, 5);
        layer("Softmax2d", Softmax2d::new, 2, 3, 4, 4);
        layer("PReLU", () -> new PReLU(3), 2, 3, 4);
        layer("RReLU", RReLU::new, 4, 5);
        layer("RReLU eval", () -> new RReLU(0.1, 0.3).eval(), 4, 5);
        layer("Flatten", Flatten::new, 2, 3, 4);
        layer("Identity", Identity::new, 2, 3);
        layer("Upsample nearest", () -> new Upsample(2), 1, 2, 3, 3);
        layer("Upsample bilinear", () -> new Upsample(2, "bilinear", false), 1, 2, 3, 3);
        layer("ZeroPad2d", () -> new ZeroPad2d(1, 2, 0, 1), 2, 3, 4, 4);
        layer("ConstantPad1d", () -> new ConstantPad1d(new long[]{2, -1}, 1.5), 2, 3, 5);
        layer("ConstantPad3d", () -> new ConstantPad3d(1, 0), 2, 2, 3, 3, 3);
        layer("ReflectionPad1d", () -> new ReflectionPad1d(2), 2, 3, 5);
        layer("ReflectionPad2d", () -> new ReflectionPad2d(1, 2, 0, 1), 3, 4, 4);
        layer("ReflectionPad3d", () -> new ReflectionPad3d(1), 2, 2, 3, 3, 3);
        layer("ReplicationPad1d", () -> new ReplicationPad1d(3, 0), 3, 5);
        layer("ReplicationPad2d", () -> new ReplicationPad2d(2), 2, 3, 4, 4);
        layer("ReplicationPad3d", () -> new ReplicationPad3d(1, 0, 2, 1, -1, 1), 2, 3, 3, 4);
        layer("PixelShuffle", () -> new PixelShuffle(2), 2, 8, 3, 3);
        layer("PixelUnshuffle", () -> new PixelUnshuffle(2), 2, 2, 4, 6);
        layer("Unfold", () -> new Unfold(new int[]{2, 3}, new int[]{1}, new int[]{1}, new int[]{2}), 2, 3, 5, 5);
        layer("Fold", () -> new Fold(4, 2), 2, 12, 9);
        layer("Dropout1d", () -> new Dropout1d(0.3), 2, 3, 5);
        layer("Dropout1d unbatched", () -> new Dropout1d(0.3), 3, 5);
        layer("Dropout3d", () -> new Dropout3d(0.3), 2, 3, 2, 2, 2);
        layer("Sequential", () -> new Sequential(new Linear(5, 8), new ReLU(), new Linear(8, 2)), 3, 5);
        layer("RNN", () -> new RNN(4, 6, 2), 7, 3, 4);
        layer("LSTM", () -> new LSTM(4, 6, 2), 7, 3, 4);
        layer("GRU", () -> new GRU(4, 6), 7, 3, 4);
        layer("LSTMCell", () -> new LSTMCell(4, 6), 3, 4);
        layer("GRUCell", () -> new GRUCell(4, 6), 3, 4);
        layer("RNNCell", () -> new RNNCell(4, 6), 3, 4);
        layer("TransformerEncoderLayer", () -> new TransformerEncoderLayer(8, 2, 16, 0.1), 5, 2, 8);
        layer("resnet18", () -> torch4j.vision.models.Models.resnet18(10), 2, 3, 64, 64);
        layer("mobilenetV2", () -> torch4j.vision.models.Models.mobilenetV2(10), 1, 3, 64, 64);
        CASES.put("MultiheadAttention", new Case(() -> new MultiheadAttention(8, 2),
                (m, x) -> ((MultiheadAttention) m).forward(x[0], x[0], x[0]).get(0), new long[][]{{5, 2, 8}}, new DType[]{float32}));
        CASES.put("Embedding", new Case(() -> new Embedding(10, 3), (m, x) -> m.call(x[0]), new long[][]{{4, 2}}, new DType[]{int64}));
        loss("MSELoss", MSELoss::new, new long[]{4, 3}, new long[]{4, 3}, float32);
        loss("L1Loss", L1Loss::new, new long[]{4, 3}, new long[]{4, 3}, float32);
        loss("SmoothL1Loss", SmoothL1Loss::new, new long[]{4, 3}, new long[]{4, 3}, float32);
        loss("HuberLoss", HuberLoss::new, new long[]{4, 3}, new long[]{4, 3}, float32);
        loss("CrossEntropyLoss", CrossEntropyLoss::new, new long[]{4, 5}, new long[]{4}, int64);
        loss("CrossEntropyLoss none", () -> new CrossEntropyLoss("none"), new long[]{4, 5}, new long[]{4}, int64);
        loss("NLLLoss", NLLLoss::new, new long[]{4, 5}, new long[]{4}, int64);
        loss("BCEWithLogitsLoss", BCEWithLogitsLoss::new, new long[]{4, 3}, new long[]{4, 3}, float32);
        loss("KLDivLoss", () -> new KLDivLoss("batchmean"), new long[]{4, 3}, new long[]{4, 3}, float32);
        loss("HingeEmbeddingLoss", HingeEmbeddingLoss::new, new long[]{4, 3}, new long[]{4, 3}, float32);
        loss("CosineSimilarity", CosineSimilarity::new, new long[]{4, 3}, new long[]{4, 3}, float32);
        loss("SoftMarginLoss", SoftMarginLoss::new, new long[]{4, 3}, new long[]{4, 3}, float32);
        loss("MultiLabelSoftMarginLoss", MultiLabelSoftMarginLoss::new, new long[]{4, 3}, new long[]{4, 3}, float32);
        loss("PoissonNLLLoss", () -> new PoissonNLLLoss(true, true), new long[]{4, 3}, new long[]{4, 3}, float32);
        loss("MultiMarginLoss", MultiMarginLoss::new, new long[]{4, 3}, new long[]{4}, int64);
        loss("MultiMarginLoss none", () -> new MultiMarginLoss(2, 1.0, null, "none"), new long[]{4, 3}, new long[]{4}, int64);
        loss("MultiLabelMarginLoss", MultiLabelMarginLoss::new, new long[]{4, 3}, new long[]{4, 3}, int64);
        loss("PairwiseDistance", PairwiseDistance::new, new long[]{4, 3}, new long[]{4, 3}, float32);
        loss("Bilinear", () -> new Bilinear(3, 4, 5), new long[]{2, 3}, new long[]{2, 4}, float32);
        three("MarginRankingLoss", () -> new MarginRankingLoss(0.1, "none"), new long[]{5}, new long[]{5}, new long[]{5});
        three("CosineEmbeddingLoss", CosineEmbeddingLoss::new, new long[]{4, 3}, new long[]{4, 3}, new long[]{4});
        three("TripletMarginLoss", () -> new TripletMarginLoss(1.0, 2.0, 1e-6, true, "mean"), new long[]{4, 3}, new long[]{4, 3}, new long[]{4, 3});
        layer("GroupNorm", () -> new GroupNorm(2, 4), 2, 4, 3, 3);
        layer("GroupNorm no affine", () -> new GroupNorm(1, 3, 1e-5, false), 2, 3, 5);
        layer("LocalResponseNorm", () -> new LocalResponseNorm(3), 2, 4, 3, 3);
        layer("LocalResponseNorm 3-D", () -> new LocalResponseNorm(2), 2, 4, 3);
    }

    @TestFactory
    Stream<DynamicTest> everyLayerRunsOnMeta() {
        return CASES.entrySet().stream().map(e -> dynamicTest(e.getKey(), () -> check(e.getValue())));
    }

    static void check(Case c) {
        manualSeed(0);
        Module cpu = c.make().get();
        Tensor[] x = inputs(c, Device.CPU);
        Tensor y = c.call().apply(cpu, x);
        y.sum().backward();

        manualSeed(0);
        Module meta = c.make().get().to(Device.META);
        Tensor[] xm = inputs(c, Device.META);
        Tensor ym = c.call().apply(meta, xm);
        assertEquals(Device.META, ym.device());
        assertEquals(y.dtype(), ym.dtype());
        assertArrayEquals(y.shape().toLongArray(), ym.shape().toLongArray(), "output shape");
        assertArrayEquals(y.stride(), ym.stride(), "output strides");
        ym.sum().backward();
        for (int i = 0; i < x.length; i++) {
            if (x[i].grad() == null) continue;
            assertNotNull(xm[i].grad(), "input " + i + " grad on meta");
            assertEquals(Device.META, xm[i].grad().device());
            assertArrayEquals(x[i].grad().shape().toLongArray(), xm[i].grad().shape().toLongArray(), "input grad shape");
        }
        List<Tensor> pc = cpu.parameters(), pm = meta.parameters();
        for (int i = 0; i < pc.size(); i++) {
            if (pc.get(i).grad() == null) continue;
            assertEquals(Device.META, pm.get(i).grad().device(), "parameter " + i + " grad device");
            assertArrayEquals(pc.get(i).grad().shape().toLongArray(), pm.get(i).grad().shape().toLongArray(), "parameter " + i + " grad shape");
        }
    }

    static Tensor[] inputs(Case c, Device device) {
        List<Tensor> out = new ArrayList<>();
        manualSeed(1);
        for (int i = 0; i < c.shapes().length; i++) {
            Tensor t = c.dtypes()[i] == int64 ? randint(0, 3, c.shapes()[i]) : rand(c.shapes()[i]);
            t = t.to(device);
            if (c.dtypes()[i] != int64) t.requiresGrad_();
            out.add(t);
        }
        return out.toArray(Tensor[]::new);
    }
}
