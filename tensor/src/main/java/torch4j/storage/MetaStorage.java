package torch4j.storage;

import torch4j.DType;
import torch4j.Device;

/**
 * Storage on the meta device: a dtype and an element count, no data (PyTorch's
 * {@code device="meta"}). Ops on meta tensors compute shapes, strides, dtypes and errors; the meta
 * backend's kernels do nothing, so nothing here is ever read or written. A data access that got
 * past the op layer fails with PyTorch's words rather than touching memory.
 */
public final class MetaStorage extends Storage {
    private long numel;

    MetaStorage(DType dtype, long numel) { super(dtype); this.numel = numel; }

    /** A meta storage of {@code numel} elements: no size limit but int64's, nothing allocated. */
    public static MetaStorage of(DType dtype, long numel) { return new MetaStorage(dtype, numel); }

    @Override public Device device() { return Device.META; }
    @Override public long numel() { return numel; }
    @Override public int length() { return (int) Math.min(numel, Integer.MAX_VALUE); }
    @Override public void resize(int n) { numel = n; }
    @Override public void grow(long n, long bytes) { numel = n; }

    @Override public Object array() { throw noData(); }
    @Override public void loadDouble(int off, int stride, int n, double[] dst) { throw noData(); }
    @Override public void storeDouble(int off, int stride, int n, double[] src) { throw noData(); }
    @Override public void loadLong(int off, int stride, int n, long[] dst) { throw noData(); }
    @Override public void storeLong(int off, int stride, int n, long[] src) { throw noData(); }
    @Override public double sumDouble(int off, int stride, int n) { throw noData(); }
    @Override public void accumulateDouble(int off, int stride, int n, double[] acc, int accOff) { throw noData(); }
    // single elements are read only by item(): PyTorch's words for its _local_scalar_dense on meta
    @Override public double getDouble(int i) { throw noScalar(); }
    @Override public long getLong(int i) { throw noScalar(); }
    @Override public void copyRaw(int srcOff, int srcStride, Storage dst, int dstOff, int dstStride, int n) { throw noData(); }

    private static UnsupportedOperationException noScalar() {
        return new UnsupportedOperationException("Could not run 'aten::_local_scalar_dense' with arguments from the 'Meta' backend.");
    }

    /** PyTorch's words for reading a meta tensor's values. */
    public static UnsupportedOperationException noData() {
        return new UnsupportedOperationException("Cannot copy out of meta tensor; no data!");
    }
}
