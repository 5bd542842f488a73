package torch4j;

import torch4j.storage.Shapes;

/**
 * unique (sorted) and unique_consecutive, over all elements or over slices along a dim, composed
 * from sort, comparisons, masked_select and scatter: runs of equal values (or slices) become one,
 * with each input element's run number (inverse) and the run lengths (counts).
 */
final class Uniques {
    private Uniques() {}

    /** {@code x.unique(sorted=True, return_inverse, return_counts)} over all elements. */
    static Unique unique(Tensor x, boolean inverse, boolean counts) {
        Tensor flat = x.detach().reshape(-1);
        ValuesIndices s = flat.sort(true, 0, false);
        Unique runs = runs(s.values(), inverse || counts, counts);
        Tensor inv = null;
        if (inverse) {
            // each sorted element's run number, sent back to its place in the input
            inv = Torch.zeros(flat.shape().toLongArray(), DType.INT64, x.device()).scatter_(0, s.indices(), runs.inverse())
                    .reshape(x.shape().toLongArray());
        }
        return result(x, "Unique2Backward0", "_unique2", runs.values(), inv, runs.counts());
    }

    /** {@code x.unique_consecutive(return_inverse, return_counts)} over all elements. */
    static Unique uniqueConsecutive(Tensor x, boolean inverse, boolean counts) {
        Tensor flat = x.detach().reshape(-1);
        Unique runs = runs(flat, inverse, counts);
        Tensor inv = inverse ? runs.inverse().reshape(x.shape().toLongArray()) : null;
        return result(x, "UniqueConsecutiveBackward0", "unique_consecutive", runs.values(), inv, runs.counts());
    }

    /** Runs of equal neighbours in a 1-D tensor: their values, each element's run number, run lengths. */
    private static Unique runs(Tensor v, boolean wantRunIds, boolean counts) {
        long n = v.numel();
        if (n == 0) {
            Tensor e = Torch.zeros(new long[]{0}, DType.INT64, v.device());
            return new Unique(v.clone(), e, counts ? e.clone() : null);
        }
        Tensor starts = Torch.cat(java.util.List.of(Torch.ones(new long[]{1}, DType.BOOL, v.device()),
                v.narrow(0, 1, n - 1).ne(v.narrow(0, 0, n - 1))), 0);
        Tensor values = v.maskedSelect(starts);
        Tensor ids = wantRunIds || counts ? starts.toLong().cumsum(0).sub(1L) : null;
        Tensor c = counts ? Torch.zeros(new long[]{values.numel()}, DType.INT64, v.device())
                .scatterAdd_(0, ids, Torch.ones(new long[]{n}, DType.INT64, v.device())) : null;
        return new Unique(values, ids, c);
    }

    /** unique(dim) ({@code sorted} true) or unique_consecutive(dim): whole slices along {@code dim} compared. */
    static Unique uniqueDim(Tensor x, long dim, boolean sorted, boolean inverse, boolean counts) {
        if (x.dim() == 0) throw new IndexOutOfBoundsException("Dimension specified as " + dim + " but tensor has no dimensions");
        int d = Shapes.wrapDim(dim, x.dim());
        String node = sorted ? "UniqueDimBackward0" : "UniqueConsecutiveBackward0";
        String op = sorted ? "unique_dim" : "unique_consecutive";
        if (x.numel() == 0 && x.shape[d] != 0)
            throw new IllegalArgumentException("There are 0 sized dimensions, and they aren't selected, so unique cannot be applied");
        long n = x.shape[d];
        // one row per slice, the slice's elements in row-major order
        long[] perm = new long[x.dim()];
        perm[0] = d;
        for (int i = 0, k = 1; i < x.dim(); i++) if (i != d) perm[k++] = i;
        Tensor rows = x.detach().permute(perm).reshape(n, n == 0 ? 0 : x.numel() / n);
        Tensor order = Torch.arange(n).to(x.device());
        if (sorted && n > 0) {
            // lexicographic order of the rows: stable sorts by each column, last column first
            for (long c = rows.size(1) - 1; c >= 0; c--) {
                Tensor key = rows.select(1, c).indexSelect(0, order);
                order = order.indexSelect(0, key.sort(true, 0, false).indices());
            }
        }
        Tensor sortedRows = rows.indexSelect(0, order);
        Tensor starts = n == 0 ? Torch.zeros(new long[]{0}, DType.BOOL, x.device())
                : Torch.cat(java.util.List.of(Torch.ones(new long[]{1}, DType.BOOL, x.device()),
                        sortedRows.narrow(0, 1, n - 1).ne(sortedRows.narrow(0, 0, n - 1)).any(1)), 0);
        Tensor keep = starts.nonzero().reshape(-1);
        long[] outShape = x.shape().toLongArray();
        outShape[d] = keep.numel();
        Tensor values = x.detach().indexSelect(d, order.indexSelect(0, keep));
        Tensor ids = starts.toLong().cumsum(0).sub(1L);
        Tensor inv = inverse ? Torch.zeros(new long[]{n}, DType.INT64, x.device()).scatter_(0, order, ids) : null;
        Tensor c = counts ? Torch.zeros(new long[]{keep.numel()}, DType.INT64, x.device())
                .scatterAdd_(0, ids, Torch.ones(new long[]{n}, DType.INT64, x.device())) : null;
        return result(x, node, op, values, inv, c);
    }

    /** The values carry PyTorch's node that refuses backward when x requires grad. */
    private static Unique result(Tensor x, String node, String op, Tensor values, Tensor inverse, Tensor counts) {
        if (Recording.needed(x))
            values = Recording.attach(values, node, (n, g) -> {
                throw new IllegalArgumentException("the derivative for '" + op + "' is not implemented.");
            }, new Tensor[]{x});
        return new Unique(values, inverse, counts);
    }
}
