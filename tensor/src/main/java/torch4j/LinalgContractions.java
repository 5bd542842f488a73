package torch4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import torch4j.storage.Shapes;

/**
 * Products written, as ATen writes them, over the matrix products and views: trace, inner,
 * tensordot, vdot, kron, cross, multi_dot and chain_matmul. The nodes a graph shows are the
 * ones PyTorch's composite implementations record (inner and tensordot end in a reshape of the
 * mm, kron in an {@code _unsafe_view}), plus the ops with their own derivative
 * ({@code TraceBackward0}, {@code VdotBackward0}, {@code LinalgCrossBackward0}).
 */
final class LinalgContractions {
    private LinalgContractions() {}

    /** The main diagonal of a matrix as a strided view (no node: for use inside recorded ops). */
    static Tensor diagonalView(Tensor m) {
        int d = m.dim();
        long n = Math.min(m.shape[d - 2], m.shape[d - 1]);
        long[] shape = Arrays.copyOf(m.shape, d - 1), strides = Arrays.copyOf(m.strides, d - 1);
        shape[d - 2] = n;
        strides[d - 2] = m.strides[d - 2] + m.strides[d - 1];
        return m.view(shape, strides, m.offset);
    }

    static Tensor trace(Tensor x) {
        if (x.dim() != 2) throw new IllegalArgumentException("trace: expected a matrix, but got tensor with dim " + x.dim());
        if (x.dtype() == DType.BOOL) throw new IllegalArgumentException("\"trace\" not implemented for 'Bool'");
        if (Recording.needed(x)) {
            long[] shape = x.shape.clone();
            return Recording.record("TraceBackward0", (n, g) -> new Tensor[]{
                    ViewGrad.embed("TraceBackward", g.expand(Math.min(shape[0], shape[1])), shape, LinalgContractions::diagonalView)},
                    () -> trace(x), new Tensor[]{x});
        }
        return diagonalView(x).sum();
    }

    static Tensor inner(Tensor a, Tensor b) {
        if (a.dim() == 0 || b.dim() == 0) return a.mul(b);
        long la = a.shape[a.dim() - 1], lb = b.shape[b.dim() - 1];
        if (la != lb)
            throw new IllegalArgumentException("inner() the last dimension must match on both input tensors but got shapes "
                    + Arrays.toString(a.shape) + " and " + Arrays.toString(b.shape));
        return tensordot(a, b, new long[]{-1}, new long[]{-1});
    }

    /** tensordot with the last {@code dims} dims of a against the first {@code dims} of b. */
    static Tensor tensordot(Tensor a, Tensor b, long dims) {
        if (dims < 0) throw new IllegalArgumentException("tensordot expects dims >= 0, but got dims=" + dims);
        // torch.functional's lists: a's dims -dims..-1, b's 0..dims-1 (a dim out of range is wrapDim's IndexError)
        long[] da = new long[(int) dims], db = new long[(int) dims];
        for (int i = 0; i < dims; i++) {
            da[i] = i - dims;
            db[i] = i;
        }
        return tensordot(a, b, da, db);
    }

    /**
     * ATen's tensordot: a permuted to (free, contracted) and b to (contracted, free), each
     * reshaped to a matrix, one mm, the result reshaped to a's free dims then b's.
     */
    static Tensor tensordot(Tensor a, Tensor b, long[] dimsA, long[] dimsB) {
        if (dimsA.length != dimsB.length) throw new IllegalArgumentException("both dimension lists should have same length");
        int na = a.dim(), nb = b.dim();
        boolean[] ca = new boolean[na], cb = new boolean[nb];
        long size = 1;
        long[] permA = new long[na], permB = new long[nb];
        int pa = na - dimsA.length, pb = dimsA.length;
        for (int i = 0; i < dimsA.length; i++) {
            int x = Shapes.wrapDim(dimsA[i], na), y = Shapes.wrapDim(dimsB[i], nb);
            if (a.shape[x] != b.shape[y]) {
                // ATen broadcasts a size-1 contracted dim: the other operand is summed over it first
                if (a.shape[x] == 1) b = b.sum(new long[]{y}, true);
                else if (b.shape[y] == 1) a = a.sum(new long[]{x}, true);
                else throw new IllegalArgumentException("contracted dimensions need to match, but first has size " + a.shape[x] + " in dim " + x
                            + " and second has size " + b.shape[y] + " in dim " + y);
            }
            ca[x] = true;
            cb[y] = true;
            permA[pa + i] = x;
            permB[i] = y;
            size *= a.shape[x];
        }
        List<Long> outShape = new ArrayList<>();
        long rowsA = 1, colsB = 1;
        for (int i = 0, j = 0; i < na; i++)
            if (!ca[i]) {
                permA[j++] = i;
                rowsA *= a.shape[i];
                outShape.add(a.shape[i]);
            }
        for (int i = 0, j = pb; i < nb; i++)
            if (!cb[i]) {
                permB[j++] = i;
                colsB *= b.shape[i];
                outShape.add(b.shape[i]);
            }
        Tensor m = a.permute(permA).reshape(rowsA, size).mm(b.permute(permB).reshape(size, colsB));
        return m.reshape(outShape.stream().mapToLong(Long::longValue).toArray());
    }

    static Tensor vdot(Tensor a, Tensor b) {
        if (Recording.needed(a, b))
            return Recording.record("VdotBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? n.saved(1).mul(g) : null, n.needs(1) ? n.saved(0).mul(g) : null}, () -> vdot(a, b), new Tensor[]{a, b}, a, b);
        return LinearAlgebra.dot(a, b);
    }

    /** ATen's kron: a and b interleaved as (a0, 1, a1, 1, ...) and (1, b0, 1, b1, ...), multiplied, then unsafe-viewed. */
    static Tensor kron(Tensor a, Tensor b) {
        int maxdim = Math.max(a.dim(), b.dim()), padA = maxdim - a.dim(), padB = maxdim - b.dim();
        long[] ra = new long[2 * maxdim], rb = new long[2 * maxdim], out = new long[maxdim];
        for (int i = 0; i < maxdim; i++) {
            long sa = i >= padA ? a.shape[i - padA] : 1, sb = i >= padB ? b.shape[i - padB] : 1;
            ra[2 * i] = sa;
            ra[2 * i + 1] = 1;
            rb[2 * i] = 1;
            rb[2 * i + 1] = sb;
            out[i] = sa * sb;
        }
        return ViewGrad.unsafeView(a.reshape(ra).mul(b.reshape(rb)), out);
    }

    /** {@code torch.cross} without dim: the first dim of size 3 (PyTorch's deprecated default). */
    static Tensor cross(Tensor a, Tensor b) {
        for (int d = 0; d < a.dim(); d++) if (a.shape[d] == 3) return linalgCross(a, b, d);
        throw new IllegalArgumentException("no dimension of size 3 in input");
    }

    static Tensor linalgCross(Tensor a, Tensor b, long dim) {
        if (a.dim() != b.dim()) throw new IllegalArgumentException("linalg.cross: inputs must have the same number of dimensions.");
        int d = Shapes.wrapDim(dim, Math.max(a.dim(), 1));
        if (a.shape[d] != 3 || b.shape[d] != 3)
            throw new IllegalArgumentException("linalg.cross: inputs dimension " + dim + " must have length 3. Got " + a.shape[d] + " and " + b.shape[d]);
        if (Recording.needed(a, b)) {
            long[] sa = a.shape.clone(), sb = b.shape.clone();
            return Recording.record("LinalgCrossBackward0", (n, g) -> new Tensor[]{
                    n.needs(0) ? Recording.sumTo(linalgCross(n.saved(1).expand(g.shape), g, d), sa) : null,
                    n.needs(1) ? Recording.sumTo(linalgCross(g, n.saved(0).expand(g.shape), d), sb) : null},
                    () -> linalgCross(a, b, dim), new Tensor[]{a, b}, a, b);
        }
        if (a.dtype() != b.dtype())
            throw new IllegalArgumentException("expected scalar type " + a.dtype().scalarTypeName() + " but found " + b.dtype().scalarTypeName());
        long[] shape = Shapes.broadcast(a.shape, b.shape);
        Tensor x = a.expand(shape), y = b.expand(shape);
        Tensor[] c = new Tensor[3];
        for (int i = 0; i < 3; i++) {
            int j = (i + 1) % 3, k = (i + 2) % 3;
            c[i] = x.select(d, j).mul(y.select(d, k)).sub(x.select(d, k).mul(y.select(d, j)));
        }
        return Joining.stack(List.of(c), d);
    }

    // ---------------------------------------------------------------- multi_dot / chain_matmul

    static Tensor multiDot(List<Tensor> tensors, String name) {
        int n = tensors.size();
        if (n < 2) throw new IllegalArgumentException(name + "(): expected at least 2 tensors but got " + n);
        Tensor first = tensors.get(0), last = tensors.get(n - 1);
        if (first.dim() != 1 && first.dim() != 2)
            throw new IllegalArgumentException(name + "(): the first tensor must be 1D or 2D but got " + first.dim() + "D");
        if (last.dim() != 1 && last.dim() != 2)
            throw new IllegalArgumentException(name + "(): the last tensor must be 1D or 2D but got " + last.dim() + "D");
        List<Tensor> ms = new ArrayList<>(tensors);
        if (first.dim() == 1) ms.set(0, first.unsqueeze(0));
        if (last.dim() == 1) ms.set(n - 1, last.unsqueeze(-1));
        for (int i = 1; i < n - 1; i++)
            if (ms.get(i).dim() != 2)
                throw new IllegalArgumentException(name + "(): tensor " + i + " must be 2D but got " + ms.get(i).dim() + "D");
        DType dtype = first.dtype();
        for (int i = 1; i < n; i++) {
            if (tensors.get(i).dtype() != dtype)
                throw new IllegalArgumentException(name + "(): all tensors must have be the same dtype but tensor 0 is "
                        + dtype.scalarTypeName() + " and tensor " + i + " " + tensors.get(i).dtype().scalarTypeName());
            if (ms.get(i - 1).shape[1] != ms.get(i).shape[0])
                throw new IllegalArgumentException(name + "(): tensors " + (i - 1) + " and " + i + " with shapes " + Arrays.toString(ms.get(i - 1).shape)
                        + " and " + Arrays.toString(ms.get(i).shape) + " cannot be multiplied");
        }
        Tensor result = n == 2 ? ms.get(0).mm(ms.get(1)) : chain(ms);
        // ATen views the product back to the shape the 1-D ends ask for (a view even when nothing changes)
        if (first.dim() == 1 && last.dim() == 1) return result.view();
        if (first.dim() == 1 || last.dim() == 1) return result.view(-1);
        return result.view(result.shape().toLongArray());
    }

    /** The cheapest parenthesisation (ATen's matrix_chain_order: dynamic programming over multiply-adds). */
    private static Tensor chain(List<Tensor> ms) {
        int n = ms.size();
        long[] p = new long[n + 1];
        for (int i = 0; i < n; i++) p[i] = ms.get(i).shape[0];
        p[n] = ms.get(n - 1).shape[1];
        if (n == 3) {   // ATen compares the two orders directly
            long cost1 = p[0] * p[1] * p[2] + p[0] * p[2] * p[3], cost2 = p[1] * p[2] * p[3] + p[0] * p[1] * p[3];
            return cost1 <= cost2 ? ms.get(0).mm(ms.get(1)).mm(ms.get(2)) : ms.get(0).mm(ms.get(1).mm(ms.get(2)));
        }
        long[][] m = new long[n][n];
        int[][] s = new int[n][n];
        for (int len = 1; len < n; len++)
            for (int i = 0; i < n - len; i++) {
                int j = i + len;
                m[i][j] = Long.MAX_VALUE;
                for (int k = i; k < j; k++) {
                    long q = m[i][k] + m[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
                    if (q < m[i][j]) {
                        m[i][j] = q;
                        s[i][j] = k;
                    }
                }
            }
        return multiply(ms, s, 0, n - 1);
    }

    private static Tensor multiply(List<Tensor> ms, int[][] s, int i, int j) {
        if (i == j) return ms.get(i);
        return multiply(ms, s, i, s[i][j]).mm(multiply(ms, s, s[i][j] + 1, j));
    }

    /** {@code torch.chain_matmul}: 2-D matrices only; one matrix is returned as a copy. */
    static Tensor chainMatmul(List<Tensor> matrices) {
        LinalgWarnings.once(LinalgWarnings.CHAIN_MATMUL);
        if (matrices.isEmpty()) throw new IllegalArgumentException("chain_matmul(): Expected one or more matrices");
        for (Tensor t : matrices)
            if (t.dim() != 2) throw new IllegalArgumentException("Tensor dimension is " + t.dim() + ", expected 2 instead.");
        if (matrices.size() == 1) return matrices.get(0).clone();
        return multiDot(matrices, "multi_dot");
    }
}
