package torch4j.backend;

/**
 * Gather, scatter(-add), index-select, masked operations and index-put. Part of the {@link Backend} primitive set; the contract of {@link Backend} applies.
 */
public interface IndexingPrimitives {
}
