package torch4j;

/**
 * What {@code frexp} returns: the mantissa (x's dtype, magnitude in [0.5, 1)) and the int32
 * exponent with {@code x = mantissa · 2^exponent}; prints like PyTorch's
 * {@code torch.return_types.frexp(...)}.
 *
 * <pre>{@code
 * jshell> tensor(3.0, -0.1).frexp()
 * $1 ==> torch.return_types.frexp(
 * mantissa=tensor([ 0.7500, -0.8000]),
 * exponent=tensor([ 2, -3], dtype=torch.int32))
 * }</pre>
 */
public record Frexp(Tensor mantissa, Tensor exponent) {
    @Override public String toString() {
        return "torch.return_types.frexp(\nmantissa=" + mantissa + ",\nexponent=" + exponent + ")";
    }
}
