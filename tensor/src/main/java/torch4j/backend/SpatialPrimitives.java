package torch4j.backend;

/**
 * Convolution (im2col/col2im) and pooling kernels. Part of the {@link Backend} primitive set; the contract of {@link Backend} applies.
 */
public interface SpatialPrimitives {
}
