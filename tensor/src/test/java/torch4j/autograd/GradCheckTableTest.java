package torch4j.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torch4j.Torch.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Tensor;

/**
 * gradcheck (float64 central differences) of every differentiable op. The table is keyed by node
 * name, and {@link #everyBackwardNodeHasACase} scans the main sources for node names: adding an op
 * with a new {@code ...Backward<N>} node and no case here fails the build.
 */
class GradCheckTableTest {
    record Case(Supplier<List<Tensor>> inputs, Function<List<Tensor>, Tensor> f) {}

    static Tensor in(long... shape) { return randn(shape).toDouble().requiresGrad_(); }

    /** Positive values away from 0 (log, sqrt, pow, div). */
    static Tensor pos(long... shape) { return rand(shape).add(0.5).toDouble().requiresGrad_(); }

    /** Values in (-0.9, 0.9) (asin, acos). */
    static Tensor unit(long... shape) { return rand(shape).sub(0.5).mul(1.8).toDouble().requiresGrad_(); }

    static Case one(Supplier<Tensor> a, Function<Tensor, Tensor> f) { return new Case(() -> List.of(a.get()), l -> f.apply(l.get(0))); }

    static Case two(Supplier<Tensor> a, Supplier<Tensor> b, java.util.function.BiFunction<Tensor, Tensor, Tensor> f) {
        return new Case(() -> List.of(a.get(), b.get()), l -> f.apply(l.get(0), l.get(1)));
    }

    static Map<String, Case> table() {
        Map<String, Case> t = new TreeMap<>();
        t.put("AddBackward0", two(() -> in(2, 3), () -> in(3), (a, b) -> a.add(b, 2.0)));
        t.put("SubBackward0", two(() -> in(2, 3), () -> in(2, 1), (a, b) -> a.sub(b, 3.0)));
        t.put("MulBackward0", two(() -> in(2, 3), () -> in(3), Tensor::mul));
        t.put("DivBackward0", two(() -> in(2, 3), () -> pos(2, 3), Tensor::div));
        t.put("DivBackward2", two(() -> in(2, 3), () -> pos(2, 3), (a, b) -> a.div(b, "trunc").add(a)));
        t.put("RemainderBackward0", one(() -> in(2, 3), a -> a.remainder(0.7)));
        t.put("RemainderBackward1", two(() -> in(2, 3), () -> pos(2, 3), Tensor::remainder));
        t.put("FmodBackward0", one(() -> in(2, 3), a -> a.fmod(0.7)));
        t.put("FmodBackward1", two(() -> in(2, 3), () -> pos(2, 3), Tensor::fmod));
        t.put("PowBackward0", one(() -> pos(2, 3), a -> a.pow(2.5)));
        t.put("PowBackward1", two(() -> pos(2, 3), () -> in(2, 3), Tensor::pow));
        t.put("PowBackward2", one(() -> in(2, 3), a -> torch4j.Torch.pow(2.5, a)));
        t.put("RsubBackward0", two(() -> in(2, 3), () -> in(3), torch4j.Torch::rsub));
        t.put("RsubBackward1", one(() -> in(2, 3), a -> torch4j.Torch.rsub(a, 2.0)));
        t.put("Atan2Backward0", two(() -> in(2, 3), () -> pos(2, 3), Tensor::atan2));
        t.put("MaximumBackward0", two(() -> in(2, 3), () -> in(2, 3), Tensor::maximum));
        t.put("MinimumBackward0", two(() -> in(2, 3), () -> in(2, 3), Tensor::minimum));
        t.put("NegBackward0", one(() -> in(2, 3), Tensor::neg));
        t.put("AbsBackward0", one(() -> in(2, 3), Tensor::abs));
        t.put("SignBackward0", one(() -> in(2, 3), a -> a.sign().add(a)));
        t.put("ReluBackward0", one(() -> in(2, 3), Tensor::relu));
        t.put("FloorBackward0", one(() -> in(2, 3), a -> a.floor().add(a)));
        t.put("CeilBackward0", one(() -> in(2, 3), a -> a.ceil().add(a)));
        t.put("RoundBackward0", one(() -> in(2, 3), a -> a.round().add(a)));
        t.put("TruncBackward0", one(() -> in(2, 3), a -> a.trunc().add(a)));
        t.put("SqrtBackward0", one(() -> pos(2, 3), Tensor::sqrt));
        t.put("RsqrtBackward0", one(() -> pos(2, 3), Tensor::rsqrt));
        t.put("ReciprocalBackward0", one(() -> pos(2, 3), Tensor::reciprocal));
        t.put("ExpBackward0", one(() -> in(2, 3), Tensor::exp));
        t.put("Expm1Backward0", one(() -> in(2, 3), Tensor::expm1));
        t.put("LogBackward0", one(() -> pos(2, 3), Tensor::log));
        t.put("Log2Backward0", one(() -> pos(2, 3), Tensor::log2));
        t.put("Log10Backward0", one(() -> pos(2, 3), Tensor::log10));
        t.put("Log1PBackward0", one(() -> pos(2, 3), Tensor::log1p));
        t.put("SinBackward0", one(() -> in(2, 3), Tensor::sin));
        t.put("CosBackward0", one(() -> in(2, 3), Tensor::cos));
        t.put("TanBackward0", one(() -> unit(2, 3), Tensor::tan));
        t.put("AsinBackward0", one(() -> unit(2, 3), Tensor::asin));
        t.put("AcosBackward0", one(() -> unit(2, 3), Tensor::acos));
        t.put("AtanBackward0", one(() -> in(2, 3), Tensor::atan));
        t.put("SinhBackward0", one(() -> in(2, 3), Tensor::sinh));
        t.put("CoshBackward0", one(() -> in(2, 3), Tensor::cosh));
        t.put("TanhBackward0", one(() -> in(2, 3), Tensor::tanh));
        t.put("SigmoidBackward0", one(() -> in(2, 3), Tensor::sigmoid));
        t.put("ClampBackward1", one(() -> in(3, 4), a -> a.clamp(-0.5, 0.5)));
        t.put("ClampMinBackward0", one(() -> in(3, 4), a -> a.clampMin(0.1)));
        t.put("ClampMaxBackward0", one(() -> in(3, 4), a -> a.clampMax(0.1)));
        t.put("WhereBackward0", two(() -> in(2, 3), () -> in(3), (a, b) -> where(a.gt(0.0), a, b)));
        t.put("SumBackward0", one(() -> in(2, 3), Tensor::sum));
        t.put("SumBackward1", one(() -> in(2, 3, 2), a -> a.sum(new long[]{0, 2}, false)));
        t.put("MeanBackward0", one(() -> in(2, 3), Tensor::mean));
        t.put("MeanBackward1", one(() -> in(2, 3), a -> a.mean(1, true)));
        t.put("ProdBackward0", one(() -> in(2, 3), Tensor::prod));
        t.put("ProdBackward1", one(() -> in(2, 3), a -> a.prod(1)));
        t.put("VarBackward0", one(() -> in(2, 3), a -> a.var(1)));
        t.put("StdBackward0", one(() -> in(2, 3), Tensor::std));
        t.put("MaxBackward0", one(() -> in(2, 3), a -> a.max(1).values()));
        t.put("MaxBackward1", one(() -> in(2, 3), Tensor::max));
        t.put("MinBackward0", one(() -> in(2, 3), a -> a.min(0, true).values()));
        t.put("MinBackward1", one(() -> in(2, 3), Tensor::min));
        t.put("CumsumBackward0", one(() -> in(2, 3), a -> a.cumsum(1)));
        t.put("CumprodBackward0", one(() -> pos(2, 3), a -> a.cumprod(1)));
        t.put("MmBackward0", two(() -> in(2, 3), () -> in(3, 2), Tensor::mm));
        t.put("BmmBackward0", two(() -> in(2, 2, 3), () -> in(2, 3, 2), Tensor::bmm));
        t.put("MvBackward0", two(() -> in(2, 3), () -> in(3), Tensor::mv));
        t.put("DotBackward0", two(() -> in(3), () -> in(3), Tensor::dot));
        t.put("UnsafeViewBackward0", two(() -> in(2, 2, 3), () -> in(3, 2), Tensor::matmul));
        t.put("SqueezeBackward3", two(() -> in(3), () -> in(3, 2), Tensor::matmul));
        t.put("ViewBackward0", one(() -> in(2, 3), a -> a.view(3, 2).mul(a.view(3, 2))));
        t.put("ReshapeAliasBackward0", one(() -> in(2, 3), a -> a.reshape(6).exp()));
        t.put("CloneBackward0", one(() -> in(2, 3), a -> a.clone().mul(a)));
        t.put("ToCopyBackward0", one(() -> in(2, 3), a -> a.toFloat().toDouble().mul(a)));
        t.put("TBackward0", one(() -> in(2, 3), a -> a.t().exp()));
        t.put("TransposeBackward0", one(() -> in(2, 3, 2), a -> a.transpose(0, 2).mul(2.0)));
        t.put("PermuteBackward0", one(() -> in(2, 3, 2), a -> a.permute(2, 0, 1).sin()));
        t.put("ExpandBackward0", one(() -> in(3, 1), a -> a.expand(2, 3, 4).sin()));
        t.put("SqueezeBackward0", one(() -> in(1, 3, 1), a -> a.squeeze().sin()));
        t.put("SqueezeBackward1", one(() -> in(1, 3), a -> a.squeeze(0).sin()));
        t.put("UnsqueezeBackward0", one(() -> in(2, 3), a -> a.unsqueeze(1).sin()));
        t.put("SelectBackward0", one(() -> in(2, 3), a -> a.get(1).sin()));
        t.put("SliceBackward0", one(() -> in(4, 3), a -> a.get("1:4:2, 1:").sin()));
        t.put("AliasBackward0", one(() -> in(2, 3), a -> a.get("...").sin()));
        t.put("CatBackward0", two(() -> in(2, 3), () -> in(1, 3), (a, b) -> cat(List.of(a, b, a), 0).sin()));
        t.put("StackBackward0", two(() -> in(2, 3), () -> in(2, 3), (a, b) -> stack(List.of(a, b), 1).sin()));
        t.put("IndexBackward0", one(() -> in(3, 2), a -> a.get(tensor(2L, 0L, 2L)).sin()));
        t.put("GatherBackward0", one(() -> in(2, 3), a -> a.gather(1, tensor(new long[][]{{0, 2, 0}, {1, 1, 2}})).sin()));
        t.put("ScatterBackward0", two(() -> in(2, 3), () -> in(2, 3), (a, b) -> a.scatter(1, tensor(new long[][]{{0, 1, 2}, {2, 0, 1}}), b)));
        t.put("ScatterBackward1", one(() -> in(2, 3), a -> a.scatter(1, tensor(new long[][]{{0}, {2}}), 2.0)));
        t.put("ScatterAddBackward0", two(() -> in(2, 3), () -> in(2, 3), (a, b) -> a.scatterAdd(1, tensor(new long[][]{{0, 1, 1}, {2, 0, 0}}), b)));
        t.put("MaskedFillBackward0", one(() -> in(2, 3), a -> a.maskedFill(tensor(new boolean[][]{{true, false, true}, {false, false, true}}), 1.0)));
        t.put("MaskedFillBackward1", two(() -> in(2, 3), () -> in(), (a, b) -> a.maskedFill(tensor(new boolean[]{true, false, true}), b)));
        t.put("MaskedSelectBackward0", one(() -> in(2, 3), a -> a.maskedSelect(tensor(new boolean[]{true, false, true}))));
        t.put("IndexPutBackward0", two(() -> in(3, 2), () -> in(2), (a, b) -> a.indexPut(new Tensor[]{tensor(2L, 0L)}, b, false)));
        t.put("IndexSelectBackward0", one(() -> in(2, 3), a -> a.indexSelect(1, tensor(2L, 0L, 2L))));
        t.put("TakeBackward0", one(() -> in(2, 3), a -> a.take(tensor(5L, 0L, -1L))));
        t.put("SortBackward0", one(() -> in(2, 3), a -> a.sort(1).values()));
        t.put("TopkBackward0", one(() -> in(2, 4), a -> a.topk(2).values()));
        t.put("KthvalueBackward0", one(() -> in(2, 3), a -> a.kthvalue(2, 1).values()));
        t.put("SplitBackward0", one(() -> in(5, 2), a -> a.split(2).get(2).mul(a.split(2).get(0).get("0:1")).sum().add(a.chunk(2).get(1).sin().sum())));
        t.put("SplitWithSizesBackward0", one(() -> in(2, 5), a -> a.split(new long[]{2, 3}, 1).get(1).sin()));
        t.put("UnbindBackward0", one(() -> in(3, 2), a -> a.unbind().get(0).mul(a.unbind().get(2))));
        t.put("FillBackward2", one(() -> in(2, 3), a -> a.mul(2.0).fill_(3.0).mul(a)));
        t.put("ZeroBackward0", one(() -> in(2, 3), a -> a.mul(2.0).zero_().add(a.sin())));
        t.put("AsStridedBackward0", two(() -> in(2, 3), () -> in(3), (a, b) -> {
            Tensor y = a.mul(2.0);
            Tensor v = y.get(0);
            v.mul_(b);   // CopySlices on y, AsStridedBackward0 on v
            return v.sin().add(y.get(1)).add(y.sum());
        }));
        // each area keeps its cases in its own file, so parallel work does not collide here
        t.putAll(NnActivationGradCases.cases());
        t.putAll(NnSpatialGradCases.cases());
        t.putAll(NnSpatial3dGradCases.cases());
        t.putAll(OptimGradCases.cases());
        t.putAll(AttentionGradCases.cases());
        t.putAll(StatsGradCases.cases());
        t.putAll(ShapeGradCases.cases());
        t.putAll(LinalgGradCases.cases());
        t.putAll(PointwiseGradCases.cases());
        t.putAll(NnActsGradCases.cases());
        t.putAll(NnMiscGradCases.cases());
        return t;
    }

    /** Nodes whose gradient PyTorch defines as zero where finite differences would not give zero (random samples). */
    static Map<String, Case> zeroByDefinition() {
        Map<String, Case> t = new TreeMap<>();
        t.put("NormalBackward1", one(() -> in(3), m -> normal(m, 1.0)));
        t.put("NormalBackward2", one(() -> pos(3), s -> normal(2.0, s)));
        t.put("NormalBackward3", two(() -> in(3), () -> pos(3), Torch4jNormal::normal));
        return t;
    }

    /** {@code torch.normal(mean, std)} as a method reference. */
    static final class Torch4jNormal {
        static Tensor normal(Tensor mean, Tensor std) { return torch4j.Torch.normal(mean, std); }
    }

    @Test void randomSamplesHaveZeroGradients() {
        for (var e : zeroByDefinition().entrySet()) {
            List<Tensor> inputs = e.getValue().inputs().get();
            Tensor out = e.getValue().f().apply(inputs);
            assertEquals(e.getKey(), out.gradFn().name());
            List<Tensor> grads = Autograd.grad(List.of(out.sum()), inputs);
            for (Tensor g : grads) assertEquals(0.0, g.abs().sum().item(), e.getKey());
        }
    }

    /** Every {@code XxxBackwardN} string literal in the main sources. */
    static TreeSet<String> nodeNamesInSources() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        Pattern p = Pattern.compile("\"([A-Z][A-Za-z0-9]*Backward[0-9])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/torch4j"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = p.matcher(Files.readString(f));
                while (m.find()) names.add(m.group(1));
            }
        }
        return names;
    }

    @Test void everyBackwardNodeHasACase() throws IOException {
        TreeSet<String> found = nodeNamesInSources();
        assertTrue(found.size() > 70, "scanned " + found);
        TreeSet<String> cases = new TreeSet<>(table().keySet());
        cases.addAll(zeroByDefinition().keySet());
        cases.addAll(StatsGradCases.refusingBackward().keySet());
        assertEquals(found, cases, "backward nodes in the sources vs gradcheck cases");
    }

    @Test void gradcheckEveryOp() {
        manualSeed(7);
        List<String> failures = new ArrayList<>();
        for (var e : table().entrySet()) {
            List<Tensor> inputs = e.getValue().inputs().get();
            Tensor out = e.getValue().f().apply(inputs);
            if (!GraphView.nodeNames(out).contains(e.getKey())) {
                failures.add(e.getKey() + ": the case does not build that node, it builds " + GraphView.nodeNames(out));
                continue;
            }
            try {
                // float32 round trips quantise the finite differences: a coarser step and tolerance for ToCopy
                if (e.getKey().equals("ToCopyBackward0")) GradCheck.gradcheck(e.getValue().f(), inputs, 1e-2, 1e-3, 1e-3);
                else GradCheck.gradcheck(e.getValue().f(), inputs);
            } catch (AssertionError err) {
                failures.add(e.getKey() + ": " + err.getMessage());
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Second derivatives (createGraph) of every op against finite differences of its gradient. */
    @Test void gradgradcheckEveryOp() {
        manualSeed(11);
        List<String> failures = new ArrayList<>();
        for (var e : table().entrySet()) {
            if (e.getKey().equals("ToCopyBackward0")) continue;   // a float32 round trip: finite differences too coarse (checked above)
            if (NnMiscGradCases.FIRST_ORDER_ONLY.contains(e.getKey())) continue;   // PyTorch refuses their second derivative too
            try {
                GradCheck.gradgradcheck(e.getValue().f(), e.getValue().inputs().get());
            } catch (AssertionError | RuntimeException err) {
                failures.add(e.getKey() + ": " + err.getMessage().lines().findFirst().orElse(""));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test void gradcheckReportsAWrongGradient() {
        Tensor x = in(3);
        // a hook that doubles the gradient makes autograd disagree with finite differences
        Function<List<Tensor>, Tensor> f = l -> {
            Tensor y = l.get(0).mul(1.0);
            if (y.requiresGrad()) y.registerHook(g -> g.mul(2));
            return y.sin();
        };
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> GradCheck.gradcheck(f, List.of(x)));
        assertTrue(e.getMessage().startsWith("Jacobian mismatch for output 0 with respect to input 0,"));
        assertEquals(DType.FLOAT64, x.dtype());
    }
}
