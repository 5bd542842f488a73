package torch4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import torch4j.storage.Shapes;
import torch4j.storage.StorageSize;

/**
 * Joining tensors along a dim ({@code cat}, {@code stack}) and cutting one into views
 * ({@code chunk}, {@code split}, {@code unbind}), with PyTorch 1.13's rules and messages.
 */
final class Joining {
    private Joining() {}

    /** PyTorch's legacy rule: a 1-D tensor of shape (0,) is skipped by cat whatever the other shapes. */
    private static boolean skipped(Tensor t) { return t.dim() == 1 && t.shape[0] == 0; }

    /**
     * {@code torch.cat}: the result dtype promotes over every input (skipped ones included); each
     * input is copied, converting, into its narrow() slot of the output.
     */
    static Tensor cat(List<Tensor> tensors, long dim) {
        if (Recording.needed(tensors)) return JoiningGrad.cat(tensors, dim);
        for (int i = 0; i < tensors.size(); i++)
            if (tensors.get(i).dim() == 0)
                throw new IllegalArgumentException("zero-dimensional tensor (at position " + i + ") cannot be concatenated");
        if (tensors.isEmpty()) throw new IllegalArgumentException("torch.cat(): expected a non-empty list of Tensors");
        int valid = -1;
        for (int i = 0; i < tensors.size() && valid < 0; i++) if (!skipped(tensors.get(i))) valid = i;
        Tensor[] all = tensors.toArray(Tensor[]::new);
        // Every input on one device, as CUDA's cat requires (PyTorch 1.13's meta cat lets CPU
        // tensors join meta ones; torch4j treats meta as the device it stands in for).
        Device device = Devices.strict(all);
        DType dtype = TypePromotion.resultType(all);
        if (valid < 0) return Tensor.allocate(dtype, new long[]{0}, device);
        Tensor first = tensors.get(valid);
        int d = Shapes.wrapDim(dim, first.dim());
        long total = 0;
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            if (skipped(t)) continue;
            checkShapeExceptDim(first, t, d, i);
            total += t.shape[d];
        }
        long[] shape = first.shape.clone();
        shape[d] = total;
        Tensor out = Tensor.allocate(dtype, shape, device);
        long at = 0;
        for (Tensor t : tensors) {
            if (skipped(t)) continue;
            long len = t.shape[d];
            if (len > 0 && t.numel() > 0) {
                Tensor slot = Views.narrow(out, d, at, len);
                Conversions.copy(slot.shape, Conversions.operand(slot), Conversions.operand(t));
            }
            at += len;
        }
        return out;
    }

    private static void checkShapeExceptDim(Tensor first, Tensor t, int d, int index) {
        if (first.dim() != t.dim())
            throw new IllegalArgumentException("Tensors must have same number of dimensions: got " + first.dim() + " and " + t.dim());
        for (int i = 0; i < first.dim(); i++)
            if (i != d && first.shape[i] != t.shape[i])
                throw new IllegalArgumentException("Sizes of tensors must match except in dimension " + d + ". Expected size "
                        + first.shape[i] + " but got size " + t.shape[i] + " for tensor number " + index + " in the list.");
    }

    /** {@code torch.stack}: cat of the inputs each unsqueezed at {@code dim} (which may be {@code ndim}). */
    static Tensor stack(List<Tensor> tensors, long dim) {
        if (Recording.needed(tensors)) return JoiningGrad.stack(tensors, dim);
        if (tensors.isEmpty()) throw new IllegalArgumentException("stack expects a non-empty TensorList");
        long[] entry = tensors.get(0).shape;
        int d = Shapes.wrapDim(dim, entry.length + 1);
        List<Tensor> parts = new ArrayList<>(tensors.size());
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            if (!Arrays.equals(t.shape, entry))
                throw new IllegalArgumentException("stack expects each tensor to be equal size, but got " + Shapes.str(entry)
                        + " at entry 0 and " + Shapes.str(t.shape) + " at entry " + i);
            parts.add(Views.unsqueeze(t, d));
        }
        return cat(parts, d);
    }

    /** {@code x.chunk(chunks, dim)}: pieces of ceil(size / chunks), so possibly fewer than {@code chunks}. */
    static List<Tensor> chunk(Tensor x, long chunks, long dim) {
        if (x.dim() == 0) throw new IllegalArgumentException("chunk expects at least a 1-dimensional tensor");
        if (chunks <= 0) throw new IllegalArgumentException("chunk expects `chunks` to be greater than 0, got: " + chunks);
        long size = x.shape[Shapes.wrapDim(dim, x.dim())];
        long splitSize = (size + chunks - 1) / chunks;
        if (splitSize == 0 && size == 0) {
            long[] sizes = new long[Math.toIntExact(chunks)];   // chunks empty pieces, as PyTorch keeps the count
            return splitWithSizes(x, sizes, dim);
        }
        return split(x, splitSize, dim);
    }

    /** {@code x.split(splitSize, dim)}: pieces of {@code splitSize}, the last one possibly shorter. */
    static List<Tensor> split(Tensor x, long splitSize, long dim) {
        if (Recording.needed(x)) return JoiningGrad.pieces("SplitBackward0", x, dim, false, () -> split(x, splitSize, dim));
        if (x.dim() == 0) throw new IllegalArgumentException("split expects at least a 1-dimensional tensor");
        if (splitSize < 0)
            throw new IllegalArgumentException("split expects split_size be non-negative, but got split_size=" + splitSize);
        int d = Shapes.wrapDim(dim, x.dim());
        long size = x.shape[d];
        if (splitSize == 0 && size != 0)
            throw new IllegalArgumentException("split_size can only be 0 if dimension size is 0, but got dimension size of " + size);
        long count = splitSize == 0 ? 1 : Math.max((size + splitSize - 1) / splitSize, 1);
        long last = splitSize - (splitSize * count - size);
        List<Tensor> out = new ArrayList<>(pieces("split", count));
        for (long i = 0; i < count; i++)
            out.add(Views.narrow(x, d, i * splitSize, i < count - 1 ? splitSize : last));
        return List.copyOf(out);
    }

    /** {@code x.split([sizes], dim)} (split_with_sizes): the sizes must sum to the dim's size. */
    static List<Tensor> splitWithSizes(Tensor x, long[] sizes, long dim) {
        if (Recording.needed(x)) return JoiningGrad.pieces("SplitWithSizesBackward0", x, dim, false, () -> splitWithSizes(x, sizes, dim));
        if (x.dim() == 0) throw new IllegalArgumentException("split expects at least a 1-dimensional tensor");
        int d = Shapes.wrapDim(dim, x.dim());
        long size = x.shape[d], sum = 0;
        for (long s : sizes) {
            if (s < 0) throw new IllegalArgumentException("split_with_sizes expects split_sizes have only non-negative entries,"
                    + " but got split_sizes=" + Arrays.toString(sizes));
            sum += s;
        }
        if (sum != size)
            throw new IllegalArgumentException("split_with_sizes expects split_sizes to sum exactly to " + size
                    + " (input tensor's size at dimension " + dim + "), but got split_sizes=" + Arrays.toString(sizes));
        List<Tensor> out = new ArrayList<>(sizes.length);
        long start = 0;
        for (long s : sizes) {
            out.add(Views.narrow(x, d, start, s));
            start += s;
        }
        return List.copyOf(out);
    }

    /** The number of views a split makes, refused when a Java list cannot hold them (a dim of a huge broadcast view). */
    private static int pieces(String op, long count) {
        if (count > StorageSize.MAX_ELEMENTS)
            throw new IllegalArgumentException(op + "(): " + count + " tensors are more than a Java list holds ("
                    + StorageSize.MAX_ELEMENTS + ")");
        return (int) count;
    }

    /** {@code x.unbind(dim)}: every index of {@code dim}, selected (the dim removed). */
    static List<Tensor> unbind(Tensor x, long dim) {
        if (Recording.needed(x)) return JoiningGrad.pieces("UnbindBackward0", x, dim, true, () -> unbind(x, dim));
        if (x.dim() == 0) throw new IndexOutOfBoundsException("Dimension specified as 0 but tensor has no dimensions");
        int d = Shapes.wrapDim(dim, x.dim());
        List<Tensor> out = new ArrayList<>(pieces("unbind", x.shape[d]));
        for (long i = 0; i < x.shape[d]; i++) out.add(Views.select(x, d, i));
        return List.copyOf(out);
    }
}
