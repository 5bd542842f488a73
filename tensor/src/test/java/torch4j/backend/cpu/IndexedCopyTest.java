package torch4j.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.storage.Storage;

/** Row gathers: the staged copy path gives what the buffered path gives, for every dtype it takes. */
class IndexedCopyTest {

    @Test
    void gatherNewEqualsGather() {
        for (DType dtype : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT64, DType.INT32}) {
            Storage src = Storage.allocate(dtype, 1000);
            for (int i = 0; i < 1000; i++) src.storeDouble(i, 1, 1, new double[] {i * 1.5 - 7});
            int[] rows = {990, 0, 500, 17, 17, 250};
            Storage expected = Storage.allocate(dtype, rows.length * 10);
            IndexedCopy.gather(src, rows, 1, 10, expected, 0);
            Object got = IndexedCopy.gatherNew(src, rows, 10);
            assertEquals(expected.array().getClass(), got.getClass(), dtype.toString());
            assertEquals(java.util.Arrays.deepToString(new Object[] {expected.array()}), java.util.Arrays.deepToString(new Object[] {got}));
        }
        Storage big = Storage.allocate(DType.FLOAT32, 1000 * 784);   // a batch above the grain: split over the cores
        double[] ramp = new double[1000 * 784];
        for (int i = 0; i < ramp.length; i++) ramp[i] = i;
        big.storeDouble(0, 1, ramp.length, ramp);
        int[] batch = new int[200];
        for (int i = 0; i < batch.length; i++) batch[i] = ((i * 389) % 1000) * 784;
        Storage expected = Storage.allocate(DType.FLOAT32, 200 * 784);
        IndexedCopy.gather(big, batch, 1, 784, expected, 0);
        assertArrayEquals((float[]) expected.array(), (float[]) IndexedCopy.gatherNew(big, batch, 784));
        assertNull(IndexedCopy.gatherNew(Storage.allocate(DType.INT16, 100), new int[] {0, 1}, 10), "other element types take the buffered path");
        assertNull(IndexedCopy.gatherNew(Storage.allocate(DType.FLOAT32, 3 << 20), new int[] {1 << 20, 0}, 1 << 20), "large results too");
    }

    /** Rows that follow each other in memory are one copy of the range, of any size, and give what the buffered path gives. */
    @Test
    void consecutiveRowsAreOneRange() {
        for (DType dtype : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT64, DType.INT32}) {
            Storage src = Storage.allocate(dtype, 1000);
            for (int i = 0; i < 1000; i++) src.storeDouble(i, 1, 1, new double[] {i * 1.5 - 7});
            for (int[] rows : new int[][] {{300, 310, 320, 330}, {990}, {0, 10}, {300, 310, 330}, {310, 300}, {5, 5}}) {
                Storage expected = Storage.allocate(dtype, rows.length * 10);
                IndexedCopy.gather(src, rows, 1, 10, expected, 0);
                Object got = IndexedCopy.gatherNew(src, rows, 10);
                assertEquals(java.util.Arrays.deepToString(new Object[] {expected.array()}), java.util.Arrays.deepToString(new Object[] {got}),
                        dtype + " " + java.util.Arrays.toString(rows));
            }
        }
        Storage big = Storage.allocate(DType.FLOAT32, 3 << 20);
        big.storeDouble((2 << 20) - 1, 1, 1, new double[] {42});
        float[] range = (float[]) IndexedCopy.gatherNew(big, new int[] {0, 1 << 20}, 1 << 20);
        assertEquals(2 << 20, range.length, "past the staging limit when the rows are one range");
        assertEquals(42f, range[(2 << 20) - 1]);
    }

    @Test
    void indexSelectOfRowsEqualsStackedRows() {
        Torch.manualSeed(0);
        for (DType dtype : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT64, DType.INT32, DType.INT16, DType.BOOL}) {
            Tensor x = Torch.randn(50, 12).mul(10).to(dtype);
            long[] idx = {49, 0, 7, 7, 31};
            List<Tensor> rows = new ArrayList<>();
            for (long i : idx) rows.add(x.select(0, i));
            Tensor got = x.indexSelect(0, Torch.from(idx));
            assertTrue(got.isContiguous());
            assertEquals(dtype, got.dtype());
            assertArrayEquals(Torch.stack(rows, 0).toDoubleArray(), got.toDoubleArray(), 0.0, dtype.toString());
        }
    }
}
