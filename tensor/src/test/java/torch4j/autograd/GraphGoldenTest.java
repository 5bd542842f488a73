package torch4j.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static torch4j.Torch.*;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;

/** Node names and next_functions of many expressions against PyTorch 1.13 (golden/autograd/gen_graphs.py). */
class GraphGoldenTest {
    static String desc(Node fn) {
        if (fn == null) return "None";
        StringBuilder sb = new StringBuilder(fn.name());
        List<Edge> next = fn.nextFunctions();
        if (!next.isEmpty()) {
            sb.append('(');
            for (int i = 0; i < next.size(); i++) sb.append(i > 0 ? ", " : "").append(desc(next.get(i).function()));
            sb.append(')');
        }
        return sb.toString();
    }

    @Test void graphsMatchPyTorch() throws Exception {
        JsonObject golden;
        try (var in = getClass().getResourceAsStream("/golden/autograd/graphs.json")) {
            golden = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
        manualSeed(0);
        Tensor x = randn(2, 3).requiresGrad_(), w = randn(3, 2).requiresGrad_(), v = randn(3).requiresGrad_();
        Tensor c = randn(2, 3), b = randn(2, 2, 3).requiresGrad_(), p = rand(2, 3).add(0.5).requiresGrad_();
        Map<String, Supplier<Tensor>> e = new LinkedHashMap<>();
        e.put("add", () -> x.add(c)); e.put("add_scalar", () -> x.add(2)); e.put("add_self", () -> x.add(x));
        e.put("add_alpha", () -> x.add(c, 2)); e.put("sub", () -> x.sub(p)); e.put("rsub_scalar", () -> x.sub(1));
        e.put("mul", () -> x.mul(p)); e.put("mul_scalar", () -> x.mul(3)); e.put("div", () -> x.div(p)); e.put("div_scalar", () -> x.div(2.0));
        e.put("neg", x::neg); e.put("pow_scalar", () -> x.pow(2)); e.put("pow_tensor", () -> p.pow(x)); e.put("square", x::square);
        e.put("exp", x::exp); e.put("log", p::log); e.put("sin", x::sin); e.put("cos", x::cos); e.put("tanh", x::tanh);
        e.put("sigmoid", x::sigmoid); e.put("relu", x::relu); e.put("abs", x::abs); e.put("sqrt", p::sqrt); e.put("rsqrt", p::rsqrt);
        e.put("reciprocal", p::reciprocal); e.put("log2", p::log2); e.put("log10", p::log10); e.put("log1p", p::log1p);
        e.put("expm1", x::expm1); e.put("tan", x::tan); e.put("asin", () -> x.mul(0.1).asin()); e.put("acos", () -> x.mul(0.1).acos());
        e.put("atan", x::atan); e.put("sinh", x::sinh); e.put("cosh", x::cosh); e.put("sign", x::sign); e.put("floor", x::floor);
        e.put("ceil", x::ceil); e.put("round", x::round); e.put("trunc", x::trunc); e.put("clamp", () -> x.clamp(-0.5, 0.5));
        e.put("clamp_min", () -> x.clampMin(0)); e.put("clamp_max", () -> x.clampMax(0)); e.put("maximum", () -> x.maximum(p));
        e.put("minimum", () -> x.minimum(c)); e.put("atan2", () -> x.atan2(p)); e.put("remainder", () -> x.remainder(p));
        e.put("remainder_scalar", () -> x.remainder(2)); e.put("fmod", () -> x.fmod(p)); e.put("fmod_scalar", () -> x.fmod(2));
        e.put("div_floor", () -> x.div(p, "floor")); e.put("where", () -> where(c.gt(0.0), x, p));
        e.put("sum", x::sum); e.put("sum_dim", () -> x.sum(0)); e.put("sum_keepdim", () -> x.sum(1, true)); e.put("mean", x::mean);
        e.put("mean_dim", () -> x.mean(1)); e.put("max", x::max); e.put("min", x::min); e.put("max_dim", () -> x.max(1).values());
        e.put("min_dim", () -> x.min(0).values()); e.put("prod", x::prod); e.put("prod_dim", () -> x.prod(1)); e.put("var", x::var);
        e.put("std", x::std); e.put("cumsum", () -> x.cumsum(1)); e.put("cumprod", () -> x.cumprod(1));
        e.put("mm", () -> x.mm(w)); e.put("mv", () -> x.mv(v)); e.put("dot", () -> v.dot(v)); e.put("bmm", () -> b.bmm(b.transpose(1, 2)));
        e.put("matmul_2d", () -> x.matmul(w)); e.put("matmul_1d", () -> v.matmul(v)); e.put("matmul_3d_2d", () -> b.matmul(w));
        e.put("matmul_1d_2d", () -> v.matmul(w)); e.put("outer", () -> v.outer(v));
        e.put("view", () -> x.view(6)); e.put("reshape", () -> x.reshape(3, 2)); e.put("reshape_copy", () -> x.t().reshape(6));
        e.put("t", x::t); e.put("transpose", () -> b.transpose(0, 2)); e.put("permute", () -> b.permute(2, 0, 1));
        e.put("expand", () -> v.expand(2, 3)); e.put("squeeze", () -> x.unsqueeze(0).squeeze()); e.put("squeeze_dim", () -> x.unsqueeze(0).squeeze(0));
        e.put("unsqueeze", () -> x.unsqueeze(1)); e.put("select", () -> x.get(1)); e.put("slice", () -> x.get(":, 1:"));
        e.put("narrow", () -> x.narrow(1, 0, 2)); e.put("flatten", b::flatten); e.put("contiguous", () -> x.t().contiguous());
        e.put("clone", x::clone); e.put("to_double", x::toDouble); e.put("cat", () -> cat(List.of(x, c))); e.put("stack", () -> stack(List.of(x, p), 1));
        e.put("index", () -> x.get(tensor(1L, 0L, 1L))); e.put("gather", () -> x.gather(1, tensor(new long[][]{{0, 2}, {1, 1}})));
        e.put("alias", () -> x.get("..."));
        e.put("chain", () -> x.mul(2).add(1).relu().sum(1).mul(v.get("0:2")).mean());
        e.put("linear", () -> x.matmul(w).add(v.get(":2")).tanh().sum());
        e.put("scatter", () -> x.scatter(1, tensor(new long[][]{{0, 1, 2}, {2, 0, 1}}), p));
        e.put("scatter_value", () -> x.scatter(1, tensor(new long[][]{{0}, {2}}), 2.0));
        e.put("scatter_add", () -> x.scatterAdd(1, tensor(new long[][]{{0, 1, 1}, {2, 0, 0}}), p));
        e.put("masked_fill", () -> x.maskedFill(c.gt(0.0), 1.0)); e.put("masked_fill_tensor", () -> x.maskedFill(c.gt(0.0), v.get(0)));
        e.put("masked_select", () -> x.maskedSelect(c.gt(0.0))); e.put("index_put", () -> x.indexPut(new Tensor[]{tensor(1L, 0L)}, p, false));
        e.put("index_select", () -> x.indexSelect(1, tensor(2L, 0L))); e.put("take", () -> x.take(tensor(5L, 0L)));
        e.put("sort", () -> x.sort(1).values()); e.put("topk", () -> x.topk(2).values()); e.put("kthvalue", () -> x.kthvalue(2, 1).values());
        e.put("inplace_chain", () -> x.mul(2).add_(1).exp_().mul_(p));
        e.put("split_pieces", () -> x.split(2, 1).get(1).mul(x.split(2, 1).get(0).get(":, :1")));
        e.put("split_sizes", () -> x.split(new long[]{1, 2}, 1).get(1)); e.put("chunk", () -> x.chunk(2, 1).get(0));
        e.put("unbind", () -> b.unbind(1).get(1));
        assertEquals(new TreeSet<>(golden.keySet()), new TreeSet<>(e.keySet()), "every golden expression has a Java twin");
        StringBuilder wrong = new StringBuilder();
        for (var entry : e.entrySet()) {
            String want = golden.get(entry.getKey()).getAsString(), got = desc(entry.getValue().get().gradFn());
            if (!want.equals(got)) wrong.append(entry.getKey()).append(":\n  torch:   ").append(want).append("\n  torch4j: ").append(got).append('\n');
        }
        assertEquals("", wrong.toString());
    }
}
