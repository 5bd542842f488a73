package torch4j.backend.cpu;

import torch4j.backend.IndexingPrimitives;
import torch4j.backend.Operand;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * The CPU's gathers and scatters: the positions of an {@link IndexingPrimitives.Indexed} become
 * row offsets (every index value checked on the way), and {@link IndexedCopy} moves the rows.
 * When no index varies along the innermost dim, that dim is moved as one strided run per row
 * (whole rows of an index_select or of {@code x[idx]}); otherwise every element is a row.
 */
final class CpuIndexing implements IndexingPrimitives {

    @Override public Storage gather(long[] shape, Indexed src) {
        Storage from = src.base().storage();
        long numel = Shapes.numel(shape);
        if (numel == 0) return Storage.allocate(from.dtype(), 0);
        boolean run = innerRun(shape, src);
        int runStride = run ? Math.toIntExact(src.base().strides()[shape.length - 1]) : 1;
        int runLength = run ? Math.toIntExact(shape[shape.length - 1]) : 1;
        int[] rows = rows(shape, run, src);
        if (runStride == 1 && runLength >= 8) {   // whole rows: gathered without zeroing the result first
            Object gathered = IndexedCopy.gatherNew(from, rows, runLength);
            if (gathered != null) return Storage.wrap(gathered);
        }
        Storage out = Storage.allocate(from.dtype(), numel);
        IndexedCopy.gather(from, rows, runStride, runLength, out, 0);
        return out;
    }

    @Override public void scatter(long[] shape, Indexed dst, Operand value, boolean accumulate) {
        if (Shapes.numel(shape) == 0) return;
        int last = shape.length - 1;
        // A broadcast (stride 0) target dim must be written element by element for += to see each write.
        boolean run = innerRun(shape, dst) && !(accumulate && dst.base().strides()[last] == 0);
        int[] dstRows = rows(shape, run, dst);   // every bounds check happens here, before the first write
        int[] srcRows = stridedRows(value.offset(), shape, value.strides(), run ? last : shape.length);
        int srcStride = run ? Math.toIntExact(value.strides()[last]) : 1;
        int dstStride = run ? Math.toIntExact(dst.base().strides()[last]) : 1;
        int runLength = run ? Math.toIntExact(shape[last]) : 1;
        IndexedCopy.scatter(value.storage(), srcRows, srcStride, dst.base().storage(), dstRows, dstStride, runLength, accumulate);
    }

    @Override public Storage take(long[] shape, Operand index, long[] selfShape, Operand self, OutOfRange outOfRange) {
        Storage from = self.storage(), ix = index.storage();
        int[] at = stridedRows(index.offset(), shape, index.strides(), shape.length);
        long n = Shapes.numel(selfShape);
        long[] strides = self.strides();
        int[] rows = new int[at.length];
        for (int p = 0; p < at.length; p++) {
            long v = ix.getLong(at[p]);
            if (v < -n || v >= n) throw outOfRange.error(v, 0, n);
            // unravel the flat position through self's own strides: self may be a broadcast view
            // too large to flatten
            long rest = v < 0 ? v + n : v, off = self.offset();
            for (int d = selfShape.length - 1; d >= 0; d--) {
                off += rest % selfShape[d] * strides[d];
                rest /= selfShape[d];
            }
            rows[p] = Math.toIntExact(off);
        }
        Storage out = Storage.allocate(from.dtype(), rows.length);
        IndexedCopy.gather(from, rows, 1, 1, out, 0);
        return out;
    }

    @Override public void embeddingRenorm(long rows, long cols, Operand weight, long count, Operand indices, double maxNorm,
                                          double normType, OutOfRange outOfRange) {
        Storage w = weight.storage(), ix = indices.storage();
        long[] values = new long[Math.toIntExact(count)];
        for (int i = 0; i < values.length; i++) {
            long v = ix.getLong(Math.toIntExact(indices.offset() + i * indices.strides()[0]));
            if (v < -rows || v >= rows) throw outOfRange.error(v, 0, rows);
            values[i] = v;
        }
        java.util.Arrays.sort(values);
        int n = Math.toIntExact(cols), stride = Math.toIntExact(weight.strides()[1]);
        double[] row = new double[n];
        for (int i = 0; i < values.length; i++) {
            if (i > 0 && values[i] == values[i - 1]) continue;   // each row once, as ATen's sorted walk
            long r = values[i] < 0 ? values[i] + rows : values[i];
            int start = Math.toIntExact(weight.offset() + r * weight.strides()[0]);
            w.loadDouble(start, stride, n, row);
            double sum = 0;
            for (double x : row) sum += Math.pow(Math.abs(x), normType);
            double norm = Math.pow(sum, 1 / normType);
            if (norm > maxNorm) {
                double scale = maxNorm / (norm + 1e-7);
                for (int k = 0; k < n; k++) row[k] *= scale;
                w.storeDouble(start, stride, n, row);
            }
        }
    }

    /** Whether the innermost dim is read through strides alone (no index varies along it). */
    private static boolean innerRun(long[] shape, Indexed p) {
        if (shape.length == 0) return false;
        for (Operand idx : p.indices()) if (idx.strides()[shape.length - 1] != 0) return false;
        return true;
    }

    /**
     * Offset of each row's first element: the base's strided part plus each index's value times
     * its dim stride, row-major over {@code shape} without its innermost dim when {@code run}.
     * Values are checked position by position, index by index, as ATen's index kernel does.
     */
    private static int[] rows(long[] shape, boolean run, Indexed p) {
        int dims = run ? shape.length - 1 : shape.length;
        int[] rows = stridedRows(p.base().offset(), shape, p.base().strides(), dims);
        Operand[] indices = p.indices();
        int k = indices.length;
        int[][] at = new int[k][];
        for (int j = 0; j < k; j++) at[j] = stridedRows(indices[j].offset(), shape, indices[j].strides(), dims);
        long[] sizes = p.sizes(), dimStrides = p.dimStrides();
        for (int r = 0; r < rows.length; r++) {
            long off = rows[r];
            for (int j = 0; j < k; j++) {
                long v = indices[j].storage().getLong(at[j][r]), size = sizes[j];
                if (v >= size || v < (p.negativeWraps() ? -size : 0)) throw p.outOfRange().error(v, j, size);
                off += (v < 0 ? v + size : v) * dimStrides[j];
            }
            rows[r] = Math.toIntExact(off);
        }
        return rows;
    }

    /**
     * Row-major offsets {@code base + sum_d i[d] * strides[d]} over the first {@code dims} dims of
     * {@code shape}, built as an outer sum one dim at a time. Offsets fit in an int because a CPU
     * storage holds at most 2^31 - 9 elements.
     */
    static int[] stridedRows(long base, long[] shape, long[] strides, int dims) {
        long total = 1;
        for (int d = 0; d < dims; d++) total *= shape[d];
        int[] out = new int[Math.toIntExact(total)];
        if (total == 0) return out;
        out[0] = Math.toIntExact(base);
        int filled = 1;
        for (int d = 0; d < dims; d++) {
            // Expand in place from the back: entry i moves to i*len .. i*len+len-1, and entry i is
            // read for the last time when j reaches 0, which is also when it is overwritten.
            int len = (int) shape[d];
            long stride = strides[d];
            for (int i = filled - 1; i >= 0; i--) {
                long start = out[i];
                for (int j = len - 1; j >= 0; j--) out[i * len + j] = (int) (start + j * stride);
            }
            filled *= len;
        }
        return out;
    }
}
