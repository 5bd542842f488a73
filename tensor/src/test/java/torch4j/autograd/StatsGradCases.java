package torch4j.autograd;

import static torch4j.autograd.GradCheckTableTest.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * gradcheck cases for the backward nodes of the statistics ops (amax, median, mode, norm,
 * std_mean, ...); merged into {@link GradCheckTableTest#table()}. The unique family's nodes exist
 * only to refuse backward, as in PyTorch: {@link #refusingBackward()} lists them and
 * {@link UniqueBackwardTest} checks their error.
 */
final class StatsGradCases {
    private StatsGradCases() {}

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        t.put("AmaxBackward0", one(() -> in(2, 3), a -> a.amax(1)));
        t.put("AminBackward0", one(() -> in(2, 3), a -> a.amin(new long[]{0, 1}, true)));
        t.put("NansumBackward0", one(() -> in(2, 3), a -> a.nansum(0)));
        t.put("MedianBackward0", one(() -> in(2, 3), Tensor::median));
        t.put("MedianBackward1", one(() -> in(2, 3), a -> a.median(1).values()));
        t.put("NanmedianBackward0", one(() -> in(2, 3), Tensor::nanmedian));
        t.put("NanmedianBackward1", one(() -> in(3, 2), a -> a.nanmedian(0, true).values()));
        t.put("ModeBackward0", one(() -> in(2, 3), a -> a.mode(1).values()));
        t.put("CummaxBackward0", one(() -> in(2, 4), a -> a.cummax(1).values()));
        t.put("CumminBackward0", one(() -> in(3, 2), a -> a.cummin(0).values()));
        t.put("LogcumsumexpBackward0", one(() -> in(2, 4), a -> a.logcumsumexp(1)));
        t.put("NormBackward1", one(() -> in(2, 3), a -> a.norm(3.0, 1)));
        t.put("DistBackward0", two(() -> in(2, 3), () -> in(3), (a, b) -> a.dist(b, 1.5)));
        t.put("RenormBackward0", one(() -> in(3, 4), a -> a.renorm(2, 0, 0.8)));
        t.put("StdMeanBackward0", one(() -> in(2, 3), a -> {
            var r = Torch.stdMean(a, 1);
            return r.first().mul(r.second());
        }));
        t.put("VarMeanBackward0", one(() -> in(2, 3), a -> {
            var r = Torch.varMean(a, new long[]{0, 1}, 0, true);
            return r.first().add(r.second().mul(3.0));
        }));
        return t;
    }

    /** Nodes PyTorch 1.13 attaches to non-differentiable results: their backward raises. */
    static Map<String, GradCheckTableTest.Case> refusingBackward() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        t.put("Unique2Backward0", one(() -> in(5), a -> a.unique()));
        t.put("UniqueDimBackward0", one(() -> in(3, 2), a -> a.unique(false, false, 0).values()));
        t.put("UniqueConsecutiveBackward0", one(() -> in(5), a -> a.uniqueConsecutive()));
        return t;
    }
}
