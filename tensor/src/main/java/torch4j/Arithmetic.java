package torch4j;

import java.util.Arrays;
import torch4j.Pointwise.Binary;
import torch4j.Pointwise.Unary;

/** The argument checks and choices around elementwise ops, done before any element is written. */
final class Arithmetic {
    private Arithmetic() {}

    /** The division op for a rounding mode; integer division by zero is the backend's check (before any element is written). */
    static Binary division(Tensor a, Tensor b, String roundingMode) {
        if (roundingMode == null) return BinaryOps.DIV;
        return switch (roundingMode) {
            case "trunc" -> BinaryOps.DIV_TRUNC;
            case "floor" -> BinaryOps.DIV_FLOOR;
            default -> throw new IllegalArgumentException("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '"
                    + roundingMode + "'");
        };
    }

    /** Unary ops that PyTorch has no bool kernel for, with its messages. */
    private static final java.util.Map<String, String> NO_BOOL_UNARY = java.util.Map.of(
            "abs", "\"abs_cpu\" not implemented for 'Bool'",
            "relu", "Boolean inputs not supported for relu",
            "floor", "\"floor_vml_cpu\" not implemented for 'Bool'",
            "ceil", "\"ceil_vml_cpu\" not implemented for 'Bool'",
            "round", "\"round_vml_cpu\" not implemented for 'Bool'",
            "trunc", "\"trunc_vml_cpu\" not implemented for 'Bool'");

    /** Binary ops (by name) that PyTorch has no bool kernel for; "div" here is only ever division with rounding. */
    private static final java.util.Map<String, String> NO_BOOL_BINARY = java.util.Map.of(
            "floor_divide", "\"div_floor_cpu\" not implemented for 'Bool'",
            "div", "\"div_trunc_cpu\" not implemented for 'Bool'",
            "remainder", "\"remainder_cpu\" not implemented for 'Bool'",
            "fmod", "\"fmod_cpu\" not implemented for 'Bool'",
            "pow", "\"pow\" not implemented for 'Bool'");

    static void checkBool(Unary op, Tensor x) {
        String message = x.dtype() == DType.BOOL ? NO_BOOL_UNARY.get(op.name()) : null;
        if (message != null) throw new IllegalArgumentException(message);
    }

    static void checkBool(Binary op, Tensor a, Tensor b, DType promoted) {
        if (op.name().equals("sub")) {
            if (a.dtype() == DType.BOOL && b.dtype() == DType.BOOL)
                throw new IllegalArgumentException("Subtraction, the `-` operator, with two bool tensors is not supported."
                        + " Use the `^` or `logical_xor()` operator instead.");
            if (a.dtype() == DType.BOOL || b.dtype() == DType.BOOL)
                throw new IllegalArgumentException("Subtraction, the `-` operator, with a bool tensor is not supported."
                        + " If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        }
        String message = promoted == DType.BOOL && op.result() == Pointwise.Result.PROMOTED ? NO_BOOL_BINARY.get(op.name()) : null;
        if (message != null) throw new IllegalArgumentException(message);
    }

    static Unary negation(Tensor x) {
        if (x.dtype() == DType.BOOL)
            throw new IllegalArgumentException("Negation, the `-` operator, on a bool tensor is not supported. If you are trying"
                    + " to invert a mask, use the `~` or `logical_not()` operator instead.");
        return UnaryOps.NEG;
    }

    /**
     * clamp / clamp_min / clamp_max with scalar bounds (a null bound is absent), as ATen: the bounds
     * take part in type promotion (an int tensor with float bounds gives float32), are cast to the
     * result type (a uint8 bound of -1 is 255), and a NaN bound makes every element NaN.
     */
    static Tensor clamp(Tensor x, Tensor min, Tensor max, boolean inPlace) {
        DType type = min == null ? TypePromotion.resultType(x, max)
                : max == null ? TypePromotion.resultType(x, min) : TypePromotion.resultType(x, min, max);
        if (inPlace && !TypePromotion.canCast(type, x.dtype()))
            throw new IllegalArgumentException("result type " + TypePromotion.scalarTypeName(type)
                    + " can't be cast to the desired output type " + x.dtype().cppTypeName());
        if (type == DType.BOOL)
            throw new IllegalArgumentException("\"" + (min == null ? "clamp_max_scalar_cpu" : max == null ? "clamp_min_cpu" : "clamp_scalar_cpu")
                    + "\" not implemented for 'Bool'");
        Unary op;
        if (type.isFloatingPoint()) {
            double lo = min == null ? Double.NEGATIVE_INFINITY : Pointwise.castForCompute(min, type).item();
            double hi = max == null ? Double.POSITIVE_INFINITY : Pointwise.castForCompute(max, type).item();
            op = UnaryOps.clamp(lo, hi);
        } else {
            long lo = min == null ? Long.MIN_VALUE : Conversions.convert(min, type).longValue();
            long hi = max == null ? Long.MAX_VALUE : Conversions.convert(max, type).longValue();
            op = UnaryOps.clamp(lo, hi);
        }
        return inPlace ? Pointwise.applyInPlace(op, x) : Pointwise.apply(op, x.to(type));
    }


    /** {@code x ** e} for a scalar exponent: integer tensors with a negative integer exponent fail up front. */
    static Tensor powScalar(Tensor x, Tensor wrapped, double e) {
        DType result = TypePromotion.resultType(x, wrapped);
        if (!result.isFloatingPoint() && e < 0)
            throw new ArithmeticException("Integers to negative integer powers are not allowed.");
        if (result == x.dtype()) return Pointwise.apply(UnaryOps.powScalar(e), x);
        return Pointwise.apply(UnaryOps.powScalar(e), x.to(result));
    }

    /** {@code x.pow_(e)}: as ATen, the result type of x and e must be x's own dtype. */
    static Tensor powScalarInPlace(Tensor x, Tensor wrapped, double e) {
        DType result = TypePromotion.resultType(x, wrapped);
        if (!result.isFloatingPoint() && e < 0)
            throw new ArithmeticException("Integers to negative integer powers are not allowed.");
        if (result != x.dtype())
            throw new IllegalArgumentException("Found dtype " + TypePromotion.scalarTypeName(x.dtype()) + " but expected "
                    + TypePromotion.scalarTypeName(result));
        return Pointwise.applyInPlace(UnaryOps.powScalar(e), x);
    }

    /** {@code torch.equal}: same shape and values, read from the data (meta: PyTorch's "Could not run 'aten::equal'"). */
    static boolean equal(Tensor a, Tensor b) {
        if (!Arrays.equals(a.shape, b.shape)) return false;
        return noneTrue("equal", a.ne(b));
    }

    static boolean allclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        Tensor x = a.toDouble(), y = b.toDouble();
        Tensor close = x.sub(y).abs().le(y.abs().mul(rtol).add(atol));
        if (equalNan) close = close.logicalOr(x.isnan().logicalAnd(y.isnan()));
        Tensor sameInf = x.eq(y);   // inf == inf counts as close
        // PyTorch reads the answer with .item(): on meta, "Could not run 'aten::_local_scalar_dense'"
        return noneTrue("_local_scalar_dense", close.logicalOr(sameInf).logicalNot());
    }

    /** Whether no element of the bool tensor {@code t} is true, read by its backend on behalf of {@code op}. */
    private static boolean noneTrue(String op, Tensor t) {
        return t.backend().pointwise().countNonzero(op, t.shape, Conversions.operand(t)) == 0;
    }
}
