package torch4j.utils.data;

import java.util.Arrays;
import torch4j.Tensor;

/**
 * PyTorch's {@code TensorDataset}: item i is the row i of every tensor (indexing along the first
 * dimension), as a {@code Tensor[]} in the order the tensors were given.
 *
 * <pre>{@code
 * jshell> var ds = new TensorDataset(arange(3), arange(3).mul(10)); Arrays.toString(ds.get(2))
 * $1 ==> "[tensor(2), tensor(20)]"
 * }</pre>
 */
public final class TensorDataset implements Dataset<Tensor[]> {
    private final Tensor[] tensors;

    /**
     * @throws IllegalArgumentException "Size mismatch between tensors" when the first dimensions
     *         differ (PyTorch's assertion)
     */
    public TensorDataset(Tensor... tensors) {
        if (tensors.length == 0) throw new IllegalArgumentException("TensorDataset needs at least one tensor");
        for (Tensor t : tensors) {
            if (t.size(0) != tensors[0].size(0)) {
                throw new IllegalArgumentException("Size mismatch between tensors");
            }
        }
        this.tensors = tensors.clone();
    }

    @Override
    public Tensor[] get(int index) {
        Tensor[] row = new Tensor[tensors.length];
        for (int i = 0; i < tensors.length; i++) row[i] = tensors[i].select(0, index);
        return row;
    }

    @Override
    public int size() {
        return Math.toIntExact(tensors[0].size(0));
    }

    /** The wrapped tensors ({@code .tensors}). */
    public Tensor[] tensors() {
        return tensors.clone();
    }

    /** The tensors themselves, not a copy of the array, for the loader's fast path. */
    Tensor[] tensorsView() {
        return tensors;
    }

    @Override
    public String toString() {
        return "TensorDataset(" + Arrays.stream(tensors).map(t -> t.shape().toString()).toList() + ")";
    }
}
