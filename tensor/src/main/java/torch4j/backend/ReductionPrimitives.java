package torch4j.backend;

/**
 * Reductions along dimensions (sum, prod, max/min with indices, argmax, all/any, mean/var with PyTorch's accumulation order), scans (cumsum/cumprod/cummax), sort and topk. Part of the {@link Backend} primitive set; the contract of {@link Backend} applies.
 */
public interface ReductionPrimitives {
}
