package torch4j;

import java.util.Arrays;
import torch4j.Pointwise.Binary;
import torch4j.Pointwise.Unary;

/** The argument checks and choices around elementwise ops, done before any element is written. */
final class Arithmetic {
    private Arithmetic() {}

    static Binary division(Tensor a, Tensor b, String roundingMode) {
        if (roundingMode == null) return BinaryOps.DIV;
        return switch (roundingMode) {
            case "trunc" -> checked(BinaryOps.DIV_TRUNC, a, b);
            case "floor" -> checked(BinaryOps.DIV_FLOOR, a, b);
            default -> throw new IllegalArgumentException("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '"
                    + roundingMode + "'");
        };
    }

    /** Integer division by zero is an error; checking first means no output is half-written. */
    static Binary checked(Binary op, Tensor a, Tensor b) {
        boolean integral = !TypePromotion.resultType(a, b).isFloatingPoint();
        if (integral && b.eq(0.0).any().booleanValue()) throw new ArithmeticException("ZeroDivisionError");
        return op;
    }

    static Unary negation(Tensor x) {
        if (x.dtype() == DType.BOOL)
            throw new IllegalArgumentException("Negation, the `-` operator, on a bool tensor is not supported. If you are trying"
                    + " to invert a mask, use the `~` or `logical_not()` operator instead.");
        return UnaryOps.NEG;
    }

    static Unary clamp(Tensor x, double min, double max) {
        if (x.dtype() == DType.BOOL) throw new IllegalArgumentException("\"clamp_cpu\" not implemented for 'Bool'");
        return UnaryOps.clamp(min, max);
    }

    /** {@code x ** e} for a scalar exponent: integer tensors with a negative integer exponent fail up front. */
    static Tensor powScalar(Tensor x, Tensor wrapped, double e) {
        DType result = TypePromotion.resultType(x, wrapped);
        if (!result.isFloatingPoint() && e < 0)
            throw new ArithmeticException("Integers to negative integer powers are not allowed.");
        if (result == x.dtype()) return Pointwise.apply(UnaryOps.powScalar(e), x);
        return Pointwise.apply(UnaryOps.powScalar(e), x.to(result));
    }

    static boolean equal(Tensor a, Tensor b) {
        if (!Arrays.equals(a.shape, b.shape)) return false;
        return a.eq(b).all().booleanValue();
    }

    static boolean allclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        Tensor x = a.toDouble(), y = b.toDouble();
        Tensor close = x.sub(y).abs().le(y.abs().mul(rtol).add(atol));
        if (equalNan) close = close.logicalOr(x.isnan().logicalAnd(y.isnan()));
        Tensor sameInf = x.eq(y);   // inf == inf counts as close
        return close.logicalOr(sameInf).all().booleanValue();
    }
}
