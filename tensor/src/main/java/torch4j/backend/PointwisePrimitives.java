package torch4j.backend;

/**
 * Elementwise maps over 1-3 strided operands by op declaration, where-selection and the fused optimizer updates. Part of the {@link Backend} primitive set; the contract of {@link Backend} applies.
 */
public interface PointwisePrimitives {
}
