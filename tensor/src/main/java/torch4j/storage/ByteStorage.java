package torch4j.storage;

import torch4j.DType;

/** int8 or uint8 storage over a {@code byte[]}; uint8 reads mask with 0xFF. See {@link Storage}. */
final class ByteStorage extends Storage {
    byte[] a;
    private final int mask;   // 0xFF for uint8 (zero-extend), -1 for int8 (sign-extend)

    ByteStorage(byte[] a, boolean unsigned) {
        super(unsigned ? DType.UINT8 : DType.INT8);
        this.a = a;
        this.mask = unsigned ? 0xFF : -1;
    }

    @Override public int length() { return a.length; }
    @Override public Object array() { return a; }
    @Override public void resize(int n) { a = java.util.Arrays.copyOf(a, n); }

    @Override public void loadDouble(int off, int stride, int n, double[] dst) {
        for (int i = 0, j = off; i < n; i++, j += stride) dst[i] = a[j] & mask;
    }

    @Override public void storeDouble(int off, int stride, int n, double[] src) {
        for (int i = 0, j = off; i < n; i++, j += stride) a[j] = (byte) (long) src[i];
    }

    @Override public void loadLong(int off, int stride, int n, long[] dst) {
        for (int i = 0, j = off; i < n; i++, j += stride) dst[i] = a[j] & mask;
    }

    @Override public void storeLong(int off, int stride, int n, long[] src) {
        for (int i = 0, j = off; i < n; i++, j += stride) a[j] = (byte) src[i];
    }

    @Override public double sumDouble(int off, int stride, int n) {
        long s = 0;   // exact: at most 2^31 bytes of at most 255
        for (int i = 0, j = off; i < n; i++, j += stride) s += a[j] & mask;
        return s;
    }

    @Override public void accumulateDouble(int off, int stride, int n, double[] acc, int accOff) {
        for (int i = 0, j = off; i < n; i++, j += stride) acc[accOff + i] += a[j] & mask;
    }

    @Override public double getDouble(int i) { return a[i] & mask; }
    @Override public long getLong(int i) { return a[i] & mask; }

    @Override public void copyRaw(int srcOff, int srcStride, Storage dst, int dstOff, int dstStride, int n) {
        byte[] b = ((ByteStorage) dst).a;
        if (srcStride == 1 && dstStride == 1) { System.arraycopy(a, srcOff, b, dstOff, n); return; }
        for (int i = 0, s = srcOff, d = dstOff; i < n; i++, s += srcStride, d += dstStride) b[d] = a[s];
    }
}
