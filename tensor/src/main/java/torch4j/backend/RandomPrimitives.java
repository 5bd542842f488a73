package torch4j.backend;

/**
 * Random fills drawn from a Generator's stream. Part of the {@link Backend} primitive set; the contract of {@link Backend} applies.
 */
public interface RandomPrimitives {
}
