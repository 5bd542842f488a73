package torch4j;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code embedding_bag}: the rows of the weight that a 1-D index tensor names, reduced per bag
 * (sum, mean or max) where 1-D offsets mark where each bag starts, as ATen's
 * {@code _embedding_bag} on the CPU: indices equal to the padding index are skipped (and not
 * counted in a mean), an empty bag gives zeros, the mean divides the sum by the bag's size, max
 * keeps the first largest value of each column, and with {@code include_last_offset} the last
 * offset ends the last bag. Its node is {@code EmbeddingBagBackward0}: ATen's dense backward
 * (each index's row gets its bag's gradient, scaled by the per-sample weight, 1 / count with
 * scale_grad_by_freq and 1 / bag size for a mean; max routes each column to its arg-max row) and
 * {@code _embedding_bag_per_sample_weights_backward} (the dot of the bag's gradient with the row).
 * As in PyTorch 1.13 neither gradient is differentiable again.
 */
final class NnEmbeddingBag {
    private NnEmbeddingBag() {}

    static final int SUM = 0, MEAN = 1, MAX = 2;

    /** Which bag each index falls in, and which indices count (in a bag, not padding). */
    private record Bags(int numBags, long[] bagOf, long[] bagSize, int[] kept, long[] idx) {
        Tensor keptIndices() {
            long[] v = new long[kept.length];
            for (int k = 0; k < v.length; k++) v[k] = idx[kept[k]];
            return Torch.from(v);
        }

        Tensor keptBags() {
            long[] v = new long[kept.length];
            for (int k = 0; k < v.length; k++) v[k] = bagOf[kept[k]];
            return Torch.from(v);
        }

        Tensor keptPositions() {
            long[] v = new long[kept.length];
            for (int k = 0; k < v.length; k++) v[k] = kept[k];
            return Torch.from(v);
        }
    }

    static Tensor embeddingBag(Tensor weight, Tensor indices, Tensor offsets, boolean scaleGradByFreq, int mode,
                               Tensor perSampleWeights, boolean includeLastOffset, Long paddingIdx) {
        checkIndexType(indices, 2);
        checkIndexType(offsets, 3);
        long num = weight.shape[0], dim = weight.shape[1];
        long padding = -1;
        if (paddingIdx != null) {
            if (paddingIdx < -num || paddingIdx >= num)
                throw new IllegalArgumentException("padding_idx must be within the number of embeddings, -" + num + " through "
                        + (num - 1) + ", but got " + paddingIdx);
            padding = paddingIdx < 0 ? paddingIdx + num : paddingIdx;
        }
        Bags bags = bags(indices.toLongArray(), offsets, includeLastOffset, padding, num);
        Tensor psw = perSampleWeights == null ? null : perSampleWeights.reshape(-1);
        boolean needed = Recording.needed(weight) || (psw != null && Recording.needed(psw));
        if (mode == MAX) {
            Tensor[] valuesAndArgmax = new Tensor[2];
            java.util.function.Supplier<Tensor> forward = () -> maxForward(weight, bags, dim, valuesAndArgmax);
            if (!needed) return forward.get();
            return Recording.record("EmbeddingBagBackward0", (n, g) -> new Tensor[]{
                    Recording.notDifferentiable(maxBackward(g, valuesAndArgmax[1], bags, num), "derivative for _embedding_bag_dense_backward is not implemented", g)},
                    forward, new Tensor[]{weight});
        }
        java.util.function.Supplier<Tensor> forward = () -> sumForward(weight, psw, bags, dim, mode == MEAN);
        if (!needed) return forward.get();
        double[] counts = scaleGradByFreq ? frequencyDivisors(bags.idx, num) : null;
        Tensor[] inputs = psw == null ? new Tensor[]{weight} : new Tensor[]{weight, psw};
        Tensor[] saved = psw == null ? new Tensor[]{weight} : new Tensor[]{weight, psw};
        return Recording.record("EmbeddingBagBackward0", (n, g) -> {
            Tensor[] grads = new Tensor[inputs.length];
            if (n.needs(0))
                grads[0] = Recording.notDifferentiable(denseBackward(g, psw == null ? null : n.saved(1), bags, counts, mode == MEAN, num),
                        "derivative for _embedding_bag_dense_backward is not implemented", g);
            if (psw != null && n.needs(1))
                grads[1] = Recording.notDifferentiable(perSampleWeightsBackward(g, n.saved(0), bags, psw.shape[0]),
                        "derivative for aten::_embedding_bag_per_sample_weights_backward is not implemented", g, n.saved(0));
            return grads;
        }, forward, inputs, saved);
    }

    private static void checkIndexType(Tensor t, int argument) {
        if (t.dtype() != DType.INT64 && t.dtype() != DType.INT32)
            throw new IllegalArgumentException("Expected tensor for argument #" + (argument - 1) + " '" + (argument == 2 ? "indices" : "offsets")
                    + "' to have one of the following scalar types: Long, Int; but got torch." + t.dtype().scalarTypeName()
                    + "Tensor instead (while checking arguments for embedding_bag)");
    }

    /** ATen's offset2bag (a cumulative sum of the offsets' marks), bag sizes from the offsets' differences, checks in its words. */
    private static Bags bags(long[] idx, Tensor offsetsTensor, boolean includeLastOffset, long padding, long num) {
        long[] off = offsetsTensor.toLongArray();
        int n = idx.length;
        if (includeLastOffset && off.length < 1) throw new IllegalArgumentException("include_last_offset: number of offset should be at least 1");
        int numBags = includeLastOffset ? off.length - 1 : off.length;
        if (off.length > 0 && off[0] != 0)
            throw new IllegalArgumentException("offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start from position 0. However, got "
                    + off[0] + "\n[ torch." + offsetsTensor.dtype().scalarTypeName() + "Tensor{} ]");
        if (off.length > 0 && off[off.length - 1] > n)
            throw new IllegalArgumentException("offsets[-1] can not be greater than input's length " + n + " but got offsets[-1] of " + off[off.length - 1]);
        long[] bagOf = new long[n + 1];
        for (long o : off) if (o >= 0 && o <= n) bagOf[(int) o]++;
        bagOf[0]--;
        for (int i = 1; i <= n; i++) bagOf[i] += bagOf[i - 1];
        long[] bagSize = new long[numBags];
        // ATen's make_bag_size: differences of the offsets, the last bag running to the end of the
        // input even when include_last_offset ends it earlier (its sum stops at the last offset)
        for (int b = 0; b < numBags; b++) bagSize[b] = (b + 1 < numBags ? off[b + 1] : n) - off[b];
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (idx[i] < 0 || idx[i] >= num)
                throw new IllegalArgumentException("embedding_bag: Expected idx >= 0 && idx < num_embeddings but found idx to be " + idx[i]);
            if (bagOf[i] < 0 || bagOf[i] >= numBags) continue;   // past the last offset with include_last_offset
            if (idx[i] == padding) bagSize[(int) bagOf[i]]--;
            else kept.add(i);
        }
        return new Bags(numBags, java.util.Arrays.copyOf(bagOf, n), bagSize, kept.stream().mapToInt(Integer::intValue).toArray(), idx);
    }

    private static Tensor sumForward(Tensor weight, Tensor psw, Bags bags, long dim, boolean mean) {
        Tensor rows = weight.indexSelect(0, bags.keptIndices().to(weight.device()));
        if (psw != null) rows = rows.mul(psw.indexSelect(0, bags.keptPositions().to(psw.device())).unsqueeze(1));
        Tensor out = Torch.zeros(new long[]{bags.numBags, dim}, weight.dtype()).to(weight.device())
                .indexAdd_(0, bags.keptBags().to(weight.device()), rows);
        if (!mean) return out;
        double[] divisor = new double[bags.numBags];
        for (int b = 0; b < divisor.length; b++) divisor[b] = Math.max(bags.bagSize[b], 1);
        return out.div_(Torch.from(divisor).to(weight.device(), weight.dtype()).unsqueeze(1));
    }

    /**
     * Each bag's rows laid out as (bags, longest bag, dim) with −inf in the unused slots, then max
     * over the slots; the arg-max slot is mapped back to its weight row (the max_indices ATen keeps).
     */
    private static Tensor maxForward(Tensor weight, Bags bags, long dim, Tensor[] valuesAndArgmax) {
        int[] fill = new int[bags.numBags];
        for (int k : bags.kept) fill[(int) bags.bagOf[k]]++;
        int longest = 1;
        for (int f : fill) longest = Math.max(longest, f);
        int kept = bags.kept.length;
        long[] slot = new long[bags.numBags * longest], word = new long[bags.numBags * longest];
        java.util.Arrays.fill(slot, kept);   // the −inf row
        int[] used = new int[bags.numBags];
        for (int k = 0; k < kept; k++) {
            int b = (int) bags.bagOf[bags.kept[k]];
            int at = b * longest + used[b]++;
            slot[at] = k;
            word[at] = bags.idx[bags.kept[k]];
        }
        Tensor rows = Torch.cat(List.of(weight.indexSelect(0, bags.keptIndices().to(weight.device())),
                Torch.full(new long[]{1, dim}, Double.NEGATIVE_INFINITY, weight.device()).to(weight.dtype())), 0);
        ValuesIndices max = rows.indexSelect(0, Torch.from(slot).to(weight.device())).view(bags.numBags, longest, dim).max(1);
        boolean[] empty = new boolean[bags.numBags];
        for (int b = 0; b < empty.length; b++) empty[b] = fill[b] == 0;
        Tensor emptyMask = Torch.from(empty).to(weight.device()).unsqueeze(1);
        valuesAndArgmax[1] = Torch.from(word).to(weight.device()).view(bags.numBags, longest).gather(1, max.indices()).maskedFill(emptyMask, -1L);
        return max.values().maskedFill(emptyMask, 0.0);
    }

    private static Tensor maxBackward(Tensor g, Tensor maxIndices, Bags bags, long num) {
        try (var _ = torch4j.autograd.GradMode.noGrad()) {
            Tensor nonEmpty = maxIndices.ge(0L);
            Tensor index = maxIndices.clampMin(0L);
            return Torch.zeros(new long[]{num, g.shape[1]}, g.dtype()).to(g.device())
                    .scatterAdd(0, index, g.mul(nonEmpty.to(g.dtype())));
        }
    }

    /**
     * The divisor scale_grad_by_freq applies to each weight row, as ATen 1.13's
     * {@code _embedding_bag_dense_backward_cpu_sum_mean} computes it: the indices sorted and grouped
     * by value, and group i divided by the count of the i-th sorted index (not of its own value; so
     * a row after a repeated one gets that one's count, which PyTorch 1.13 prints too).
     */
    private static double[] frequencyDivisors(long[] idx, long num) {
        long[] count = new long[(int) num];
        for (long i : idx) if (i >= 0 && i < num) count[(int) i]++;
        long[] sorted = idx.clone();
        java.util.Arrays.sort(sorted);
        double[] divisor = new double[(int) num];
        int group = 0;
        for (int j = 0; j < sorted.length; j++) {
            if (j > 0 && sorted[j] == sorted[j - 1]) continue;
            divisor[(int) sorted[j]] = count[(int) sorted[group++]];
        }
        return divisor;
    }

    /** Each kept index's row += its bag's gradient × scale, the scale computed in double as ATen's. */
    private static Tensor denseBackward(Tensor g, Tensor psw, Bags bags, double[] counts, boolean mean, long num) {
        try (var _ = torch4j.autograd.GradMode.noGrad()) {
            double[] w = psw == null ? null : psw.toDoubleArray();
            double[] scale = new double[bags.kept.length];
            for (int k = 0; k < scale.length; k++) {
                int i = bags.kept[k];
                double s = w == null ? 1.0 : w[i];
                if (counts != null) s /= counts[(int) bags.idx[i]];   // the row's divisor
                long size = bags.bagSize[(int) bags.bagOf[i]];
                if (mean && size != 0) s /= size;
                scale[k] = s;
            }
            Tensor rows = g.indexSelect(0, bags.keptBags().to(g.device())).mul(Torch.from(scale).to(g.device(), g.dtype()).unsqueeze(1));
            return Torch.zeros(new long[]{num, g.shape[1]}, g.dtype()).to(g.device()).indexAdd_(0, bags.keptIndices().to(g.device()), rows);
        }
    }

    /** Per sample: the dot of its bag's gradient with its weight row (0 for padding and samples in no bag). */
    private static Tensor perSampleWeightsBackward(Tensor g, Tensor weight, Bags bags, long samples) {
        try (var _ = torch4j.autograd.GradMode.noGrad()) {
            Tensor dots = g.indexSelect(0, bags.keptBags().to(g.device())).mul(weight.indexSelect(0, bags.keptIndices().to(g.device()))).sum(1);
            return Torch.zeros(new long[]{samples}, g.dtype()).to(g.device()).indexAdd_(0, bags.keptPositions().to(g.device()), dots);
        }
    }
}
