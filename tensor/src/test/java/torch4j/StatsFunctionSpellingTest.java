package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.autograd.GradCheck;

/**
 * The {@code torch.X(input, ...)} spelling of the statistics and search ops (generated from the
 * methods' {@code @TorchFunction}) gives what the method gives, and the differentiable ones pass
 * gradcheck in float64.
 */
class StatsFunctionSpellingTest {
    private static final Tensor X = Torch.tensor(new double[][]{{3, 1, 4, 1}, {5, 9, 2, 6}});
    private static final Tensor I = Torch.tensor(new long[]{3, 1, 3, 0, 2, 2});

    private static void same(Object a, Object b) { assertEquals(String.valueOf(a), String.valueOf(b)); }

    @Test
    void functionsMatchMethods() {
        same(X.amax(1), Torch.amax(X, 1));
        same(X.amin(new long[]{0, 1}, true), Torch.amin(X, new long[]{0, 1}, true));
        same(X.aminmax(0), Torch.aminmax(X, 0));
        same(X.nansum(), Torch.nansum(X));
        same(X.nanmean(1, true), Torch.nanmean(X, 1, true));
        same(X.countNonzero(0), Torch.countNonzero(X, 0));
        same(X.median(1), Torch.median(X, 1));
        same(X.nanmedian(), Torch.nanmedian(X));
        same(I.mode(), Torch.mode(I));
        same(X.msort(), Torch.msort(X));
        same(X.quantile(0.3, 1L, true, "midpoint"), Torch.quantile(X, 0.3, 1L, true, "midpoint"));
        same(X.nanquantile(0.5), Torch.nanquantile(X, 0.5));
        same(X.cummax(1), Torch.cummax(X, 1));
        same(X.cummin(0), Torch.cummin(X, 0));
        same(X.logcumsumexp(1), Torch.logcumsumexp(X, 1));
        same(X.diff(1, 0), Torch.diff(X, 1, 0));
        same(X.norm(3.0, 1), Torch.norm(X, 3.0, 1));
        same(X.norm("fro"), Torch.norm(X, "fro"));
        same(X.dist(X.mul(2.0)), Torch.dist(X, X.mul(2.0)));
        same(X.renorm(2, 0, 3), Torch.renorm(X, 2, 0, 3));
        same(X.cov(), Torch.cov(X));
        same(X.corrcoef(), Torch.corrcoef(X));
        same(X.cov(0, Torch.tensor(1L, 2L, 0L, 3L), null), Torch.cov(X, 0, Torch.tensor(1L, 2L, 0L, 3L), null));
        same(X.argwhere(), Torch.argwhere(X));
        same(I.bincount(), Torch.bincount(I));
        same(X.histc(4), Torch.histc(X, 4));
        same(X.histogram(3), Torch.histogram(X, 3));
        same(I.unique(true, true), Torch.unique(I, true, true));
        same(I.uniqueConsecutive(), Torch.uniqueConsecutive(I));
        assertEquals(X.isSigned(), Torch.isSigned(X));
        assertEquals(X.isSameSize(I), Torch.isSameSize(X, I));
        assertEquals(X.getDevice(), Torch.getDevice(X));
        assertEquals(X.get(0).get(0).isNonzero(), Torch.isNonzero(X.get(0).get(0)));
    }

    @Test
    void functionOnlyForms() {
        same("(tensor(1.), tensor(2.))", Torch.stdMean(Torch.tensor(1.0, 2.0, 3.0)));
        same("tensor([0, 1, 3])", Torch.bucketize(Torch.tensor(0.5, 3.0, 9.0), Torch.tensor(1.0, 3.0, 5.0)));
        same("tensor(2)", Torch.searchsorted(Torch.tensor(1.0, 3.0, 5.0), 3L, false, true));
        same("tensor(1, dtype=torch.int32)", Torch.bucketize(2.0, Torch.tensor(1.0, 3.0, 5.0), true, false));
    }

    @Test
    void gradcheckInFloat64() {
        Tensor x = Torch.tensor(new double[][]{{0.3, -1.2, 2.5, 0.7}, {1.1, -0.4, 0.9, -2.0}}).to(DType.FLOAT64).requiresGrad_();
        List<java.util.function.Function<List<Tensor>, Tensor>> fs = List.of(
                t -> t.get(0).amax(1), t -> t.get(0).amin(), t -> t.get(0).nansum(0), t -> t.get(0).nanmean(),
                t -> t.get(0).median(1).values(), t -> t.get(0).nanmedian(), t -> t.get(0).mode(1).values(),
                t -> t.get(0).quantile(0.3, 1), t -> t.get(0).cummax(1).values(), t -> t.get(0).cummin(0).values(),
                t -> t.get(0).logcumsumexp(1), t -> t.get(0).diff(), t -> t.get(0).norm(), t -> t.get(0).norm(3.0, 1),
                t -> t.get(0).norm(1.5), t -> t.get(0).dist(Torch.onesLike(t.get(0)), 3), t -> t.get(0).renorm(2, 0, 1.5),
                t -> t.get(0).cov(), t -> t.get(0).corrcoef(), t -> Torch.stdMean(t.get(0), 1).first(),
                t -> Torch.varMean(t.get(0)).second());
        for (var f : fs) assertTrue(GradCheck.gradcheck(f, List.of(x)));
    }
}
