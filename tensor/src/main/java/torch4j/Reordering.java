package torch4j;

import java.util.Arrays;
import torch4j.backend.IndexingPrimitives;
import torch4j.backend.Operand;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * Ops that move elements to new places without looking at them: flip, roll, rot90, tile,
 * repeat_interleave, take_along_dim, narrow_copy. Flip and roll are one gather each, through the
 * backend's {@link IndexingPrimitives#gather} with an index vector per moved dim, so they need no
 * kernel of their own and work on every backend and dtype (meta included).
 */
final class Reordering {
    private Reordering() {}

    /**
     * A contiguous copy of {@code x} where, along each {@code dims[k]}, position {@code i} reads
     * x's position {@code index[k][i]} (the index values are made here, valid by construction).
     */
    static Tensor remap(Tensor x, int[] dims, long[][] index) {
        int n = x.dim();
        long[] shape = x.shape.clone(), baseStrides = x.strides.clone(), sizes = new long[dims.length], dimStrides = new long[dims.length];
        Operand[] indices = new Operand[dims.length];
        for (int k = 0; k < dims.length; k++) {
            int d = dims[k];
            Tensor idx = Torch.from(index[k]).to(x.device());
            long[] strides = new long[n];
            strides[d] = 1;
            indices[k] = new Operand(idx.storage, idx.offset, strides);
            sizes[k] = x.shape[d];
            dimStrides[k] = x.strides[d];
            baseStrides[d] = 0;
            shape[d] = index[k].length;
        }
        IndexingPrimitives.Indexed positions = new IndexingPrimitives.Indexed(new Operand(x.storage, x.offset, baseStrides), indices,
                sizes, dimStrides, false, (v, j, size) -> new IndexOutOfBoundsException("index " + v + " is out of bounds for size " + size));
        Storage out = x.backend().indexing().gather(shape, positions);
        return new Tensor(out, shape, Shapes.contiguousStrides(shape), 0);
    }

    /** Distinct wrapped dims, with ATen's message for a repeated one. */
    private static int[] distinctDims(long[] dims, int n) {
        int[] out = new int[dims.length];
        boolean[] seen = new boolean[Math.max(n, 1)];
        for (int i = 0; i < dims.length; i++) {
            out[i] = Shapes.wrapDim(dims[i], n);
            if (seen[out[i]]) throw new IllegalArgumentException("dim " + out[i] + " appears multiple times in the list of dims");
            seen[out[i]] = true;
        }
        return out;
    }

    static Tensor flip(Tensor x, long[] dims) {
        if (Recording.needed(x)) return Recording.record("FlipBackward0", (node, g) -> new Tensor[]{flip(g, dims)}, () -> flip(x, dims), new Tensor[]{x});
        int[] ds = distinctDims(dims, x.dim());
        if (x.dim() == 0) return Conversions.cloneOf(x);
        long[][] index = new long[ds.length][];
        for (int k = 0; k < ds.length; k++) {
            long size = x.shape[ds[k]];
            index[k] = new long[Math.toIntExact(size)];
            for (int i = 0; i < size; i++) index[k][i] = size - 1 - i;
        }
        return likeLayout(remap(x, ds, index), x);
    }

    /** {@code result} (contiguous) laid out as {@code empty_like(x)} would be: flip keeps a transposed input transposed. */
    private static Tensor likeLayout(Tensor result, Tensor x) {
        long[] strides = Sorting.denseStrides(x.shape, x.strides);
        if (java.util.Arrays.equals(strides, result.strides)) return result;
        Tensor out = new Tensor(x.backend().allocate(x.dtype(), result.numel(), x.device()), x.shape.clone(), strides, 0);
        Conversions.copyInto(out, result);
        return out;
    }

    static Tensor fliplr(Tensor x) {
        if (x.dim() < 2) throw new IllegalArgumentException("Input must be >= 2-d.");
        return flip(x, new long[]{1});
    }

    static Tensor flipud(Tensor x) {
        if (x.dim() < 1) throw new IllegalArgumentException("Input must be >= 1-d.");
        return flip(x, new long[]{0});
    }

    static Tensor roll(Tensor x, long[] shifts, long[] dims) {
        if (Recording.needed(x)) {
            long[] back = new long[shifts.length];
            for (int i = 0; i < shifts.length; i++) back[i] = -shifts[i];
            return Recording.record("RollBackward0", (node, g) -> new Tensor[]{roll(g, back, dims)}, () -> roll(x, shifts, dims), new Tensor[]{x});
        }
        if (shifts.length == 0) throw new IllegalArgumentException("`shifts` required");
        if (dims.length == 0 && shifts.length == 1) {
            Tensor flat = roll(Views.view(Views.contiguous(x), new long[]{-1}), shifts, new long[]{0});
            return Views.view(flat, x.shape.clone());
        }
        if (shifts.length != dims.length)
            throw new IllegalArgumentException("shifts and dimensions must align. shifts: " + shifts.length + ", dims:" + dims.length);
        int[] ds = new int[dims.length];
        long[][] index = new long[dims.length][];
        for (int k = 0; k < dims.length; k++) {
            ds[k] = Shapes.wrapDim(dims[k], x.dim());
            long size = x.shape[ds[k]];
            index[k] = new long[Math.toIntExact(size)];
            for (int i = 0; i < size; i++) index[k][i] = Math.floorMod(i - shifts[k], size);
        }
        if (x.numel() == 0) return Conversions.cloneOf(x);
        // a dim named twice moves twice: apply the rolls one dim at a time when dims repeat
        if (Arrays.stream(ds).distinct().count() < ds.length) {
            Tensor out = x;
            for (int k = 0; k < ds.length; k++) out = remap(out, new int[]{ds[k]}, new long[][]{index[k]});
            return out;
        }
        return remap(x, ds, index);
    }

    /** rot90 as ATen writes it: flips and a transpose (so k = 1 and 3 give a transposed layout), k = 0 a contiguous copy. */
    static Tensor rot90(Tensor x, long k, long[] dims) {
        if (Recording.needed(x)) return Recording.record("Rot90Backward0", (node, g) -> new Tensor[]{rot90(g, -k, dims)}, () -> rot90(x, k, dims), new Tensor[]{x});
        if (dims.length != 2) throw new IllegalArgumentException("expected total rotation dims == 2, but got dims = " + dims.length);
        if (x.dim() < 2) throw new IllegalArgumentException("expected total dims >= 2, but got total dims = " + x.dim());
        int n = x.dim();
        if (dims[0] == dims[1] || Math.abs(dims[0] - dims[1]) == n)
            throw new IllegalArgumentException("expected rotation dims to be different, but got dim0 = " + dims[0] + " and dim1 = " + dims[1]);
        if (dims[0] >= n || dims[0] < -n) throw new IllegalArgumentException("Rotation dim0 out of range, dim0 = " + dims[0]);
        if (dims[1] >= n || dims[1] < -n) throw new IllegalArgumentException("Rotation dim1 out of range, dim1 = " + dims[1]);
        int a = Shapes.wrapDim(dims[0], n), b = Shapes.wrapDim(dims[1], n);
        return switch ((int) Math.floorMod(k, 4L)) {
            case 1 -> swapped(flip(x, new long[]{b}), a, b);
            case 2 -> flip(x, new long[]{a, b});
            case 3 -> swapped(flip(x, new long[]{a}), a, b);
            default -> Conversions.cloneOf(x);
        };
    }

    /** {@code t} with dims a and b swapped, as a plain tensor (ATen's transpose_ on the fresh flip, not a view). */
    private static Tensor swapped(Tensor t, int a, int b) {
        long[] shape = t.shape.clone(), strides = t.strides.clone();
        shape[a] = t.shape[b]; shape[b] = t.shape[a];
        strides[a] = t.strides[b]; strides[b] = t.strides[a];
        return new Tensor(t.storage, shape, strides, t.offset);
    }

    static Tensor tile(Tensor x, long[] reps) {
        long[] r = reps;
        if (reps.length < x.dim()) {
            r = new long[x.dim()];
            Arrays.fill(r, 1);
            System.arraycopy(reps, 0, r, x.dim() - reps.length, reps.length);
        }
        return NnAttention.repeat(x, r);
    }

    /** repeat_interleave with one count for every element: index_select with each index repeated (IndexSelectBackward0). */
    static Tensor repeatInterleave(Tensor x, long repeats, Long dim) {
        if (repeats < 0) throw new IllegalArgumentException("repeats can not be negative");
        Tensor in = dim == null ? Views.reshape(x, new long[]{-1}) : x;
        int d = dim == null ? 0 : Shapes.wrapDim(dim, x.dim());
        long size = in.dim() == 0 ? 1 : in.shape[d];
        long[] index = new long[Math.toIntExact(size * repeats)];
        for (int i = 0; i < index.length; i++) index[i] = i / repeats;
        return in.indexSelect(d, Torch.from(index).to(x.device()));
    }

    /** repeat_interleave with a count per element along the dim (read on the CPU, as ATen reads them). */
    static Tensor repeatInterleave(Tensor x, Tensor repeats, Long dim) {
        Tensor in = dim == null ? Views.reshape(x, new long[]{-1}) : x;
        int d = dim == null ? 0 : Shapes.wrapDim(dim, x.dim());
        long size = in.dim() == 0 ? 1 : in.shape[d];
        if (repeats.dim() == 0 || (repeats.dim() == 1 && repeats.shape[0] == 1))
            return repeatInterleave(x, repeats.to(DType.INT64).cpu().longValue(), dim);
        if (repeats.dim() != 1) throw new IllegalArgumentException("repeats must be 0-dim or 1-dim tensor");
        if (repeats.shape[0] != size) throw new IllegalArgumentException("repeats must have the same size as input along dim");
        return in.indexSelect(d, indicesFor(repeats).to(x.device()));
    }

    /** {@code torch.repeat_interleave(repeats)}: each position i repeated repeats[i] times. */
    static Tensor indicesFor(Tensor repeats) {
        if (repeats.dim() != 1) throw new IllegalArgumentException("repeat_interleave only accept 1D vector as repeat");
        if (repeats.dtype() != DType.INT64 && repeats.dtype() != DType.INT32)
            throw new IllegalArgumentException("\"repeat_interleave_cpu\" not implemented for '" + TypePromotion.scalarTypeName(repeats.dtype()) + "'");
        long[] counts = repeats.cpu().toLongArray();
        long total = 0;
        for (long c : counts) {
            if (c < 0) throw new IllegalArgumentException("repeats can not be negative");
            total += c;
        }
        long[] index = new long[Math.toIntExact(total)];
        for (int i = 0, k = 0; i < counts.length; i++) for (long c = 0; c < counts[i]; c++) index[k++] = i;
        return Torch.from(index).to(repeats.device());
    }

    /** take_along_dim, as ATen: broadcast self and indices except along dim, then gather (dim null: the flattened self). */
    static Tensor takeAlongDim(Tensor x, Tensor indices, Long dim) {
        if (dim == null) return Views.view(x, new long[]{-1}).gather(0, Views.view(indices, new long[]{-1}));
        if (x.dim() != indices.dim())
            throw new IllegalArgumentException("torch.take_along_dim(): input and indices should have the same number of dimensions,"
                    + " but got " + x.dim() + " dimensions for input, and " + indices.dim() + " dimensions for indices");
        if (indices.dtype() != DType.INT64)
            throw new IllegalArgumentException("torch.take_along_dim(): dtype of indices should be Long but got "
                    + TypePromotion.scalarTypeName(indices.dtype()));
        int d = Shapes.wrapDim(dim, x.dim());
        long[] selfSizes = x.shape.clone();
        selfSizes[d] = indices.shape[d];
        Tensor idx = Views.expand(indices, Shapes.broadcast(selfSizes, indices.shape));
        long[] indexSizes = indices.shape.clone();
        indexSizes[d] = x.shape[d];
        Tensor self = Views.expand(x, Shapes.broadcast(indexSizes, x.shape));
        return self.gather(d, idx);
    }

    /** narrow_copy: a contiguous copy of the narrowed view; PyTorch 1.13 has no derivative for it. */
    static Tensor narrowCopy(Tensor x, long dim, long start, long length) {
        if (Recording.needed(x))
            return Recording.record("torch::autograd::NotImplemented", (node, g) -> {
                throw new UnsupportedOperationException("the derivative for 'narrow_copy' is not implemented.");
            }, () -> narrowCopy(x, dim, start, length), new Tensor[]{x});
        return Conversions.cloneOf(Views.narrow(x, dim, start, length));
    }
}
