package torch4j.random;

import torch4j.DType;

/**
 * Internal: writes int64 results into the Java array that stores a dtype, converting as
 * {@code static_cast<scalar_t>(int64_t)} does (integer wrap-around; one rounding to float; bool
 * is "non-zero"). The dtype switch runs once per chunk, never per element.
 *
 * <p>Storage arrays: bool {@code boolean[]} (or {@code byte[]} holding 0/1), uint8 and int8
 * {@code byte[]}, int16 {@code short[]}, int32 {@code int[]}, int64 {@code long[]}, float32
 * {@code float[]}, float64 {@code double[]}.
 */
final class TypedStore {
    private TypedStore() {}

    /** Throws unless {@code array} is the Java array type that stores {@code dtype}. */
    static void requireArray(DType dtype, Object array) {
        boolean ok = switch (dtype) {
            case BOOL -> array instanceof boolean[] || array instanceof byte[];
            case UINT8, INT8 -> array instanceof byte[];
            case INT16 -> array instanceof short[];
            case INT32 -> array instanceof int[];
            case INT64 -> array instanceof long[];
            case FLOAT32 -> array instanceof float[];
            case FLOAT64 -> array instanceof double[];
        };
        if (!ok) {
            String got = array == null ? "null" : array.getClass().getSimpleName();
            throw new IllegalArgumentException("a " + dtype + " destination needs its storage array, got " + got);
        }
    }

    /** {@code dst[off + i] = (dtype) values[i]} for i in [0, n). */
    static void store(DType dtype, Object dst, int off, long[] values, int n) {
        switch (dtype) {
            case FLOAT32 -> {
                float[] a = (float[]) dst;
                for (int i = 0; i < n; i++) a[off + i] = (float) values[i]; // one rounding (§9)
            }
            case FLOAT64 -> {
                double[] a = (double[]) dst;
                for (int i = 0; i < n; i++) a[off + i] = (double) values[i];
            }
            case INT64 -> System.arraycopy(values, 0, dst, off, n);
            case INT32 -> {
                int[] a = (int[]) dst;
                for (int i = 0; i < n; i++) a[off + i] = (int) values[i];
            }
            case INT16 -> {
                short[] a = (short[]) dst;
                for (int i = 0; i < n; i++) a[off + i] = (short) values[i];
            }
            case INT8, UINT8 -> {
                byte[] a = (byte[]) dst;
                for (int i = 0; i < n; i++) a[off + i] = (byte) values[i];
            }
            case BOOL -> {
                if (dst instanceof boolean[] a) {
                    for (int i = 0; i < n; i++) a[off + i] = values[i] != 0;
                } else {
                    byte[] a = (byte[]) dst;
                    for (int i = 0; i < n; i++) a[off + i] = (byte) (values[i] != 0 ? 1 : 0);
                }
            }
        }
    }

    /** {@code dst[off + i] = (dtype) values[i]} for int indices (randperm). */
    static void store(DType dtype, Object dst, int off, int[] values, int n) {
        switch (dtype) {
            case FLOAT32 -> {
                float[] a = (float[]) dst;
                for (int i = 0; i < n; i++) a[off + i] = values[i];
            }
            case FLOAT64 -> {
                double[] a = (double[]) dst;
                for (int i = 0; i < n; i++) a[off + i] = values[i];
            }
            case INT64 -> {
                long[] a = (long[]) dst;
                for (int i = 0; i < n; i++) a[off + i] = values[i];
            }
            case INT32 -> System.arraycopy(values, 0, dst, off, n);
            case INT16 -> {
                short[] a = (short[]) dst;
                for (int i = 0; i < n; i++) a[off + i] = (short) values[i];
            }
            case INT8, UINT8 -> {
                byte[] a = (byte[]) dst;
                for (int i = 0; i < n; i++) a[off + i] = (byte) values[i];
            }
            case BOOL -> {
                if (dst instanceof boolean[] a) {
                    for (int i = 0; i < n; i++) a[off + i] = values[i] != 0;
                } else {
                    byte[] a = (byte[]) dst;
                    for (int i = 0; i < n; i++) a[off + i] = (byte) (values[i] != 0 ? 1 : 0);
                }
            }
        }
    }
}
