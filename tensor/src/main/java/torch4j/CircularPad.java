package torch4j;

/**
 * {@code F.pad(x, pad, "circular")} as ATen 1.13's {@code _pad_circular}: a new (N, C, *) tensor,
 * the (cropped) input copied into its middle, then each padded border copied from the opposite
 * side of the result, last dim first (so corners wrap in both dims). Every write is a
 * {@code copy_} into a slice of the result, so autograd records {@code CopySlices} exactly as
 * PyTorch does and the backward (and double backward) come from the copies' own.
 */
final class CircularPad {
    private CircularPad() {}

    /** {@code pad} holds (before, after) pairs for the last dim, then the one before, …; {@code x} is (N, C) plus pad.length / 2 dims. */
    static Tensor pad(Tensor x, long[] pad) {
        long[] in = x.shape;
        int spatial = in.length - 2;
        if (pad.length + 4 != in.length * 2)
            throw new IllegalArgumentException("Invalid padding size, expected " + spatial * 2 + " but got " + pad.length);
        long[] outShape = in.clone();
        for (int d = 2; d < in.length; d++) {
            long before = before(pad, d, in.length), after = after(pad, d, in.length);
            outShape[d] = in[d] + before + after;
            if (before > in[d] || after > in[d]) throw new IllegalArgumentException("Padding value causes wrapping around more than once.");
            if (outShape[d] < 0) throw new IllegalArgumentException("Negative padding value is resulting in an empty dimension");
        }
        boolean empty = torch4j.storage.Shapes.numel(outShape) == 0;
        if (!empty) {
            for (int d = 2; d < in.length; d++) {
                // ATen copies a border from the result itself: a border longer than what is left after
                // cropping would read the border being written (an overlap error, or unset memory)
                long before = before(pad, d, in.length), after = after(pad, d, in.length);
                long kept = in[d] + Math.min(before, 0) + Math.min(after, 0);
                if (before > kept || after > kept)
                    throw new IllegalArgumentException("unsupported operation: some elements of the input tensor and the written-to tensor"
                            + " refer to a single memory location. Please clone() the tensor before performing the operation.");
            }
        }
        Tensor out = x.allocateLike(x.dtype(), outShape);
        Tensor middle = out, source = x;
        for (int d = 2; d < in.length; d++) {
            long before = before(pad, d, in.length), after = after(pad, d, in.length);
            middle = middle.slice(d, Math.max(before, 0), outShape[d] - Math.max(after, 0), 1);
            source = source.slice(d, Math.max(-before, 0), in[d] - Math.max(-after, 0), 1);
        }
        middle.copy_(source);
        if (empty) return out;
        for (int d = in.length - 1; d >= 2; d--) {
            long before = before(pad, d, in.length), after = after(pad, d, in.length), size = outShape[d];
            long left = Math.max(before, 0), right = Math.max(after, 0);
            if (before > 0) out.slice(d, 0, before, 1).copy_(out.slice(d, size - before - right, size - right, 1));
            if (after > 0) out.slice(d, size - after, size, 1).copy_(out.slice(d, left, left + after, 1));
        }
        return out;
    }

    private static long before(long[] pad, int dim, int dims) { return pad[2 * (dims - 1 - dim)]; }

    private static long after(long[] pad, int dim, int dims) { return pad[2 * (dims - 1 - dim) + 1]; }
}
