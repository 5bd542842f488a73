package torch4j;

/**
 * A part of the {@code torch} namespace ({@link Torch} inherits it, so {@code import static
 * torch4j.Torch.*} brings it in): Function-only shape ops: {@code meshgrid}, {@code block_diag}, {@code cartesian_prod}, {@code atleast_*d}, {@code broadcast_tensors}, {@code dstack}/{@code hstack}/{@code vstack}.
 */
public abstract class ShapeFunctions extends ReductionFunctions {
    ShapeFunctions() {}
}
