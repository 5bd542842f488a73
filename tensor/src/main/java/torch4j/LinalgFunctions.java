package torch4j;

/**
 * A part of the {@code torch} namespace ({@link Torch} inherits it, so {@code import static
 * torch4j.Torch.*} brings it in): Function-only linear algebra: {@code einsum}, {@code tensordot}, {@code cdist}, {@code chain_matmul}.
 */
public abstract class LinalgFunctions extends ShapeFunctions {
    LinalgFunctions() {}
}
