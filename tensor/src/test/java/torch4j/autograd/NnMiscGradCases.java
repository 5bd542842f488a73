package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * gradcheck cases for {@code F.bilinear}, {@code F.embeddingBag} and {@code F.ctcLoss}; merged
 * into {@link GradCheckTableTest#table()}. The CTC case differentiates through a log_softmax, as
 * ATen's CTC gradient is the gradient through one (PyTorch's gradcheck passes only that way too).
 */
final class NnMiscGradCases {
    private NnMiscGradCases() {}

    /**
     * Nodes whose gradient PyTorch 1.13 cannot differentiate again ("derivative for
     * _embedding_bag_dense_backward is not implemented", "… aten::_ctc_loss_backward …"):
     * gradgradcheck skips them; NnMiscGoldenTest checks that the second backward refuses.
     */
    static final Set<String> FIRST_ORDER_ONLY = Set.of("EmbeddingBagBackward0", "CtcLossBackward0");

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        t.put("TrilinearBackward0", new GradCheckTableTest.Case(() -> List.of(in(3, 2), in(3, 4), in(5, 2, 4)),
                l -> F.bilinear(l.get(0), l.get(1), l.get(2))));
        // the three modes over the same weight; per-sample weights in "sum", a padding index in "mean", an empty bag in "max"
        // (not scale_grad_by_freq: by design not the derivative, so finite differences disagree in PyTorch too)
        t.put("EmbeddingBagBackward0", new GradCheckTableTest.Case(() -> List.of(in(6, 3), in(7)), l -> {
            Tensor w = l.get(0), psw = l.get(1);
            Tensor idx = Torch.tensor(1L, 2L, 4L, 5L, 4L, 3L, 0L), offsets = Torch.tensor(0L, 3L, 3L);
            Tensor sum = F.embeddingBag(idx, w, offsets, null, 2.0, false, "sum", psw, false, null);
            Tensor mean = F.embeddingBag(idx, w, offsets, null, 2.0, false, "mean", null, false, 4L);
            Tensor max = F.embeddingBag(idx, w, offsets, "max");
            return sum.add(mean).add(max);
        }));
        t.put("CtcLossBackward0", one(() -> in(6, 2, 4), x -> F.ctcLoss(x.logSoftmax(2), Torch.tensor(new long[][]{{1, 2, 2}, {3, 1, 0}}),
                new long[]{6, 5}, new long[]{3, 2}, 0, "none", false)));
        return t;
    }
}
