package torch4j.backend.meta;

import torch4j.backend.SpatialPrimitives;
import torch4j.storage.Storage;

/** Convolution and pooling on meta tensors: output shapes come from the op layer; no data to fill. */
final class MetaSpatial implements SpatialPrimitives {
    @Override public void im2col(int planes, int d, int h, int w, Geometry g, Storage x, long xOffset, Storage cols, long colsOffset) {}

    @Override public void col2im(int planes, int d, int h, int w, Geometry g, Storage cols, long colsOffset, Storage out, long outOffset) {}
    @Override public void depthwise(int n, int channels, int mult, int d, int h, int w, Geometry g, Storage x, long xOffset,
                                    Storage weight, long weightOffset, Storage out) {}
    @Override public void depthwiseInputGrad(int planes, int channels, int d, int h, int w, Geometry g, Storage grad, long gradOffset,
                                             Storage weight, long weightOffset, Storage out) {}

    @Override public void maxPool(int planes, Windows win, Storage x, long xOffset, Storage values, Storage indices) {}

    @Override public void maxPoolBackward(int planes, int planeSize, int outPlaneSize, Storage grad, long gradOffset,
                                          Storage indices, long indicesOffset, Storage out) {}

    @Override public void avgPool(int planes, Windows win, double[] divisor, Storage x, long xOffset, Storage out) {}

    @Override public void avgPoolBackward(int planes, Windows win, double[] divisor, Storage grad, long gradOffset, Storage out) {}
}
