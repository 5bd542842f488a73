package torch4j.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Generator;

/** {@link FillOrder} (TensorIterator's order, notes §3), the typed stores and the messages. */
class RngFillOrderTest {

    @Test
    void contiguityIgnoresSizeOneDimensions() {
        assertTrue(FillOrder.isContiguous(new long[] {2, 3}, new long[] {3, 1}));
        assertFalse(FillOrder.isContiguous(new long[] {3, 2}, new long[] {1, 3}));
        assertTrue(FillOrder.isContiguous(new long[] {4, 1, 5}, new long[] {5, 100, 1}));
        assertTrue(FillOrder.isContiguous(new long[] {0, 3}, new long[] {7, 9}));
        assertTrue(FillOrder.isContiguous(new long[] {}, new long[] {}));
        assertFalse(FillOrder.isContiguous(new long[] {5, 3}, new long[] {6, 2}));
    }

    @Test
    void transposedTensorIsFilledInMemoryOrder() {
        // torch.empty(2, 3).t(): shape (3, 2), strides (1, 3)
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, FillOrder.storageIndices(new long[] {3, 2}, new long[] {1, 3}, 0));
    }

    @Test
    void columnSliceIsFilledRowByRow() {
        // torch.empty(3, 6)[:, ::2]: shape (3, 3), strides (6, 2)
        assertArrayEquals(new int[] {0, 2, 4, 6, 8, 10, 12, 14, 16},
                FillOrder.storageIndices(new long[] {3, 3}, new long[] {6, 2}, 0));
    }

    @Test
    void channelsLastIsFilledInMemoryOrderWithOffset() {
        // a (1, 2, 2, 2) channels-last tensor at storage offset 5: strides (8, 1, 4, 2)
        int[] idx = FillOrder.storageIndices(new long[] {1, 2, 2, 2}, new long[] {8, 1, 4, 2}, 5);
        assertArrayEquals(new int[] {5, 6, 7, 8, 9, 10, 11, 12}, idx);
    }

    @Test
    void scalarAndEmptyTensors() {
        assertArrayEquals(new int[] {4}, FillOrder.storageIndices(new long[] {}, new long[] {}, 4));
        assertEquals(0, FillOrder.storageIndices(new long[] {3, 0}, new long[] {1, 1}, 0).length);
    }

    @Test
    void scatterPlacesValuesByIndex() {
        float[] storage = new float[6];
        FillOrder.scatter(new float[] {1, 2, 3}, 0, storage, new int[] {4, 0, 2});
        assertArrayEquals(new float[] {2, 0, 3, 0, 1, 0}, storage);
        long[] ls = new long[3];
        FillOrder.scatter(new long[] {9, 8, 7, 6}, 1, ls, new int[] {2, 1, 0});
        assertArrayEquals(new long[] {6, 7, 8}, ls);
    }

    @Test
    void boolMayBeStoredAsBytes() {
        boolean[] asBooleans = new boolean[40];
        byte[] asBytes = new byte[40];
        Bernoulli.fill(new Generator().manualSeed(4), DType.BOOL, asBooleans, 0, 40, 0.5);
        Bernoulli.fill(new Generator().manualSeed(4), DType.BOOL, asBytes, 0, 40, 0.5);
        for (int i = 0; i < 40; i++) assertEquals(asBooleans[i] ? 1 : 0, asBytes[i]);
    }

    @Test
    void wrongStorageArrayIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> IntegerRandom.fill(new Generator(), DType.INT32, new long[3], 0, 3));
        assertEquals("a torch.int32 destination needs its storage array, got long[]", e.getMessage());
    }

    @Test
    void cppStreamFormatting() {
        assertEquals("1", Messages.cpp(1.0));
        assertEquals("-1", Messages.cpp(-1.0));
        assertEquals("0.123457", Messages.cpp(0.12345678912));
        assertEquals("3e+38", Messages.cpp(3e38));
        assertEquals("1.5e-07", Messages.cpp(1.5e-7));
        assertEquals("1.23457e+08", Messages.cpp(123456789.0));
        assertEquals("100000", Messages.cpp(100000.0));
        assertEquals("1e+06", Messages.cpp(999999.5));
        assertEquals("0.0001", Messages.cpp(0.0001));
        assertEquals("1e-05", Messages.cpp(0.00001));
        assertEquals("nan", Messages.cpp(Double.NaN));
        assertEquals("-inf", Messages.cpp(Double.NEGATIVE_INFINITY));
        assertEquals("-0", Messages.cpp(-0.0));
    }

    @Test
    void pythonReprFormatting() {
        assertEquals("1.5", Messages.pythonRepr(1.5));
        assertEquals("2.0", Messages.pythonRepr(2.0));
        assertEquals("0.1", Messages.pythonRepr(0.1));
        assertEquals("1e-05", Messages.pythonRepr(1e-5));
        assertEquals("1e+16", Messages.pythonRepr(1e16));
        assertEquals("1234567890123456.0", Messages.pythonRepr(1234567890123456.0));
        assertEquals("1.2345678901234568e+17", Messages.pythonRepr(123456789012345678.0));
        assertEquals("-0.0001", Messages.pythonRepr(-0.0001));
        assertEquals("nan", Messages.pythonRepr(Double.NaN));
    }
}
