package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import torch4j.NnFunctions;
import torch4j.Tensor;
import torch4j.Torch;

/** gradcheck cases for the backward nodes of activations, softmax family and losses (torch4j.nn); merged into {@link GradCheckTableTest#table()}. */
final class NnActivationGradCases {
    private NnActivationGradCases() {}

    /** Probabilities away from 0 and 1, in float64, requiring grad. */
    static Tensor prob(long... shape) { return Torch.rand(shape).mul(0.8).add(0.1).toDouble().requiresGrad_(); }

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        t.put("AddmmBackward0", new GradCheckTableTest.Case(() -> List.of(in(3), in(2, 4), in(3, 4)),
                l -> NnFunctions.addmm(l.get(0), l.get(1), l.get(2).t())));
        // relu's gradient as a function of the incoming gradient g and the input a (createGraph)
        t.put("ThresholdBackwardBackward0", two(() -> in(3, 4), () -> in(3, 4),
                (g, a) -> Autograd.grad(List.of(a.relu()), List.of(a), List.of(g), true, true, false).get(0)));
        t.put("LeakyReluBackward0", one(() -> in(3, 4), a -> NnFunctions.leakyRelu(a, 0.2, false)));
        t.put("LeakyReluBackward1", one(() -> in(3, 4), a -> NnFunctions.leakyRelu(a.mul(1.0), 0.2, true)));
        // random points are almost surely not within eps of a kink; in and out of place share the node
        t.put("HardtanhBackward0", one(() -> in(3, 4),
                a -> NnFunctions.hardtanh(a, -0.5, 0.8, false).add(NnFunctions.hardtanh(a.mul(1.0), -0.3, 0.6, true))));
        t.put("HardtanhBackwardBackward0", two(() -> in(3, 4), () -> in(3, 4),
                (g, a) -> Autograd.grad(List.of(NnFunctions.hardtanh(a, -0.5, 0.8, false)), List.of(a), List.of(g), true, true, false).get(0)));
        t.put("EluBackward0", one(() -> in(3, 4), a -> NnFunctions.elu(a, 0.7, false)));
        t.put("EluBackward1", one(() -> in(3, 4), a -> NnFunctions.elu(a.mul(1.0), 0.7, true)));
        t.put("GeluBackward0", one(() -> in(3, 4), a -> NnFunctions.gelu(a, "none").add(NnFunctions.gelu(a, "tanh"))));
        t.put("SoftplusBackward0", one(() -> in(3, 4), a -> NnFunctions.softplus(a, 2, 1.5)));
        t.put("ErfBackward0", one(() -> in(3, 4), NnFunctions::erf));
        t.put("SoftmaxBackward0", one(() -> in(3, 4), a -> NnFunctions.softmax(a, 1)));
        t.put("LogSoftmaxBackward0", one(() -> in(3, 4), a -> NnFunctions.logSoftmax(a, 0)));
        t.put("LogsumexpBackward0", one(() -> in(3, 4, 2), a -> NnFunctions.logsumexp(a, new long[]{0, 2}, false)));
        t.put("MseLossBackward0", two(() -> in(3, 4), () -> in(3, 4), (a, b) -> NnFunctions.mseLoss(a, b, 1)));
        t.put("SmoothL1LossBackward0", two(() -> in(3, 4), () -> in(3, 4), (a, b) -> NnFunctions.smoothL1Loss(a, b, 0, 0.5)));
        t.put("HuberLossBackward0", two(() -> in(3, 4), () -> in(3, 4), (a, b) -> NnFunctions.huberLoss(a, b, 2, 0.7)));
        t.put("BinaryCrossEntropyBackward0", two(() -> prob(3, 4), () -> prob(3, 4),
                (a, b) -> NnFunctions.binaryCrossEntropy(a, b, Torch.tensor(0.5, 1.0, 2.0, 1.5).toDouble(), 1)));
        t.put("BinaryCrossEntropyWithLogitsBackward0", two(() -> in(3, 4), () -> prob(3, 4),
                (a, b) -> NnFunctions.bceWithLogits(a, b, Torch.tensor(0.5, 1.0, 2.0, 1.5).toDouble(), Torch.tensor(2.0, 0.5, 1.0, 3.0).toDouble(), 0)));
        t.put("NllLossBackward0", one(() -> in(3, 4),
                a -> NnFunctions.nllLoss(a, Torch.tensor(2L, -100L, 3L), Torch.tensor(0.5, 1.0, 2.0, 1.5).toDouble(), 1, -100)));
        t.put("NllLoss2DBackward0", one(() -> in(2, 3, 2, 2),
                a -> NnFunctions.nllLoss2d(a, Torch.tensor(new long[][][]{{{0, 1}, {2, 1}}, {{1, 1}, {0, 2}}}), null, 0, -100)));
        t.put("EmbeddingBackward0", one(() -> in(5, 3), a -> NnFunctions.embedding(a, Torch.tensor(new long[][]{{1, 3}, {3, 0}}), -1)));   // a padding row gets no gradient by definition: checked against PyTorch in the golden test
        t.put("MulBackward1", one(() -> in(3, 4), a -> NnFunctions.mulScalar(a, 0.3)));
        t.put("DivBackward1", one(() -> in(3, 4), a -> NnFunctions.divScalar(a, 0.3)));
        return t;
    }
}
