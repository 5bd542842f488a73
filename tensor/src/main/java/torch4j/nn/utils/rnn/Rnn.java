package torch4j.nn.utils.rnn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * {@code torch.nn.utils.rnn}: padding a list of variable-length sequences into one tensor and
 * packing it into a {@link PackedSequence} for RNN, LSTM and GRU, and back.
 *
 * <pre>{@code
 * jshell> var padded = Rnn.padSequence(List.of(tensor(1., 2., 3.), tensor(4., 5.)), true, 0)
 * padded ==> tensor([[1., 2., 3.],
 *                    [4., 5., 0.]])
 * jshell> var packed = Rnn.packPaddedSequence(padded, new long[]{3, 2}, true, true)
 * packed ==> PackedSequence(data=tensor([1., 4., 2., 5., 3.]), batch_sizes=tensor([2, 2, 1]), sorted_indices=None, unsorted_indices=None)
 * jshell> Rnn.padPackedSequence(packed, true).get(0)
 * $3 ==> tensor([[1., 2., 3.],
 *                [4., 5., 0.]])
 * }</pre>
 */
public final class Rnn {
    private Rnn() {}

    /** {@code invert_permutation}: the inverse of a permutation of 0..n−1 (null stays null). */
    public static Tensor invertPermutation(Tensor permutation) {
        if (permutation == null) return null;
        Tensor output = Torch.emptyLike(permutation);
        return output.scatter_(0, permutation, Torch.arange(0L, permutation.numel(), 1L, torch4j.TensorOptions.device(permutation.device())));
    }

    // ---------------------------------------------------------------- pad_sequence

    /** {@code pad_sequence(sequences)}: (max_len, batch, *) padded with zeros. */
    public static Tensor padSequence(List<Tensor> sequences) { return padSequence(sequences, false, 0); }

    /**
     * {@code pad_sequence(sequences, batch_first, padding_value)}: stacks sequences of shape
     * (L_i, *) into (max_len, batch, *), or (batch, max_len, *) with {@code batchFirst}, filling
     * the rest with {@code paddingValue}. Gradients flow back to each sequence ({@code CopySlices}).
     */
    public static Tensor padSequence(List<Tensor> sequences, boolean batchFirst, double paddingValue) {
        if (sequences.isEmpty()) throw new IllegalArgumentException("received an empty list of sequences");
        long[] first = sequences.get(0).shape().toLongArray();
        long maxLen = 0;
        for (Tensor s : sequences) maxLen = Math.max(maxLen, s.size(0));
        long[] outDims = new long[first.length + 1];
        outDims[0] = batchFirst ? sequences.size() : maxLen;
        outDims[1] = batchFirst ? maxLen : sequences.size();
        System.arraycopy(first, 1, outDims, 2, first.length - 1);
        Tensor out = Torch.full(outDims, paddingValue, torch4j.TensorOptions.device(sequences.get(0).device()).withDtype(sequences.get(0).dtype()));
        for (int i = 0; i < sequences.size(); i++) {
            Tensor seq = sequences.get(i);
            long length = seq.size(0);
            if (batchFirst) out.select(0, i).narrow(0, 0, length).copy_(seq);
            else out.narrow(0, 0, length).select(1, i).copy_(seq);
        }
        return out;
    }

    // ---------------------------------------------------------------- pack_padded_sequence

    /** {@code pack_padded_sequence(input, lengths)}: time-major input, lengths sorted decreasingly. */
    public static PackedSequence packPaddedSequence(Tensor input, long[] lengths) { return packPaddedSequence(input, Torch.tensor(lengths), false, true); }

    /** {@code pack_padded_sequence(input, lengths, batch_first, enforce_sorted)} with the lengths as numbers. */
    public static PackedSequence packPaddedSequence(Tensor input, long[] lengths, boolean batchFirst, boolean enforceSorted) {
        return packPaddedSequence(input, Torch.tensor(lengths), batchFirst, enforceSorted);
    }

    /** {@code pack_padded_sequence(input, lengths)} with the lengths as a tensor. */
    public static PackedSequence packPaddedSequence(Tensor input, Tensor lengths) { return packPaddedSequence(input, lengths, false, true); }

    /**
     * {@code pack_padded_sequence(input, lengths, batch_first, enforce_sorted)}: packs a padded
     * batch (T, B, *), or (B, T, *) with {@code batchFirst}, whose sequence b has lengths[b]
     * valid steps. With {@code enforceSorted} the lengths must decrease; otherwise the batch is
     * sorted here and the permutation kept in the result.
     *
     * @throws IllegalArgumentException PyTorch's messages for unsorted or non-positive lengths,
     *         a length count that is not the batch size, or an empty input
     */
    public static PackedSequence packPaddedSequence(Tensor input, Tensor lengths, boolean batchFirst, boolean enforceSorted) {
        lengths = lengths.to(Torch.int64);
        Tensor sortedIndices = null;
        if (!enforceSorted) {
            var sorted = lengths.sort(-1, true);
            lengths = sorted.values();
            sortedIndices = sorted.indices();
            input = input.indexSelect(batchFirst ? 0 : 1, sortedIndices);
        }
        if (input.numel() <= 0) throw new IllegalArgumentException("Cannot pack empty tensors.");
        if (batchFirst) input = input.transpose(0, 1);
        if (lengths.dim() != 1)
            throw new IllegalArgumentException("'lengths' argument should be a 1D CPU int64 tensor, but got " + lengths.dim() + "D cpu Long tensor");
        long batchSize = input.size(1);
        long[] lens = lengths.toLongArray();
        if (lens.length != batchSize)
            throw new IllegalArgumentException("Expected `len(lengths)` to be equal to batch_size, but got " + lens.length + " (batch_size=" + batchSize + ")");
        if (lens[(int) batchSize - 1] <= 0)
            throw new IllegalArgumentException("Length of all samples has to be greater than 0, but found an element in 'lengths' that is <= 0");
        for (int i = 0; i < batchSize - 1; i++) {
            if (lens[(int) batchSize - 1 - i] > lens[(int) batchSize - 2 - i])
                throw new IllegalArgumentException("`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. You can pass "
                        + "`enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to sidestep this requirement if you do not need ONNX exportability.");
        }
        long[] stepShape = input.shape().toLongArray();
        stepShape = Arrays.copyOfRange(stepShape, 1, stepShape.length);
        stepShape[0] = -1;
        List<Tensor> steps = new ArrayList<>();
        long[] batchSizes = new long[(int) lens[0]];
        int next = 0;
        long prev = 0;
        // Scanning from the shortest sequence, each time the length grows the block of steps
        // prev..l of the sequences at least that long is appended whole (ATen's loop).
        for (int i = 0; i < batchSize; i++) {
            long l = lens[(int) batchSize - 1 - i];
            if (l > prev) {
                long current = batchSize - i;
                steps.add(input.narrow(0, prev, l - prev).narrow(1, 0, current).contiguous().view(stepShape));
                for (long j = 0; j < l - prev; j++) batchSizes[next++] = current;
                prev = l;
            }
        }
        return new PackedSequence(Torch.cat(steps, 0), Torch.tensor(batchSizes), sortedIndices, null);
    }

    // ---------------------------------------------------------------- pad_packed_sequence

    /** {@code pad_packed_sequence(sequence)}: time-major, zero padding; returns [padded, lengths]. */
    public static List<Tensor> padPackedSequence(PackedSequence sequence) { return padPackedSequence(sequence, false, 0, -1); }

    /** {@code pad_packed_sequence(sequence, batch_first)}. */
    public static List<Tensor> padPackedSequence(PackedSequence sequence, boolean batchFirst) { return padPackedSequence(sequence, batchFirst, 0, -1); }

    /**
     * {@code pad_packed_sequence(sequence, batch_first, padding_value, total_length)}: the inverse
     * of packing, returning the padded batch and the int64 lengths, both in the original batch
     * order. {@code totalLength} &lt; 0 means None (pad to the longest sequence).
     *
     * @throws IllegalArgumentException when totalLength is shorter than the longest sequence
     */
    public static List<Tensor> padPackedSequence(PackedSequence sequence, boolean batchFirst, double paddingValue, long totalLength) {
        long[] batchSizes = sequence.batchSizes().toLongArray();
        int maxReal = batchSizes.length;
        long maxSeqLength = maxReal;
        if (totalLength >= 0) {
            if (totalLength < maxSeqLength)
                throw new IllegalArgumentException("Expected total_length to be at least the length of the longest sequence in input, but got total_length="
                        + totalLength + " and max sequence length being " + maxSeqLength);
            maxSeqLength = totalLength;
        }
        Tensor data = sequence.data();
        long maxBatch = batchSizes[0];
        long[] outSize = new long[data.dim() + 1];
        outSize[0] = maxSeqLength;
        outSize[1] = maxBatch;
        long[] viewSize = outSize.clone();
        for (int d = 1; d < data.dim(); d++) outSize[d + 1] = data.size(d);
        System.arraycopy(outSize, 2, viewSize, 2, outSize.length - 2);
        Tensor output = Torch.full(outSize, paddingValue, torch4j.TensorOptions.device(data.device()).withDtype(data.dtype()));
        long[] lengths = new long[(int) maxBatch];
        int lengthAt = (int) maxBatch - 1;
        long dataOffset = 0, prevBatch = maxBatch;
        int prevI = 0;
        // Blocks of equal batch size are copied whole; a drop in batch size ends that many sequences.
        for (int i = 0; i <= maxReal; i++) {
            long batch = i != maxReal ? batchSizes[i] : 0;
            if (batch != prevBatch) {
                long l = prevBatch * (i - prevI);
                viewSize[0] = i - prevI;
                viewSize[1] = prevBatch;
                output.narrow(0, prevI, i - prevI).narrow(1, 0, prevBatch).copy_(data.narrow(0, dataOffset, l).view(viewSize));
                dataOffset += l;
                prevI = i;
            }
            for (long j = 0; j < prevBatch - batch; j++) lengths[lengthAt--] = i;
            prevBatch = batch;
        }
        if (batchFirst) output = output.transpose(0, 1);
        Tensor lengthsT = Torch.tensor(lengths);
        Tensor unsorted = sequence.unsortedIndices();
        if (unsorted != null) return List.of(output.indexSelect(batchFirst ? 0 : 1, unsorted), lengthsT.indexSelect(0, unsorted));
        return List.of(output, lengthsT);
    }

    // ---------------------------------------------------------------- pack_sequence

    /** {@code pack_sequence(sequences)}: sequences sorted by decreasing length. */
    public static PackedSequence packSequence(List<Tensor> sequences) { return packSequence(sequences, true); }

    /** {@code pack_sequence(sequences, enforce_sorted)}: pads then packs a list of (L_i, *) sequences. */
    public static PackedSequence packSequence(List<Tensor> sequences, boolean enforceSorted) {
        long[] lengths = new long[sequences.size()];
        for (int i = 0; i < lengths.length; i++) lengths[i] = sequences.get(i).size(0);
        return packPaddedSequence(padSequence(sequences), Torch.tensor(lengths), false, enforceSorted);
    }
}
