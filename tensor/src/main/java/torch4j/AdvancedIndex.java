package torch4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import torch4j.backend.IndexingPrimitives;
import torch4j.backend.Operand;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * Indexing by tensors, ATen's {@code index} and {@code index_put_}: one optional index tensor per
 * leading dim (null leaves a dim whole). Bool/uint8 masks become the columns of their nonzero(),
 * the index tensors broadcast together, and the indexed dims are replaced by the broadcast shape;
 * when the indexed dims are not adjacent they move to the front, as in numpy. Results are copies.
 *
 * <p>{@link #put} validates every index value, the value's shape and its dtype before writing the
 * first element, so a failing assignment leaves the target untouched.
 */
final class AdvancedIndex {
    /** The tensor indexed, permuted so that the indexed dims are adjacent. */
    final Tensor src;
    /** Dims before and after the indexed block, and the block's dims in {@link #src}. */
    final int before, indexedCount;
    /** Shape of the broadcast index tensors, which replaces the indexed dims. */
    final long[] blockShape;
    final long[] resultShape;
    /** The index tensors (on {@link #src}'s device) broadcast to {@link #blockShape}, one per indexed dim; their values are read by the backend only. */
    private final Tensor[] blockIndices;

    private AdvancedIndex(Tensor src, List<Tensor> indices) {
        int indexed = 0, first = -1;
        for (int d = 0; d < indices.size(); d++) {
            if (indices.get(d) == null) continue;
            if (first < 0) first = d;
            indexed++;
        }
        this.src = src;
        this.before = first;
        this.indexedCount = indexed;
        List<long[]> shapes = new ArrayList<>();
        for (Tensor t : indices) if (t != null) shapes.add(t.shape);
        long[] block = shapes.getFirst();
        for (long[] s : shapes) block = Shapes.broadcast(block, s);
        this.blockShape = block;
        long[] before = Arrays.copyOfRange(src.shape, 0, first);
        long[] after = Arrays.copyOfRange(src.shape, first + indexed, src.dim());
        this.resultShape = concat(concat(before, block), after);
        this.blockIndices = new Tensor[indexed];
        int j = 0;
        for (Tensor t : indices) if (t != null) blockIndices[j++] = Views.expand(t, block);
        for (int d = first; d < first + indexed; d++)
            // Any index value for an empty dim is out of range; ATen says so before restriding.
            if (src.shape[d] == 0 && Shapes.numel(block) != 0)
                throw new IndexOutOfBoundsException("index is out of bounds for dimension with size 0");
    }

    /** ATen's make_info: check types, expand masks, broadcast, and bring the indexed dims together. */
    static AdvancedIndex of(Tensor self, List<Tensor> indices) {
        for (Tensor t : indices)
            if (t != null && t.dtype() != DType.INT64 && t.dtype() != DType.BOOL && t.dtype() != DType.UINT8)
                throw new IndexOutOfBoundsException("tensors used as indices must be long, byte or bool tensors");
        if (indices.stream().allMatch(t -> t == null))
            throw new IllegalArgumentException("indexing by tensors needs at least one index tensor (null entries keep a dim whole)");
        List<Tensor> expanded = onDeviceOf(self, expandMasks(self, indices));
        if (expanded.size() > self.dim())
            throw new IndexOutOfBoundsException("too many indices for tensor of dimension " + self.dim() + " (got "
                    + expanded.size() + ")");
        long[] block = null;
        try {
            for (Tensor t : expanded) if (t != null) block = block == null ? t.shape : Shapes.broadcast(block, t.shape);
        } catch (IllegalArgumentException e) {
            StringBuilder shapes = new StringBuilder();
            for (Tensor t : expanded) {
                if (t == null) continue;
                if (!shapes.isEmpty()) shapes.append(", ");
                shapes.append(Shapes.str(t.shape));
            }
            throw new IndexOutOfBoundsException("shape mismatch: indexing tensors could not be broadcast together with shapes " + shapes);
        }
        List<Tensor> padded = new ArrayList<>(expanded);
        while (padded.size() < self.dim()) padded.add(null);
        if (!adjacent(padded)) return transposedToFront(self, padded);
        return new AdvancedIndex(self, padded);
    }

    /**
     * The index tensors on {@code self}'s device: index tensors on the CPU go along with a tensor
     * on any device (PyTorch copies them over), others must be on its device.
     */
    private static List<Tensor> onDeviceOf(Tensor self, List<Tensor> indices) {
        Device device = self.device();
        List<Tensor> out = new ArrayList<>(indices.size());
        for (Tensor t : indices) {
            if (t != null && !t.device().equals(device)) {
                if (!t.device().isCpu())
                    throw new IllegalArgumentException("indices should be either on cpu or on the same device as the indexed tensor ("
                            + Devices.describe(device) + ")");
                t = t.to(device);
            }
            out.add(t);
        }
        return out;
    }

    /** Each mask becomes one int64 index per mask dim (its nonzero() columns), after checking its shape. */
    private static List<Tensor> expandMasks(Tensor self, List<Tensor> indices) {
        List<Tensor> out = new ArrayList<>();
        for (Tensor t : indices) {
            if (t == null || t.dtype() == DType.INT64) { out.add(t); continue; }
            for (int j = 0; j < t.dim(); j++) {
                int srcIdx = out.size() + j;
                long selfSize = self.size(srcIdx);   // a mask reaching past the dims fails here, as in ATen
                if (t.shape[j] != selfSize)
                    throw new IndexOutOfBoundsException("The shape of the mask " + Shapes.str(t.shape) + " at index " + j
                            + " does not match the shape of the indexed tensor " + Shapes.str(self.shape) + " at index " + srcIdx);
            }
            Tensor nz = Masking.nonzero(t);
            for (int j = 0; j < t.dim(); j++) out.add(nz.select(1, j));
        }
        return out;
    }

    private static boolean adjacent(List<Tensor> indices) {
        int first = -1, last = -1;
        for (int d = 0; d < indices.size(); d++) {
            if (indices.get(d) == null) continue;
            if (first < 0) first = d;
            last = d;
        }
        for (int d = first; d <= last; d++) if (indices.get(d) == null) return false;
        return true;
    }

    private static AdvancedIndex transposedToFront(Tensor self, List<Tensor> indices) {
        long[] perm = new long[self.dim()];
        List<Tensor> reordered = new ArrayList<>();
        int p = 0;
        for (int d = 0; d < indices.size(); d++)
            if (indices.get(d) != null) { perm[p++] = d; reordered.add(indices.get(d)); }
        for (int d = 0; d < indices.size(); d++)
            if (indices.get(d) == null) { perm[p++] = d; reordered.add(null); }
        return new AdvancedIndex(Views.permute(self, perm), reordered);
    }

    /**
     * The positions of the result in {@link #src} for the backend: the before and after dims
     * strided, the block dims picked by the index values (negative ones counting from the end).
     */
    private IndexingPrimitives.Indexed positions() {
        int n = resultShape.length, blockDims = blockShape.length;
        long[] base = new long[n];
        for (int d = 0; d < before; d++) base[d] = src.strides[d];
        for (int d = before + indexedCount; d < src.dim(); d++) base[d - indexedCount + blockDims] = src.strides[d];
        Operand[] idx = new Operand[indexedCount];
        long[] sizes = new long[indexedCount], dimStrides = new long[indexedCount];
        for (int j = 0; j < indexedCount; j++) {
            Tensor t = blockIndices[j];
            long[] strides = new long[n];
            System.arraycopy(t.strides, 0, strides, before, blockDims);
            idx[j] = new Operand(t.storage, t.offset, strides);
            sizes[j] = src.shape[before + j];
            dimStrides[j] = src.strides[before + j];
        }
        return new IndexingPrimitives.Indexed(new Operand(src.storage, src.offset, base), idx, sizes, dimStrides, true,
                (v, j, size) -> new IndexOutOfBoundsException("index " + v + " is out of bounds for dimension " + j + " with size " + size));
    }

    /** {@code self[indices]}: a new contiguous tensor. */
    static Tensor index(Tensor self, List<Tensor> indices) {
        if (indices.size() > self.dim())
            throw new IndexOutOfBoundsException("too many indices for tensor of dimension " + self.dim() + " (got " + indices.size() + ")");
        AdvancedIndex info = of(self, indices);
        // ATen checks index values while copying, so an empty result checks nothing.
        if (Shapes.numel(info.resultShape) == 0) return self.allocateLike(self.dtype(), info.resultShape);
        Storage out = self.backend().indexing().gather(info.resultShape, info.positions());
        return new Tensor(out, info.resultShape, Shapes.contiguousStrides(info.resultShape), 0);
    }

    /** ATen's index_put_ for the public API: the indices as an array, null for a dim left whole. */
    static Tensor put(Tensor self, Tensor[] indices, Tensor value, boolean accumulate) {
        return put(self, Arrays.asList(indices), value, accumulate);
    }

    /**
     * {@code self[indices] = value} ({@code accumulate}: {@code +=}, duplicates adding up).
     * Returns {@code self}.
     */
    static Tensor put(Tensor self, List<Tensor> indices, Tensor value, boolean accumulate) {
        if (Recording.needed(self, value)) return Recording.inPlace(self, s -> IndexingGrad.indexPut(s, indices, value, accumulate));
        if (indices.size() > self.dim())
            throw new IndexOutOfBoundsException("too many indices for tensor of dimension " + self.dim() + " (got " + indices.size() + ")");
        if (!accumulate && value.numel() == 1) {
            Tensor mask = maskForFill(self, onDeviceOf(self, indices));
            if (mask != null) return Masking.maskedFill_(self, mask, value.reshape());
        }
        MemoryOverlap.assertNoOverlap(self, value);
        for (Tensor t : indices) if (t != null) MemoryOverlap.assertNoOverlap(self, t);
        AdvancedIndex info = of(self, indices);
        if (!expandable(value.shape, info.resultShape))
            throw new IllegalArgumentException("shape mismatch: value tensor of shape " + Shapes.str(value.shape)
                    + " cannot be broadcast to indexing result of shape " + Shapes.str(info.resultShape));
        if (value.dtype() != self.dtype())
            throw new IllegalArgumentException("Index put requires the source and destination dtypes match, got "
                    + TypePromotion.scalarTypeName(self.dtype()) + " for the destination and "
                    + TypePromotion.scalarTypeName(value.dtype()) + " for the source.");
        Tensor v = value;
        // ATen moves a 0-dim CPU value to the target's device; any other value must be on it.
        if (!v.device().equals(self.device())) v = v.dim() == 0 && v.device().isCpu() ? v.to(self.device()) : v;
        Devices.strict(self, v);
        if (Shapes.numel(info.resultShape) == 0) return self;
        // Layouts ATen calls "too hard" to compare may still share elements: read those from a copy.
        if (MemoryOverlap.mayShareElements(self, v)) v = Conversions.cloneOf(v);
        Operand from = new Operand(v.storage, v.offset, Shapes.expandStrides(v.shape, v.strides, info.resultShape));
        self.backend().indexing().scatter(info.resultShape, info.positions(), from, accumulate);
        self.storage.bumpVersion();
        return self;
    }

    /**
     * ATen's canDispatchToMaskedFill: a single bool/uint8 mask (other entries null) with a
     * one-element value is a masked_fill_. Returns the mask unsqueezed to broadcast against
     * {@code self}, or null when the general path applies.
     */
    private static Tensor maskForFill(Tensor self, List<Tensor> indices) {
        int dims = 0;
        Tensor mask = null;
        for (Tensor t : indices) {
            if (t == null) { dims++; continue; }
            if ((t.dtype() != DType.BOOL && t.dtype() != DType.UINT8) || mask != null) return null;
            mask = t;
            for (int j = 0; j < t.dim(); j++) {
                int srcIdx = dims + j;
                if (t.shape[j] != self.size(srcIdx))
                    throw new IndexOutOfBoundsException("The shape of the mask " + Shapes.str(t.shape) + " at index " + j
                            + " does not match the shape of the indexed tensor " + Shapes.str(self.shape) + " at index " + srcIdx);
            }
            dims += t.dim();
        }
        if (mask == null) return null;
        Tensor m = mask.dtype() == DType.BOOL ? mask : mask.to(DType.BOOL);
        for (int d = dims; d < self.dim(); d++) m = m.unsqueeze(-1);
        return m;
    }

    /** ATen's is_expandable_to. */
    static boolean expandable(long[] shape, long[] target) {
        if (shape.length > target.length) return false;
        for (int i = 1; i <= shape.length; i++) {
            long s = shape[shape.length - i], t = target[target.length - i];
            if (s != t && s != 1) return false;
        }
        return true;
    }

    static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
