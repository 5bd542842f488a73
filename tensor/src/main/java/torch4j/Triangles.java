package torch4j;

import java.util.List;
import torch4j.storage.Shapes;

/**
 * Triangles and diagonals: tril/triu (in and out of place), diag, diag_embed, diagflat,
 * tril_indices/triu_indices and block_diag. The triangles mask with a bool matrix made on the CPU
 * from the shape alone (masked_fill does the work on the tensor's device); the diagonal ops write
 * through a {@link ShapeViews#diagonal} view of a zero tensor.
 */
final class Triangles {
    private Triangles() {}

    /** True where element (r, c) of the last two dims lies off the kept triangle. */
    private static Tensor outside(Tensor x, long k, boolean lower) {
        long rows = x.shape[Shapes.wrapDim(-2, x.dim())], cols = x.shape[x.dim() - 1];
        boolean[] drop = new boolean[Math.toIntExact(rows * cols)];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) drop[(int) (r * cols + c)] = lower ? c - r > k : c - r < k;
        return Views.view(Torch.from(drop), new long[]{rows, cols}).to(x.device());
    }

    static Tensor triangle(Tensor x, long k, boolean lower) {
        if (Recording.needed(x))
            return Recording.record(lower ? "TrilBackward0" : "TriuBackward0", (n, g) -> new Tensor[]{triangle(g, k, lower)},
                    () -> triangle(x, k, lower), new Tensor[]{x});
        return Masking.maskedFill(x, outside(x, k, lower), Conversions.scalar(0L));
    }

    static Tensor triangle_(Tensor x, long k, boolean lower) {
        if (Recording.needed(x)) return Recording.inPlace(x, s -> triangle(s, k, lower));
        return Masking.maskedFill_(x, outside(x, k, lower), Conversions.scalar(0L));
    }

    /** diag: a vector onto the k-th diagonal of a square matrix, or a matrix's k-th diagonal (a copy). */
    static Tensor diag(Tensor x, long k) {
        if (x.dim() != 1 && x.dim() != 2) throw new IllegalArgumentException("matrix or a vector expected");
        if (Recording.needed(x)) {
            long[] in = x.shape.clone();
            return Recording.record("DiagBackward0", (n, g) -> new Tensor[]{in.length == 1 ? diag(g, k)
                    : ViewGrad.embed("DiagonalBackward", g, in, z -> ShapeViews.diagonal(z, k, 0, 1))}, () -> diag(x, k), new Tensor[]{x});
        }
        if (x.dim() == 2) return Conversions.cloneOf(ShapeViews.diagonal(x, k, 0, 1));
        long n = x.shape[0] + Math.abs(k);
        Tensor out = x.allocateLike(x.dtype(), new long[]{n, n});
        Conversions.copyInto(ShapeViews.diagonal(out, k, 0, 1), x);
        return out;
    }

    static Tensor diagflat(Tensor x, long k) { return diag(Views.view(Views.contiguous(x), new long[]{-1}), k); }

    /** diag_embed: the last dim of x placed on the diagonal (offset) of the new dims dim1, dim2. */
    static Tensor diagEmbed(Tensor x, long offset, long dim1, long dim2) {
        int n = x.dim() + 1, a = Shapes.wrapDim(dim1, n), b = Shapes.wrapDim(dim2, n);
        if (a == b) throw new IllegalArgumentException("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
        if (Recording.needed(x))
            return Recording.record("DiagEmbedBackward0", (node, g) -> new Tensor[]{g.diagonal(offset, dim1, dim2)},
                    () -> diagEmbed(x, offset, dim1, dim2), new Tensor[]{x});
        long size = (x.dim() == 0 ? 1 : x.shape[x.dim() - 1]) + Math.abs(offset);
        long[] shape = new long[n];
        for (int d = 0, j = 0; d < n; d++) shape[d] = d == a || d == b ? size : x.shape[j++];
        Tensor out = x.allocateLike(x.dtype(), shape);
        Conversions.copyInto(ShapeViews.diagonal(out, offset, a, b), x);
        return out;
    }

    /** tril_indices/triu_indices: the 2 x N coordinates of the triangle, row by row. */
    static Tensor indices(long rows, long cols, long offset, boolean lower, DType dtype, Device device) {
        if (rows < 0) throw new IllegalArgumentException("row must be non-negative, got" + rows);
        if (cols < 0) throw new IllegalArgumentException("col must be non-negative, got" + cols);
        if (dtype != DType.INT64 && dtype != DType.INT32)
            throw new IllegalArgumentException("\"" + (lower ? "tril" : "triu") + "_indices\" not implemented for '" + dtype.scalarTypeName() + "'");
        long count = 0;
        for (long r = 0; r < rows; r++) count += lower ? Math.clamp(r + offset + 1, 0, cols) : cols - Math.clamp(r + offset, 0, cols);
        long[] coords = new long[Math.toIntExact(2 * count)];
        int i = 0;
        for (long r = 0; r < rows; r++)
            for (long c = 0; c < cols; c++)
                if (lower ? c - r <= offset : c - r >= offset) { coords[i] = r; coords[(int) count + i++] = c; }
        return Views.view(Torch.from(coords), new long[]{2, count}).to(device, dtype);
    }

    /** torch.block_diag: 0-, 1- and 2-D tensors (as 1x1, 1xn, mxn blocks) down the diagonal of one matrix. */
    static Tensor blockDiag(List<Tensor> tensors) {
        Tensor[] in = tensors.toArray(new Tensor[0]);
        DType dtype = in.length == 0 ? DType.defaultFloat() : in[0].dtype();   // promoted over all the blocks
        long rows = 0, cols = 0;
        for (int i = 0; i < in.length; i++) {
            Tensor t = in[i];
            if (t.dim() > 2)
                throw new IllegalArgumentException("torch.block_diag: Input tensors must have 2 or fewer dimensions. Input " + i
                        + " has " + t.dim() + " dimensions");
            dtype = DType.promote(dtype, t.dtype());
            rows += t.dim() == 2 ? t.shape[0] : 1;
            cols += t.dim() == 0 ? 1 : t.shape[t.dim() - 1];
            if (i > 0 && !t.device().equals(in[0].device()))
                throw new IllegalArgumentException("torch.block_diag: input tensors must all be on the same device. Input 0 is on device "
                        + in[0].device() + " and input " + i + " is on device " + t.device());
        }
        long[] shape = {rows, cols};
        DType type = dtype;
        if (Recording.needed(tensors))
            return Recording.record("BlockDiagBackward0", (node, g) -> blockGrads(g, in), () -> blockDiag(tensors), in);
        Tensor out = in.length == 0 ? Tensor.allocate(type, new long[]{1, 0}) : in[0].allocateLike(type, shape);
        long r = 0, c = 0;
        for (Tensor t : in) {
            Tensor block = t.dim() == 2 ? t : Views.view(t, new long[]{1, -1});
            Conversions.copyInto(Views.narrow(Views.narrow(out, 0, r, block.shape[0]), 1, c, block.shape[1]), block);
            r += block.shape[0];
            c += block.shape[1];
        }
        return out;
    }

    private static Tensor[] blockGrads(Tensor g, Tensor[] in) {
        Tensor[] grads = new Tensor[in.length];
        long r = 0, c = 0;
        for (int i = 0; i < in.length; i++) {
            Tensor t = in[i];
            long h = t.dim() == 2 ? t.shape[0] : 1, w = t.dim() == 0 ? 1 : t.shape[t.dim() - 1];
            Tensor piece = g.narrow(0, r, h).narrow(1, c, w);
            grads[i] = t.dtype().isFloatingPoint() ? piece.reshape(t.shape).to(t.dtype()) : null;
            r += h;
            c += w;
        }
        return grads;
    }
}
