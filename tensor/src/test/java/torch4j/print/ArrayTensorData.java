package torch4j.print;

import torch4j.DType;

/** A TensorData over plain arrays, for tests: doubles for float dtypes, longs for the rest. */
record ArrayTensorData(long[] shape, DType dtype, String device, double[] doubles, long[] longs)
        implements TensorData {

    static ArrayTensorData ofDoubles(DType dtype, long[] shape, double... values) {
        return new ArrayTensorData(shape, dtype, "cpu", values, null);
    }

    static ArrayTensorData ofLongs(DType dtype, long[] shape, long... values) {
        return new ArrayTensorData(shape, dtype, "cpu", null, values);
    }

    /** A 1-D float32 tensor of the given (float32-representable) values. */
    static ArrayTensorData floats(double... values) {
        return ofDoubles(DType.FLOAT32, new long[] {values.length}, values);
    }

    @Override public double getDouble(long flatIndex) {
        return doubles[Math.toIntExact(flatIndex)];
    }

    @Override public long getLong(long flatIndex) {
        return longs[Math.toIntExact(flatIndex)];
    }
}
