package torch4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import torch4j.storage.Shapes;

/**
 * The shape ops of PyTorch that are views (or aliases) built from the views in {@link Views}:
 * adjoint, broadcast_to, movedim, swapaxes, ravel, the *split family, diagonal and as_strided.
 * Most reuse an existing view so the graph shows the node PyTorch records (movedim is
 * PermuteBackward0, ravel ViewBackward0, the splits SliceBackward0 per piece).
 */
final class ShapeViews {
    private ShapeViews() {}

    static Tensor adjoint(Tensor x) {
        if (x.dim() == 1) throw new IllegalArgumentException("tensor.adjoint() is only supported on matrices or batches of matrices. Got 1-D tensor.");
        return x.dim() == 0 ? Views.transpose(x, 0, 0) : Views.transpose(x, -2, -1);
    }

    static Tensor movedim(Tensor x, long[] source, long[] destination) {
        int n = x.dim();
        if (source.length != destination.length)
            throw new IllegalArgumentException("movedim: Invalid source or destination dims: source (" + Arrays.toString(source)
                    + " dims) should contain the same number of dims as destination (" + Arrays.toString(destination) + " dims)");
        int[] src = new int[source.length], dst = new int[destination.length];
        boolean[] seenSrc = new boolean[Math.max(n, 1)], seenDst = new boolean[Math.max(n, 1)];
        for (int i = 0; i < source.length; i++) {
            src[i] = Shapes.wrapDim(source[i], n);
            dst[i] = Shapes.wrapDim(destination[i], n);
            if (seenSrc[src[i]]) throw new IllegalArgumentException("movedim: repeated dim in `source` (" + Arrays.toString(source) + ")");
            if (seenDst[dst[i]]) throw new IllegalArgumentException("movedim: repeated dim in `destination` (" + Arrays.toString(destination) + ")");
            seenSrc[src[i]] = true;
            seenDst[dst[i]] = true;
        }
        if (n == 0) return Views.alias(x);
        // as ATen: the moved dims take their destinations, the rest keep their order in the free slots
        long[] order = new long[n];
        Arrays.fill(order, -1);
        for (int i = 0; i < src.length; i++) order[dst[i]] = src[i];
        int rest = 0;
        for (int d = 0; d < n; d++) {
            if (order[d] != -1) continue;
            while (seenSrc[rest]) rest++;
            order[d] = rest++;
        }
        return Views.permute(x, order);
    }

    /**
     * swapaxes_/swapdims_ (ATen's transpose_): x's own sizes and strides swapped. With a graph, x
     * gets a TransposeBackward1 node over its previous one, as in PyTorch; a leaf that requires
     * grad is refused as for any in-place op.
     */
    static Tensor swap_(Tensor x, long dim0, long dim1) {
        boolean graph = Recording.needed(x);
        if (graph) Recording.checkInPlace(x);
        int n = x.dim(), a = Shapes.wrapDim(dim0, n), b = Shapes.wrapDim(dim1, n);
        Recording.OpNode node = null;
        if (graph) {
            node = new Recording.OpNode("TransposeBackward1", (Recording.Formula) (nd, g) -> new Tensor[]{g.transpose(a, b)});
            node.connect(x);
        }
        if (n > 0) {
            long s = x.shape[a], st = x.strides[a];
            x.shape[a] = x.shape[b];
            x.strides[a] = x.strides[b];
            x.shape[b] = s;
            x.strides[b] = st;
        }
        x.storage.bumpVersion();
        if (node != null) {
            node.setOutputMetadata(x.shape.clone(), x.dtype());
            x.gradFn = node;
            x.outputNr = 0;
        }
        return x;
    }

    static Tensor ravel(Tensor x) { return Views.view(Views.contiguous(x), new long[]{-1}); }

    /** {@code tensor_split(sections)}: sizes differ by at most one, the larger pieces first. */
    static List<Tensor> tensorSplit(Tensor x, long sections, long dim) {
        if (x.dim() == 0)
            throw new IllegalArgumentException("tensor_split expected at least a 1-dimensional tensor, but got a tensor with 0 dims");
        if (sections <= 0) throw new IllegalArgumentException("number of sections must be larger than 0, got " + sections);
        int d = Shapes.wrapDim(dim, x.dim());
        long size = x.shape[d], min = size / sections, extra = size % sections;
        long[] bounds = new long[(int) sections - 1];
        long start = 0;
        for (int i = 0; i < bounds.length; i++) {
            start += min + (i < extra ? 1 : 0);
            bounds[i] = start;
        }
        return splitAt(x, bounds, d);
    }

    /** {@code tensor_split(indices)}: cut before each index (clamped to the dim, as Python's slices). */
    static List<Tensor> tensorSplit(Tensor x, long[] indices, long dim) {
        if (x.dim() == 0)
            throw new IllegalArgumentException("tensor_split expected at least a 1-dimensional tensor, but got a tensor with 0 dims");
        return splitAt(x, indices, Shapes.wrapDim(dim, x.dim()));
    }

    /** The tensor overload: a 0-dim tensor is a section count, a 1-D one the indices (read on the CPU, as ATen does). */
    static List<Tensor> tensorSplit(Tensor x, Tensor indicesOrSections, long dim) {
        Tensor t = indicesOrSections;
        if (!t.device().isCpu())
            throw new IllegalArgumentException("tensor_split expected tensor_indices_or_sections to be on cpu, but it's on " + t.device());
        if (t.dtype() != DType.INT64)
            throw new IllegalArgumentException("tensor_split expected tensor_indices_or_sections to have dtype of long, but got "
                    + TypePromotion.scalarTypeName(t.dtype()));
        if (t.dim() > 1)
            throw new IllegalArgumentException("tensor_split expected tensor_indices_or_sections to be a zero-dimensional or"
                    + " one-dimensional tensor, but got a tensor with " + t.dim() + " dims");
        return t.dim() == 0 ? tensorSplit(x, t.longValue(), dim) : tensorSplit(x, t.toLongArray(), dim);
    }

    private static List<Tensor> splitAt(Tensor x, long[] bounds, int d) {
        List<Tensor> out = new ArrayList<>(bounds.length + 1);
        long size = x.shape[d], start = 0;
        for (int i = 0; i <= bounds.length; i++) {
            long end = i < bounds.length ? bounds[i] : size;
            out.add(Views.slice(x, d, start, end, 1));
            start = end;
        }
        return List.copyOf(out);
    }

    /** hsplit/vsplit/dsplit: tensor_split along dim 1 (0 for 1-D in hsplit), 0 and 2, with their checks. */
    static List<Tensor> directionalSplit(String op, Tensor x, long sections, int minDims, int dim) {
        checkDirectional(op, x, minDims);
        int d = op.equals("torch.hsplit") && x.dim() == 1 ? 0 : dim;
        if (sections != 0 && x.shape[d] % sections == 0) return tensorSplit(x, sections, d);
        throw new IllegalArgumentException(op + " attempted to split along dimension " + d + ", but the size of the dimension "
                + x.shape[d] + " is not divisible by the split_size " + sections + "!");
    }

    static List<Tensor> directionalSplit(String op, Tensor x, long[] indices, int minDims, int dim) {
        checkDirectional(op, x, minDims);
        return tensorSplit(x, indices, op.equals("torch.hsplit") && x.dim() == 1 ? 0 : dim);
    }

    private static void checkDirectional(String op, Tensor x, int minDims) {
        if (x.dim() < minDims)
            throw new IllegalArgumentException(op + " requires a tensor with at least " + minDims + " dimension, but got a tensor with " + x.dim() + " dimensions!");
    }

    /** {@code x.diagonal(offset, dim1, dim2)}: a view whose stride is the sum of the two dims' strides. */
    static Tensor diagonal(Tensor x, long offset, long dim1, long dim2) {
        if (Recording.needed(x)) {
            long[] in = x.shape.clone();
            return ViewGrad.view("DiagonalBackward0", g -> ViewGrad.embed("DiagonalBackward", g, in, z -> diagonal(z, offset, dim1, dim2)),
                    () -> diagonal(x, offset, dim1, dim2), x);
        }
        int n = x.dim(), a = Shapes.wrapDim(dim1, n), b = Shapes.wrapDim(dim2, n);
        if (a == b) throw new IllegalArgumentException("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
        long length, start = x.offset;
        if (offset >= 0) {
            length = Math.max(Math.min(x.shape[a], x.shape[b] - offset), 0);
            if (length > 0) start += offset * x.strides[b];
        } else {
            length = Math.max(Math.min(x.shape[a] + offset, x.shape[b]), 0);
            if (length > 0) start -= offset * x.strides[a];
        }
        long[] shape = new long[n - 1], strides = new long[n - 1];
        for (int d = 0, j = 0; d < n; d++) {
            if (d == a || d == b) continue;
            shape[j] = x.shape[d];
            strides[j++] = x.strides[d];
        }
        shape[n - 2] = length;
        strides[n - 2] = x.strides[a] + x.strides[b];
        return Views.viewOf(x, shape, strides, start);
    }

    /** {@code x.as_strided(size, stride, storageOffset)}: any geometry over x's storage (offset defaults to x's). */
    static Tensor asStrided(Tensor x, long[] size, long[] stride, long storageOffset) {
        if (size.length != stride.length)
            throw new IllegalArgumentException("mismatch in length of strides and shape");
        for (long s : stride) if (s < 0) throw new IllegalArgumentException("as_strided: Negative strides are not supported at the moment, got strides: " + Arrays.toString(stride));
        if (Recording.needed(x)) {
            long[] inShape = x.shape.clone(), inStrides = x.strides.clone();
            long inOffset = x.offset;
            return ViewGrad.view("AsStridedBackward0", g -> ScatterInto.asStridedBackward(g, inShape, inStrides, inOffset, size, stride, storageOffset),
                    () -> asStrided(x, size, stride, storageOffset), x);
        }
        Shapes.checkedNumel(size);
        if (Shapes.numel(size) > 0) {
            long last = storageOffset;
            for (int i = 0; i < size.length; i++) last += (size[i] - 1) * stride[i];
            if (last >= x.storage.numel())
                throw new IllegalArgumentException("setStorage: sizes " + Arrays.toString(size) + ", strides " + Arrays.toString(stride)
                        + ", storage offset " + storageOffset + ", and itemsize " + x.elementSize() + " requiring a storage size of "
                        + (last + 1) * x.elementSize() + " are out of bounds for storage of size " + x.storage.numel() * x.elementSize());
        }
        return Views.viewOf(x, size.clone(), stride.clone(), storageOffset);
    }

    /** {@code torch.broadcast_tensors}: each input expanded to the common shape (an input of that shape itself). */
    static List<Tensor> broadcastTensors(List<Tensor> tensors) {
        long[] shape = new long[0];
        for (Tensor t : tensors) shape = broadcastShapes(shape, t.shape);
        List<Tensor> out = new ArrayList<>(tensors.size());
        for (Tensor t : tensors) out.add(Arrays.equals(t.shape, shape) ? t : Views.expand(t, shape));
        return List.copyOf(out);
    }

    private static long[] broadcastShapes(long[] a, long[] b) {
        try {
            return Shapes.broadcast(a, b);
        } catch (IllegalArgumentException e) {
            int n = Math.max(a.length, b.length);
            for (int i = n - 1; i >= 0; i--) {
                long x = i - (n - a.length) >= 0 ? a[i - (n - a.length)] : 1, y = i - (n - b.length) >= 0 ? b[i - (n - b.length)] : 1;
                if (x != y && x != 1 && y != 1)
                    throw new IllegalArgumentException("The size of tensor a (" + x + ") must match the size of tensor b (" + y
                            + ") at non-singleton dimension " + i);
            }
            throw e;
        }
    }

    /** atleast_1d/2d/3d: reshape a 0-dim tensor, unsqueeze the others, as torch/functional.py does. */
    static Tensor atleast(Tensor x, int dims) {
        if (x.dim() >= dims) return x;
        if (x.dim() == 0) {
            long[] ones = new long[dims];
            Arrays.fill(ones, 1);
            return Views.reshape(x, ones);
        }
        if (dims == 2) return Views.unsqueeze(x, 0);
        return x.dim() == 1 ? Views.unsqueeze(Views.unsqueeze(x, 0), -1) : Views.unsqueeze(x, -1);
    }

    /** torch.meshgrid: each 1-D (or 0-dim) input viewed along its own dim and expanded to the grid. */
    static List<Tensor> meshgrid(List<Tensor> tensors, String indexing) {
        if (!indexing.equals("ij") && !indexing.equals("xy"))
            throw new IllegalArgumentException("torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: " + indexing);
        int n = tensors.size();
        if (n == 0) throw new IllegalArgumentException("meshgrid expects a non-empty TensorList");
        for (int i = 0; i < n - 1; i++) {
            Tensor a = tensors.get(i), b = tensors.get(i + 1);
            if (a.dtype() != b.dtype()) throw new IllegalArgumentException("meshgrid expects all tensors to have the same dtype");
            if (!a.device().equals(b.device())) throw new IllegalArgumentException("meshgrid expects all tensors to have the same device");
        }
        List<Tensor> in = new ArrayList<>(tensors);
        boolean swap = indexing.equals("xy") && n >= 2;
        if (swap) { Tensor t = in.get(0); in.set(0, in.get(1)); in.set(1, t); }
        long[] shape = new long[n];
        for (int i = 0; i < n; i++) {
            Tensor t = in.get(i);
            if (t.dim() > 1)
                throw new IllegalArgumentException("torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: " + t);
            shape[i] = t.numel();
        }
        List<Tensor> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long[] viewShape = new long[n];
            Arrays.fill(viewShape, 1);
            viewShape[i] = -1;
            out.add(Views.expand(Views.view(in.get(i), viewShape), shape));
        }
        if (swap) { Tensor t = out.get(0); out.set(0, out.get(1)); out.set(1, t); }
        return List.copyOf(out);
    }
}
