package torch4j.backend;

/**
 * General matrix products, single and batched, as BLAS gemm. Part of the {@link Backend} primitive set; the contract of {@link Backend} applies.
 */
public interface LinalgPrimitives {
}
