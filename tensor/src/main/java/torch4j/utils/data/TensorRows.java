package torch4j.utils.data;

import torch4j.Tensor;
import torch4j.Torch;

/**
 * The fast path of default collation over a {@link TensorDataset} (directly or through
 * {@link Subset}s): one {@code index_select} per tensor instead of a row view per item and a
 * {@code stack}. The values, shape, dtype and layout are the same (both give a new contiguous
 * tensor), which keeps the loader's cost near that of pre-batched tensors (see
 * {@code DataLoaderBench}). It stands aside, and the items are fetched and stacked as in
 * PyTorch, when an index is out of range (so PyTorch's error comes out) or a tensor requires
 * grad (so the batch gets {@code StackBackward0} as in PyTorch).
 */
final class TensorRows {
    private final Tensor[] tensors;
    private final int[] rowOf; // item index -> row of the tensors; null for the identity
    private final int size;

    private TensorRows(Tensor[] tensors, int[] rowOf, int size) {
        this.tensors = tensors;
        this.rowOf = rowOf;
        this.size = size;
    }

    /** The rows behind {@code dataset}, or null when it is not a TensorDataset seen through Subsets. */
    static TensorRows of(Dataset<?> dataset) {
        int[] map = null;
        Dataset<?> d = dataset;
        while (d instanceof Subset<?> s) {
            int[] level = s.indicesView();
            int parent = s.dataset().size();
            int[] next = new int[map == null ? level.length : map.length];
            for (int i = 0; i < next.length; i++) {
                int at = map == null ? i : map[i];
                int row = level[at];
                if (row < 0 || row >= parent) return null; // Python-style negative indices: the plain path
                next[i] = row;
            }
            map = next;
            d = s.dataset();
        }
        if (!(d instanceof TensorDataset td)) return null;
        return new TensorRows(td.tensorsView(), map, dataset.size());
    }

    /** The batch {@code default_collate} would make for these items, or null to take the plain path. */
    Tensor[] gather(int[] indices) {
        for (Tensor t : tensors) if (t.requiresGrad()) return null;
        long[] rows = new long[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= size) return null;
            rows[k] = rowOf == null ? i : rowOf[i];
        }
        Tensor index = Torch.from(rows);
        Tensor[] out = new Tensor[tensors.length];
        for (int c = 0; c < tensors.length; c++) out[c] = tensors[c].indexSelect(0, index);
        return out;
    }
}
