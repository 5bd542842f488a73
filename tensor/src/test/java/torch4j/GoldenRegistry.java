package torch4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import torch4j.GoldenJson.Args;

/**
 * Maps each golden op name to the torch4j call a Java user would write. Python int arguments are
 * passed as Java {@code long} and Python floats as {@code double}, so Java's overload resolution
 * picks what it picks for {@code x.add(3)} versus {@code x.add(2.5)}.
 */
final class GoldenRegistry {
    private GoldenRegistry() {}

    @FunctionalInterface
    interface Op { Object apply(List<Tensor> x, Args a); }

    interface LongScalar { Tensor apply(Tensor t, long v); }
    interface DoubleScalar { Tensor apply(Tensor t, double v); }

    static final Map<String, Op> OPS = new HashMap<>();

    private static void put(String name, Op op) {
        if (OPS.put(name, op) != null) throw new IllegalStateException("duplicate op " + name);
    }

    /** A binary op with tensor, int-scalar and float-scalar forms. */
    private static void binary(String name, BiFunction<Tensor, Tensor, Tensor> tt, LongScalar tl, DoubleScalar td) {
        put(name, (x, a) -> {
            if (x.size() > 1) return tt.apply(x.get(0), x.get(1));
            if (a.isInt(0)) {
                if (tl == null) throw new UnsupportedOperationException("no int-scalar form of " + name);
                return tl.apply(x.get(0), a.i(0));
            }
            if (td == null) throw new UnsupportedOperationException("no float-scalar form of " + name);
            return td.apply(x.get(0), a.d(0));
        });
    }

    private static void unary(String name, Function<Tensor, Tensor> f) { put(name, (x, a) -> f.apply(x.get(0))); }

    static {
        creation();
        conversionAndViews();
        elementwise();
        inPlace();
        reductions();
    }

    private static void creation() {
        put("tensor", (x, a) -> {
            Object data = a.literal(0);
            if (a.size() > 1) return Torch.tensor(data, a.dtype(1));
            return switch (data) {
                case Double v -> Torch.tensor(v.doubleValue());
                case Long v -> Torch.tensor(v.longValue());
                case Boolean v -> Torch.tensor(v.booleanValue());
                case double[] v -> Torch.tensor(v);
                case float[] v -> Torch.tensor(v);
                case long[] v -> Torch.tensor(v);
                case int[] v -> Torch.tensor(v);
                case boolean[] v -> Torch.tensor(v);
                default -> Torch.tensor(data);
            };
        });
        put("from", (x, a) -> Torch.from(a.javaArray(0)));
        put("zeros", (x, a) -> a.size() > 1 ? Torch.zeros(a.ints(0), a.dtype(1)) : Torch.zeros(a.ints(0)));
        put("ones", (x, a) -> a.size() > 1 ? Torch.ones(a.ints(0), a.dtype(1)) : Torch.ones(a.ints(0)));
        put("empty", (x, a) -> a.size() > 1 ? Torch.empty(a.ints(0), a.dtype(1)) : Torch.empty(a.ints(0)));
        put("full", (x, a) -> {
            long[] shape = a.ints(0);
            if (a.size() > 2) return a.isInt(1) ? Torch.full(shape, a.i(1), a.dtype(2)) : Torch.full(shape, a.d(1), a.dtype(2));
            if (a.isBool(1)) return Torch.full(shape, a.b(1));
            return a.isInt(1) ? Torch.full(shape, a.i(1)) : Torch.full(shape, a.d(1));
        });
        put("eye", (x, a) -> switch (a.size()) {
            case 1 -> Torch.eye(a.i(0));
            case 2 -> Torch.eye(a.i(0), a.i(1));
            default -> Torch.eye(a.i(0), a.i(1), a.dtype(2));
        });
        put("zerosLike", (x, a) -> a.size() > 0 ? Torch.zerosLike(x.get(0), a.dtype(0)) : Torch.zerosLike(x.get(0)));
        put("onesLike", (x, a) -> a.size() > 0 ? Torch.onesLike(x.get(0), a.dtype(0)) : Torch.onesLike(x.get(0)));
        put("emptyLike", (x, a) -> Torch.emptyLike(x.get(0)));
        put("fullLike", (x, a) -> a.size() > 1 ? Torch.fullLike(x.get(0), a.d(0), a.dtype(1)) : Torch.fullLike(x.get(0), a.d(0)));
        put("arange", (x, a) -> {
            boolean ints = true;
            int n = 0;
            for (; n < a.size() && (a.isInt(n) || a.isFloat(n)); n++) ints &= a.isInt(n);
            if (n < a.size()) return Torch.arange(a.d(0), a.d(1), a.d(2), a.dtype(3));
            if (ints) return switch (n) {
                case 1 -> Torch.arange(a.i(0));
                case 2 -> Torch.arange(a.i(0), a.i(1));
                default -> Torch.arange(a.i(0), a.i(1), a.i(2));
            };
            return switch (n) {
                case 1 -> Torch.arange(a.d(0));
                case 2 -> Torch.arange(a.d(0), a.d(1));
                default -> Torch.arange(a.d(0), a.d(1), a.d(2));
            };
        });
        put("linspace", (x, a) -> a.size() > 3 ? Torch.linspace(a.d(0), a.d(1), a.i(2), a.dtype(3))
                : Torch.linspace(a.d(0), a.d(1), a.i(2)));
    }

    private static void conversionAndViews() {
        put("to", (x, a) -> x.get(0).to(a.dtype(0)));
        put("type", (x, a) -> x.get(0).type(a.dtype(0)));
        put("typeAs", (x, a) -> x.get(0).typeAs(x.get(1)));
        unary("toFloat", Tensor::toFloat);
        unary("toDouble", Tensor::toDouble);
        unary("toLong", Tensor::toLong);
        unary("toInt", Tensor::toInt);
        unary("bool", Tensor::bool);
        unary("toByte", Tensor::toByte);

        put("view", (x, a) -> x.get(0).view(a.ints(0)));
        put("reshape", (x, a) -> x.get(0).reshape(a.ints(0)));
        put("viewAs", (x, a) -> x.get(0).viewAs(x.get(1)));
        put("reshapeAs", (x, a) -> x.get(0).reshapeAs(x.get(1)));
        put("expandAs", (x, a) -> x.get(0).expandAs(x.get(1)));
        put("transpose", (x, a) -> x.get(0).transpose(a.i(0), a.i(1)));
        unary("t", Tensor::t);
        put("permute", (x, a) -> x.get(0).permute(a.ints(0)));
        put("expand", (x, a) -> x.get(0).expand(a.ints(0)));
        put("squeeze", (x, a) -> a.size() > 0 ? x.get(0).squeeze(a.i(0)) : x.get(0).squeeze());
        put("unsqueeze", (x, a) -> x.get(0).unsqueeze(a.i(0)));
        put("flatten", (x, a) -> a.size() > 0 ? x.get(0).flatten(a.i(0), a.i(1)) : x.get(0).flatten());
        put("unflatten", (x, a) -> x.get(0).unflatten(a.i(0), a.ints(1)));
        put("narrow", (x, a) -> x.get(0).narrow(a.i(0), a.i(1), a.i(2)));
        put("select", (x, a) -> x.get(0).select(a.i(0), a.i(1)));
        put("slice", (x, a) -> x.get(0).slice(a.i(0), a.i(1), a.i(2), a.i(3)));
        unary("contiguous", Tensor::contiguous);
        unary("clone", Tensor::clone);
        put("resize_", (x, a) -> x.get(0).resize_(a.ints(0)));
    }

    private static void elementwise() {
        binary("add", Tensor::add, Tensor::add, Tensor::add);
        binary("sub", Tensor::sub, Tensor::sub, Tensor::sub);
        binary("mul", Tensor::mul, Tensor::mul, Tensor::mul);
        binary("div", Tensor::div, (t, v) -> t.div(v), Tensor::div);
        binary("remainder", Tensor::remainder, Tensor::remainder, Tensor::remainder);
        binary("fmod", Tensor::fmod, (t, v) -> t.fmod(v), Tensor::fmod);
        binary("pow", Tensor::pow, Tensor::pow, Tensor::pow);
        binary("floorDivide", Tensor::floorDivide, Tensor::floorDivide, null);
        binary("eq", Tensor::eq, (t, v) -> t.eq(v), Tensor::eq);
        binary("ne", Tensor::ne, (t, v) -> t.ne(v), Tensor::ne);
        binary("lt", Tensor::lt, (t, v) -> t.lt(v), Tensor::lt);
        binary("le", Tensor::le, (t, v) -> t.le(v), Tensor::le);
        binary("gt", Tensor::gt, (t, v) -> t.gt(v), Tensor::gt);
        binary("ge", Tensor::ge, (t, v) -> t.ge(v), Tensor::ge);
        binary("maximum", Tensor::maximum, null, null);
        binary("minimum", Tensor::minimum, null, null);
        binary("atan2", Tensor::atan2, null, null);
        binary("logicalAnd", Tensor::logicalAnd, null, null);
        binary("logicalOr", Tensor::logicalOr, null, null);
        binary("logicalXor", Tensor::logicalXor, null, null);
        put("addAlpha", (x, a) -> x.get(0).add(x.get(1), a.d(0)));
        put("subAlpha", (x, a) -> x.get(0).sub(x.get(1), a.d(0)));
        put("divMode", (x, a) -> x.get(0).div(x.get(1), a.s(0)));

        unary("neg", Tensor::neg);
        unary("abs", Tensor::abs);
        unary("square", Tensor::square);
        unary("sign", Tensor::sign);
        unary("sqrt", Tensor::sqrt);
        unary("rsqrt", Tensor::rsqrt);
        unary("reciprocal", Tensor::reciprocal);
        unary("exp", Tensor::exp);
        unary("expm1", Tensor::expm1);
        unary("log", Tensor::log);
        unary("log2", Tensor::log2);
        unary("log10", Tensor::log10);
        unary("log1p", Tensor::log1p);
        unary("sin", Tensor::sin);
        unary("cos", Tensor::cos);
        unary("tan", Tensor::tan);
        unary("asin", Tensor::asin);
        unary("acos", Tensor::acos);
        unary("atan", Tensor::atan);
        unary("sinh", Tensor::sinh);
        unary("cosh", Tensor::cosh);
        unary("tanh", Tensor::tanh);
        unary("sigmoid", Tensor::sigmoid);
        unary("relu", Tensor::relu);
        unary("floor", Tensor::floor);
        unary("ceil", Tensor::ceil);
        unary("round", Tensor::round);
        unary("trunc", Tensor::trunc);
        unary("logicalNot", Tensor::logicalNot);
        unary("isnan", Tensor::isnan);
        unary("isinf", Tensor::isinf);
        unary("isfinite", Tensor::isfinite);
        put("clamp", (x, a) -> {
            Tensor t = x.get(0);
            if (x.size() == 3) return t.clamp(x.get(1), x.get(2));
            if (a.isInt(0) && a.isInt(1)) { long lo = a.i(0), hi = a.i(1); return t.clamp(lo, hi); }
            return t.clamp(a.d(0), a.d(1));
        });
        put("clampMin", (x, a) -> { if (a.isInt(0)) { long v = a.i(0); return x.get(0).clampMin(v); } return x.get(0).clampMin(a.d(0)); });
        put("clampMax", (x, a) -> { if (a.isInt(0)) { long v = a.i(0); return x.get(0).clampMax(v); } return x.get(0).clampMax(a.d(0)); });

        put("where", (x, a) -> Torch.where(x.get(0), x.get(1), x.get(2)));
        put("whereTS", (x, a) -> {
            if (a.isInt(0)) { long v = a.i(0); return Torch.where(x.get(0), x.get(1), v); }
            return Torch.where(x.get(0), x.get(1), a.d(0));
        });
        put("whereST", (x, a) -> {
            if (a.isInt(0)) { long v = a.i(0); return Torch.where(x.get(0), v, x.get(1)); }
            return Torch.where(x.get(0), a.d(0), x.get(1));
        });
        put("whereSS", (x, a) -> {
            if (a.isInt(0) && a.isInt(1)) { long u = a.i(0), v = a.i(1); return Torch.where(x.get(0), u, v); }
            return Torch.where(x.get(0), a.d(0), a.d(1));
        });
        put("whereMethod", (x, a) -> x.get(0).where(x.get(1), x.get(2)));
    }

    private static void inPlace() {
        binary("add_", Tensor::add_, Tensor::add_, Tensor::add_);
        binary("sub_", Tensor::sub_, Tensor::sub_, Tensor::sub_);
        binary("mul_", Tensor::mul_, Tensor::mul_, Tensor::mul_);
        binary("div_", Tensor::div_, (t, v) -> t.div_(v), Tensor::div_);
        binary("pow_", Tensor::pow_, (t, v) -> t.pow_(v), Tensor::pow_);
        binary("maximum_", Tensor::maximum_, null, null);
        binary("minimum_", Tensor::minimum_, null, null);
        put("addAlpha_", (x, a) -> x.get(0).add_(x.get(1), a.d(0)));
        put("subAlpha_", (x, a) -> x.get(0).sub_(x.get(1), a.d(0)));
        unary("neg_", Tensor::neg_);
        unary("abs_", Tensor::abs_);
        unary("sqrt_", Tensor::sqrt_);
        unary("exp_", Tensor::exp_);
        unary("log_", Tensor::log_);
        unary("sin_", Tensor::sin_);
        unary("cos_", Tensor::cos_);
        unary("tanh_", Tensor::tanh_);
        unary("sigmoid_", Tensor::sigmoid_);
        unary("relu_", Tensor::relu_);
        unary("floor_", Tensor::floor_);
        unary("round_", Tensor::round_);
        unary("zero_", Tensor::zero_);
        unary("ceil_", Tensor::ceil_);
        unary("trunc_", Tensor::trunc_);
        unary("sign_", Tensor::sign_);
        unary("square_", Tensor::square_);
        unary("rsqrt_", Tensor::rsqrt_);
        unary("reciprocal_", Tensor::reciprocal_);
        unary("expm1_", Tensor::expm1_);
        unary("log2_", Tensor::log2_);
        unary("log10_", Tensor::log10_);
        unary("log1p_", Tensor::log1p_);
        unary("tan_", Tensor::tan_);
        unary("asin_", Tensor::asin_);
        unary("acos_", Tensor::acos_);
        unary("atan_", Tensor::atan_);
        unary("sinh_", Tensor::sinh_);
        unary("cosh_", Tensor::cosh_);
        unary("logicalNot_", Tensor::logicalNot_);
        binary("eq_", Tensor::eq_, (t, v) -> t.eq_(v), (t, v) -> t.eq_(v));
        binary("ne_", Tensor::ne_, (t, v) -> t.ne_(v), (t, v) -> t.ne_(v));
        binary("lt_", Tensor::lt_, (t, v) -> t.lt_(v), (t, v) -> t.lt_(v));
        binary("le_", Tensor::le_, (t, v) -> t.le_(v), (t, v) -> t.le_(v));
        binary("gt_", Tensor::gt_, (t, v) -> t.gt_(v), (t, v) -> t.gt_(v));
        binary("ge_", Tensor::ge_, (t, v) -> t.ge_(v), (t, v) -> t.ge_(v));
        binary("logicalAnd_", Tensor::logicalAnd_, null, null);
        binary("logicalOr_", Tensor::logicalOr_, null, null);
        binary("logicalXor_", Tensor::logicalXor_, null, null);
        put("clamp_", (x, a) -> {
            if (a.isInt(0) && a.isInt(1)) { long lo = a.i(0), hi = a.i(1); return x.get(0).clamp_(lo, hi); }
            return x.get(0).clamp_(a.d(0), a.d(1));
        });
        put("clampMin_", (x, a) -> { if (a.isInt(0)) { long v = a.i(0); return x.get(0).clampMin_(v); } return x.get(0).clampMin_(a.d(0)); });
        put("clampMax_", (x, a) -> { if (a.isInt(0)) { long v = a.i(0); return x.get(0).clampMax_(v); } return x.get(0).clampMax_(a.d(0)); });
        put("fill_", (x, a) -> {
            if (a.isBool(0)) return x.get(0).fill_(a.b(0));
            return a.isInt(0) ? x.get(0).fill_(a.i(0)) : x.get(0).fill_(a.d(0));
        });
        put("copy_", (x, a) -> x.get(0).copy_(x.get(1)));
    }

    private static void reductions() {
        put("sum", (x, a) -> {
            Tensor t = x.get(0);
            if (a.size() == 0) return t.sum();
            if (a.isInts(0)) return a.size() > 1 ? t.sum(a.ints(0), a.b(1)) : t.sum(a.ints(0));
            return a.size() > 1 ? t.sum(a.i(0), a.b(1)) : t.sum(a.i(0));
        });
        put("mean", (x, a) -> {
            Tensor t = x.get(0);
            if (a.size() == 0) return t.mean();
            if (a.isInts(0)) return a.size() > 1 ? t.mean(a.ints(0), a.b(1)) : t.mean(a.ints(0));
            return a.size() > 1 ? t.mean(a.i(0), a.b(1)) : t.mean(a.i(0));
        });
        put("prod", (x, a) -> a.size() == 0 ? x.get(0).prod() : a.size() == 1 ? x.get(0).prod(a.i(0)) : x.get(0).prod(a.i(0), a.b(1)));
        put("std", (x, a) -> stdVar(x.get(0), a, true));
        put("var", (x, a) -> stdVar(x.get(0), a, false));
        put("max", (x, a) -> a.size() == 0 ? x.get(0).max() : a.size() == 1 ? x.get(0).max(a.i(0)) : x.get(0).max(a.i(0), a.b(1)));
        put("min", (x, a) -> a.size() == 0 ? x.get(0).min() : a.size() == 1 ? x.get(0).min(a.i(0)) : x.get(0).min(a.i(0), a.b(1)));
        put("argmax", (x, a) -> a.size() == 0 ? x.get(0).argmax() : a.size() == 1 ? x.get(0).argmax(a.i(0)) : x.get(0).argmax(a.i(0), a.b(1)));
        put("argmin", (x, a) -> a.size() == 0 ? x.get(0).argmin() : a.size() == 1 ? x.get(0).argmin(a.i(0)) : x.get(0).argmin(a.i(0), a.b(1)));
        put("all", (x, a) -> a.size() == 0 ? x.get(0).all() : a.size() == 1 ? x.get(0).all(a.i(0)) : x.get(0).all(a.i(0), a.b(1)));
        put("any", (x, a) -> a.size() == 0 ? x.get(0).any() : a.size() == 1 ? x.get(0).any(a.i(0)) : x.get(0).any(a.i(0), a.b(1)));
        put("cumsum", (x, a) -> x.get(0).cumsum(a.i(0)));
        put("cumprod", (x, a) -> x.get(0).cumprod(a.i(0)));
    }

    private static Tensor stdVar(Tensor t, Args a, boolean std) {
        if (a.size() == 0) return std ? t.std() : t.var();
        if (a.size() == 1) {
            if (a.isBool(0)) return std ? t.std(a.b(0)) : t.var(a.b(0));
            return std ? t.std(a.i(0)) : t.var(a.i(0));
        }
        if (a.isInts(0)) return std ? t.std(a.ints(0), a.i(1), a.b(2)) : t.var(a.ints(0), a.i(1), a.b(2));
        return std ? t.std(a.i(0), a.b(1), a.b(2)) : t.var(a.i(0), a.b(1), a.b(2));
    }
}
