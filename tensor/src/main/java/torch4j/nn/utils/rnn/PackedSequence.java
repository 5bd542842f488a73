package torch4j.nn.utils.rnn;

import torch4j.Tensor;

/**
 * A batch of variable-length sequences packed time step by time step ({@code
 * nn.utils.rnn.PackedSequence}): {@code data} holds the batchSizes[0] first elements, then the
 * batchSizes[1] second elements, and so on, of sequences sorted by decreasing length;
 * {@code sortedIndices} (null when the input was already sorted) says which sequence of the
 * original batch each column is, {@code unsortedIndices} is its inverse. Made by
 * {@link Rnn#packPaddedSequence} or {@link Rnn#packSequence}; RNN, LSTM and GRU accept it.
 *
 * <pre>{@code
 * jshell> Rnn.packSequence(List.of(tensor(1, 2, 3), tensor(4, 5)))
 * $1 ==> PackedSequence(data=tensor([1, 4, 2, 5, 3]), batch_sizes=tensor([2, 2, 1]), sorted_indices=None, unsorted_indices=None)
 * }</pre>
 */
public record PackedSequence(Tensor data, Tensor batchSizes, Tensor sortedIndices, Tensor unsortedIndices) {
    /** As PyTorch's constructor: {@code unsortedIndices} null is computed from {@code sortedIndices}. */
    public PackedSequence {
        if (unsortedIndices == null) unsortedIndices = Rnn.invertPermutation(sortedIndices);
    }

    /** {@code PackedSequence(data, batch_sizes)} of sorted sequences. */
    public PackedSequence(Tensor data, Tensor batchSizes) { this(data, batchSizes, null, null); }

    /** {@code PackedSequence(data, batch_sizes, sorted_indices)}: the inverse permutation is computed. */
    public PackedSequence(Tensor data, Tensor batchSizes, Tensor sortedIndices) { this(data, batchSizes, sortedIndices, null); }

    /** {@code packed.to(dtype)}: the data converted, the rest shared (this object when nothing changes). */
    public PackedSequence to(torch4j.DType dtype) {
        Tensor d = data.to(dtype);
        return d == data ? this : new PackedSequence(d, batchSizes, sortedIndices, unsortedIndices);
    }

    /**
     * {@code packed.to(device)}: the data and the sorting indices on {@code device} (the batch
     * sizes stay on the CPU, as in PyTorch); this object when nothing moves.
     */
    public PackedSequence to(torch4j.Device device) {
        Tensor d = data.to(device);
        if (d == data) return this;
        return new PackedSequence(d, batchSizes, sortedIndices == null ? null : sortedIndices.to(device),
                unsortedIndices == null ? null : unsortedIndices.to(device));
    }

    /** {@code packed.is_cuda}: whether the data is on a CUDA device. */
    public boolean isCuda() { return data.isCuda(); }

    /** The namedtuple's repr. */
    @Override public String toString() {
        return "PackedSequence(data=" + data + ", batch_sizes=" + batchSizes + ", sorted_indices=" + opt(sortedIndices)
                + ", unsorted_indices=" + opt(unsortedIndices) + ")";
    }

    private static String opt(Tensor t) { return t == null ? "None" : t.toString(); }
}
