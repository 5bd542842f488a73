package torch4j;

/**
 * A part of the {@code torch} namespace ({@link Torch} inherits it, so {@code import static
 * torch4j.Torch.*} brings it in): Function-only reductions and searches ({@code bucketize}, {@code searchsorted} with a scalar, {@code histogramdd}-free statistics).
 */
public abstract class ReductionFunctions extends ScalarFunctions {
    ReductionFunctions() {}
}
