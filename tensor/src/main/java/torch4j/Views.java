package torch4j;

import java.util.Arrays;
import torch4j.storage.Shapes;
import torch4j.storage.StorageSize;

/** Ops that return a view sharing the input's storage (and the few that fall back to a copy). */
final class Views {
    private Views() {}

    static Tensor view(Tensor x, long[] requested) {
        if (Recording.needed(x)) {
            long[] in = x.shape.clone();
            return ViewGrad.view("ViewBackward0", g -> g.reshape(in), () -> view(x, requested), x);
        }
        long[] shape = Shapes.inferShape(requested, x.numel());
        long[] strides = Shapes.viewStrides(x.shape, x.strides, shape);
        if (strides == null)
            throw new IllegalArgumentException("view size is not compatible with input tensor's size and stride (at least one"
                    + " dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
        return viewOf(x, shape, strides, x.offset);
    }

    /** A view when the layout allows, else a contiguous copy (as PyTorch's reshape). */
    static Tensor reshape(Tensor x, long[] requested) {
        if (Recording.needed(x)) return ViewGrad.reshape(x, requested);
        long[] shape = Shapes.inferShape(requested, x.numel());
        long[] strides = Shapes.viewStrides(x.shape, x.strides, shape);
        if (strides != null) return viewOf(x, shape, strides, x.offset);
        Tensor c = Conversions.cloneOf(x);
        return c.view(shape, Shapes.contiguousStrides(shape), 0);
    }

    static Tensor transpose(Tensor x, long dim0, long dim1) {
        if (Recording.needed(x)) return ViewGrad.view("TransposeBackward0", g -> g.transpose(dim0, dim1), () -> transpose(x, dim0, dim1), x);
        int a = Shapes.wrapDim(dim0, x.dim()), b = Shapes.wrapDim(dim1, x.dim());
        if (x.dim() == 0) return viewOf(x, x.shape, x.strides, x.offset);
        long[] shape = x.shape.clone(), strides = x.strides.clone();
        shape[a] = x.shape[b]; shape[b] = x.shape[a];
        strides[a] = x.strides[b]; strides[b] = x.strides[a];
        return viewOf(x, shape, strides, x.offset);
    }

    static Tensor t(Tensor x) {
        if (Recording.needed(x)) return ViewGrad.view("TBackward0", Tensor::t, () -> t(x), x);
        if (x.dim() > 2)
            throw new IllegalArgumentException("t() expects a tensor with <= 2 dimensions, but self is " + x.dim() + "D");
        return x.dim() < 2 ? viewOf(x, x.shape, x.strides, x.offset) : transpose(x, 0, 1);
    }

    static Tensor permute(Tensor x, long[] dims) {
        if (Recording.needed(x)) return ViewGrad.view("PermuteBackward0", g -> g.permute(ViewGrad.inverse(dims, x.dim())), () -> permute(x, dims), x);
        int n = x.dim();
        if (dims.length != n)
            throw new IllegalArgumentException("permute(sparse_coo): number of dimensions in the tensor input does not match the"
                    + " length of the desired ordering of dimensions i.e. input.dim() = " + n + " is not equal to len(dims) = " + dims.length);
        long[] shape = new long[n], strides = new long[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            int d = Shapes.wrapDim(dims[i], n);
            if (seen[d]) throw new IllegalArgumentException("permute(): duplicate dims are not allowed.");
            seen[d] = true;
            shape[i] = x.shape[d];
            strides[i] = x.strides[d];
        }
        return viewOf(x, shape, strides, x.offset);
    }

    static Tensor expand(Tensor x, long[] sizes) {
        if (Recording.needed(x)) {
            long[] in = x.shape.clone();
            return ViewGrad.view("ExpandBackward0", g -> Recording.sumTo(g, in), () -> expand(x, sizes), x);
        }
        if (sizes.length < x.dim())
            throw new IllegalArgumentException("expand(torch." + legacyTypeName(x) + "{" + Shapes.str(x.shape) + "}, size="
                    + Shapes.str(sizes) + "): the number of sizes provided (" + sizes.length
                    + ") must be greater or equal to the number of dimensions in the tensor (" + x.dim() + ")");
        long[] target = sizes.clone();
        int lead = sizes.length - x.dim();
        for (int i = 0; i < target.length; i++) {
            if (target[i] == -1) {
                if (i < lead) throw new IllegalArgumentException("The expanded size of the tensor (-1) isn't allowed in a leading,"
                        + " non-existing dimension " + i);
                target[i] = x.shape[i - lead];
            }
        }
        return viewOf(x, target, Shapes.expandStrides(x.shape, x.strides, target), x.offset);
    }

    static Tensor squeeze(Tensor x) {
        if (Recording.needed(x)) {
            long[] in = x.shape.clone();
            return ViewGrad.view("SqueezeBackward0", g -> g.reshape(in), () -> squeeze(x), x);
        }
        int keep = 0;
        for (long d : x.shape) if (d != 1) keep++;
        long[] shape = new long[keep], strides = new long[keep];
        for (int i = 0, j = 0; i < x.dim(); i++)
            if (x.shape[i] != 1) { shape[j] = x.shape[i]; strides[j++] = x.strides[i]; }
        return viewOf(x, shape, strides, x.offset);
    }

    /** squeeze(dim) recorded under another node name (matmul's squeeze is SqueezeBackward3 in PyTorch). */
    static Tensor squeeze(Tensor x, long dim, String nodeName) {
        if (!Recording.needed(x)) return squeeze(x, dim);
        long[] in = x.shape.clone();
        return ViewGrad.view(nodeName, g -> g.reshape(in), () -> squeeze(x, dim), x);
    }

    static Tensor squeeze(Tensor x, long dim) {
        if (Recording.needed(x)) {
            long[] in = x.shape.clone();
            return ViewGrad.view("SqueezeBackward1", g -> g.reshape(in), () -> squeeze(x, dim), x);
        }
        int d = Shapes.wrapDim(dim, x.dim());
        if (x.dim() == 0 || x.shape[d] != 1) return viewOf(x, x.shape, x.strides, x.offset);
        return viewOf(x, remove(x.shape, d), remove(x.strides, d), x.offset);
    }

    static Tensor unsqueeze(Tensor x, long dim) {
        if (Recording.needed(x)) return ViewGrad.view("UnsqueezeBackward0", g -> g.squeeze(dim), () -> unsqueeze(x, dim), x);
        int d = Shapes.wrapDim(dim, x.dim() + 1);
        long stride = d < x.dim() ? x.shape[d] * x.strides[d] : 1;
        return viewOf(x, insert(x.shape, d, 1), insert(x.strides, d, stride), x.offset);
    }

    static Tensor flatten(Tensor x, long startDim, long endDim) {
        if (x.dim() == 0) return reshape(x, new long[]{1});
        int s = Shapes.wrapDim(startDim, x.dim()), e = Shapes.wrapDim(endDim, x.dim());
        if (s > e) throw new IllegalArgumentException("flatten() has invalid args: start_dim cannot come after end_dim");
        if (s == e) return x;
        long[] shape = new long[x.dim() - (e - s)];
        for (int i = 0, j = 0; i < x.dim(); i++) {
            if (i > s && i <= e) shape[j - 1] *= x.shape[i];
            else shape[j++] = x.shape[i];
        }
        return reshape(x, shape);
    }

    static Tensor unflatten(Tensor x, long dim, long[] sizes) {
        int d = Shapes.wrapDim(dim, x.dim());
        if (x.dim() == 0) throw new IndexOutOfBoundsException("Dimension specified as " + d + " but tensor has no dimensions");
        if (sizes.length == 0) throw new IllegalArgumentException("unflatten: sizes must be non-empty");
        long[] inner;
        try {
            inner = Shapes.inferShape(sizes, x.shape[d]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unflatten: Provided sizes " + Shapes.str(sizes) + " don't multiply up to the size of dim "
                    + d + " (" + x.shape[d] + ") in the input tensor");
        }
        long[] shape = new long[x.dim() - 1 + inner.length];
        System.arraycopy(x.shape, 0, shape, 0, d);
        System.arraycopy(inner, 0, shape, d, inner.length);
        System.arraycopy(x.shape, d + 1, shape, d + inner.length, x.dim() - d - 1);
        return view(x, shape);
    }

    static Tensor narrow(Tensor x, long dim, long start, long length) {
        if (Recording.needed(x)) {
            long[] in = x.shape.clone();
            long st = start;
            return ViewGrad.view("SliceBackward0", g -> ViewGrad.embed("SliceBackward", g, in, z -> narrow(z, dim, st, length)),
                    () -> narrow(x, dim, st, length), x);
        }
        if (x.dim() == 0) throw new IllegalArgumentException("narrow() cannot be applied to a 0-dim tensor.");
        int d = Shapes.wrapDim(dim, x.dim());
        long size = x.shape[d];
        // as ATen 1.13: start is wrapped like a dim (start == size, the end, is valid too)
        if (start != size) start = wrapStart(start, size);
        if (length < 0 || start + length > size)
            throw new IllegalArgumentException("start (" + start + ") + length (" + length + ") exceeds dimension size (" + size + ").");
        long[] shape = x.shape.clone();
        shape[d] = length;
        return viewOf(x, shape, x.strides.clone(), x.offset + start * x.strides[d]);
    }

    /** narrow's start wrapped as ATen wraps a dim (with its message), for a size of any length. */
    private static long wrapStart(long start, long size) {
        long n = Math.max(size, 1);
        if (start < -n || start >= n)
            throw new IndexOutOfBoundsException("Dimension out of range (expected to be in range of [" + (-n) + ", " + (n - 1)
                    + "], but got " + start + ")");
        return start < 0 ? start + n : start;
    }

    static Tensor select(Tensor x, long dim, long index) {
        if (Recording.needed(x)) {
            long[] in = x.shape.clone();
            return ViewGrad.view("SelectBackward0", g -> ViewGrad.embed("SelectBackward", g, in, z -> select(z, dim, index)),
                    () -> select(x, dim, index), x);
        }
        if (x.dim() == 0) throw new IndexOutOfBoundsException("select() cannot be applied to a 0-dim tensor.");
        int d = Shapes.wrapDim(dim, x.dim());
        long size = x.shape[d];
        if (index < -size || index >= size)
            throw new IndexOutOfBoundsException("select(): index " + index + " out of range for tensor of size "
                    + Shapes.str(x.shape) + " at dimension " + d);
        long i = index < 0 ? index + size : index;
        return viewOf(x, remove(x.shape, d), remove(x.strides, d), x.offset + i * x.strides[d]);
    }

    /** {@code x[start:end:step]} along {@code dim}, with Python's clamping of out-of-range bounds. */
    static Tensor slice(Tensor x, long dim, long start, long end, long step) {
        if (Recording.needed(x)) {
            long[] in = x.shape.clone();
            long st = start, en = end;
            return ViewGrad.view("SliceBackward0", g -> ViewGrad.embed("SliceBackward", g, in, z -> slice(z, dim, st, en, step)),
                    () -> slice(x, dim, st, en, step), x);
        }
        int d = Shapes.wrapDim(dim, x.dim());
        if (step <= 0) throw new IllegalArgumentException("slice step must be positive");
        long size = x.shape[d];
        if (start < 0) start += size;
        if (end < 0) end += size;
        start = Math.clamp(start, 0, size);
        end = Math.clamp(end, start, size);
        long[] shape = x.shape.clone(), strides = x.strides.clone();
        shape[d] = (end - start + step - 1) / step;
        strides[d] = x.strides[d] * step;
        return viewOf(x, shape, strides, x.offset + start * x.strides[d]);
    }

    /** A raw view of {@code x} that remembers its base, so an in-place op through it can reach the base's graph. */
    static Tensor viewOf(Tensor x, long[] shape, long[] strides, long offset) {
        Tensor out = x.view(shape, strides, offset);
        out.viewBase = x.viewBase != null ? x.viewBase : x;
        return out;
    }

    /** {@code x[...]}: a new tensor object viewing the same elements (AliasBackward0). */
    static Tensor alias(Tensor x) {
        if (Recording.needed(x)) return ViewGrad.view("AliasBackward0", g -> g, () -> alias(x), x);
        return viewOf(x, x.shape, x.strides, x.offset);
    }

    static Tensor contiguous(Tensor x) {
        if (x.isContiguous()) return x;
        if (Recording.needed(x)) return Recording.record("CloneBackward0", (n, g) -> new Tensor[]{g}, () -> Conversions.cloneOf(x), new Tensor[]{x});
        return Conversions.cloneOf(x);
    }

    /** PyTorch's resize_: keeps the storage when it is large enough, grows it otherwise; strides become contiguous. */
    static Tensor resize(Tensor x, long[] sizes) {
        if (x.requiresGrad && torch4j.autograd.GradMode.isEnabled())
            throw new IllegalStateException("cannot resize variables that require grad");
        // PyTorch 1.13's resize_ sets the sizes first (a negative or overflowing numel is reported
        // so), then sizes the storage (contiguous, from the offset)
        Shapes.checkedNumel(sizes);
        long bytes = StorageSize.contiguousBytes(sizes, x.offset, x.dtype().itemSize());
        long need = bytes / x.dtype().itemSize();
        if (need > x.storage.numel()) x.storage.grow(need, bytes);
        x.shape = sizes.clone();
        x.strides = Shapes.contiguousStrides(x.shape);
        return x;
    }

    static long[] remove(long[] a, int i) {
        long[] out = new long[a.length - 1];
        System.arraycopy(a, 0, out, 0, i);
        System.arraycopy(a, i + 1, out, i, a.length - i - 1);
        return out;
    }

    static long[] insert(long[] a, int i, long v) {
        long[] out = new long[a.length + 1];
        System.arraycopy(a, 0, out, 0, i);
        out[i] = v;
        System.arraycopy(a, i, out, i + 1, a.length - i);
        return out;
    }

    /** torch.FloatTensor-style names used in some of PyTorch's messages. */
    static String legacyTypeName(Tensor x) {
        return TypePromotion.scalarTypeName(x.dtype()) + "Tensor";
    }

    static boolean sameShape(Tensor a, Tensor b) { return Arrays.equals(a.shape, b.shape); }
}
