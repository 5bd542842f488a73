package torch4j;

/**
 * A part of the {@code torch} namespace ({@link Torch} inherits it, so {@code import static
 * torch4j.Torch.*} brings it in): Function-only forms about Python values: reflected scalar ops ({@code torch.sub(2, x)}), {@code broadcast_shapes}, one-argument {@code where}.
 */
public abstract class ScalarFunctions extends TensorFunctions {
    ScalarFunctions() {}
}
