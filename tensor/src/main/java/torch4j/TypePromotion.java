package torch4j;

/**
 * PyTorch's result_type: operands fall into three priority classes — tensors with dimensions,
 * 0-dim tensors, and wrapped Java numbers — and a lower class only changes the result when it is
 * of a higher category (bool &lt; integral &lt; floating). So {@code int32 + 5} stays int32,
 * {@code int64 + 2.5} becomes float32 (the default dtype), {@code float32 + float64 0-dim} stays float32.
 */
final class TypePromotion {
    private TypePromotion() {}

    static DType resultType(Tensor... operands) {
        DType dim = null, zero = null, wrapped = null;
        for (Tensor t : operands) {
            DType current = t.dtype();
            if (t.wrappedNumber) {
                if (current.isFloatingPoint()) current = DType.defaultFloat();
                wrapped = promote(wrapped, current);
            } else if (t.dim() > 0) dim = promote(dim, current);
            else zero = promote(zero, current);
        }
        return combine(dim, combine(zero, wrapped));
    }

    private static DType promote(DType a, DType b) { return a == null ? b : DType.promote(a, b); }

    /** combine_categories: the higher class wins unless the lower one is of a higher category. */
    private static DType combine(DType higher, DType lower) {
        if (higher == null) return lower;
        if (lower == null) return higher;
        if (higher.isFloatingPoint()) return higher;
        if (higher == DType.BOOL || lower.isFloatingPoint()) return DType.promote(higher, lower);
        return higher;
    }

    /** PyTorch's canCast: no float to integral, no non-bool to bool. */
    static boolean canCast(DType from, DType to) {
        if (from.isFloatingPoint() && !to.isFloatingPoint()) return false;
        return from == DType.BOOL || to != DType.BOOL;
    }

    /** PyTorch's name for a dtype in cast errors: Float, Double, Long, Int, Short, Char, Byte, Bool. */
    static String scalarTypeName(DType t) { return t.scalarTypeName(); }
}
