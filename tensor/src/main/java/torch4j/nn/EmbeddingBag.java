package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * Sums, means or maxima of bags of embeddings ({@code nn.EmbeddingBag}) without building the
 * looked-up rows as a tensor of their own: int64 indices as a 1-D tensor with offsets (where each
 * bag starts) or as a 2-D tensor (one bag per row). The weight is drawn from N(0, 1) as PyTorch
 * does; a padding index row starts at zero and is left out of every bag. Gradients are dense
 * (there is no {@code sparse} option).
 *
 * <pre>{@code
 * jshell> manualSeed(0); var bag = new EmbeddingBag(10, 3, "sum"); bag.call(tensor(1L, 2L, 4L, 5L), tensor(0L, 2L)).shape()
 * $1 ==> torch.Size([2, 3])
 * jshell> bag
 * $2 ==> EmbeddingBag(10, 3, mode=sum)
 * }</pre>
 */
public class EmbeddingBag extends Module {
    /** The number of rows and the size of each. */
    public final long numEmbeddings, embeddingDim;
    /** The largest norm looked-up rows are renormalised to, or null. */
    public final Double maxNorm;
    /** The p of the p-norm for maxNorm (default 2). */
    public final double normType;
    /** Whether each row's gradient is divided by its frequency in the mini-batch (not with "max"). */
    public final boolean scaleGradByFreq;
    /** "sum", "mean" or "max". */
    public final String mode;
    /** Whether offsets carries one entry more, the end of the last bag. */
    public final boolean includeLastOffset;
    /** The padding row (already made non-negative), or null. */
    public final Long paddingIdx;
    /** The (numEmbeddings, embeddingDim) table. */
    public final Parameter weight;

    /** {@code nn.EmbeddingBag(num_embeddings, embedding_dim)}: mode "mean". */
    public EmbeddingBag(long numEmbeddings, long embeddingDim) { this(numEmbeddings, embeddingDim, null, 2.0, false, "mean", false, null, null); }

    /** {@code nn.EmbeddingBag(num_embeddings, embedding_dim, mode=...)}. */
    public EmbeddingBag(long numEmbeddings, long embeddingDim, String mode) { this(numEmbeddings, embeddingDim, null, 2.0, false, mode, false, null, null); }

    /** {@code nn.EmbeddingBag(num_embeddings, embedding_dim, max_norm, norm_type, scale_grad_by_freq, mode)}; null maxNorm is None. */
    public EmbeddingBag(long numEmbeddings, long embeddingDim, Double maxNorm, double normType, boolean scaleGradByFreq, String mode) {
        this(numEmbeddings, embeddingDim, maxNorm, normType, scaleGradByFreq, mode, false, null, null);
    }

    /**
     * {@code nn.EmbeddingBag(num_embeddings, embedding_dim, max_norm, norm_type, scale_grad_by_freq, mode,
     * include_last_offset=..., padding_idx=...)}; nulls are None, a negative padding index counts from the end.
     *
     * <pre>{@code
     * jshell> new EmbeddingBag(10, 3, null, 2.0, false, "max", true, -1L)
     * $1 ==> EmbeddingBag(10, 3, mode=max, padding_idx=9)
     * }</pre>
     *
     * @throws IllegalArgumentException "padding_idx must be within num_embeddings"
     */
    public EmbeddingBag(long numEmbeddings, long embeddingDim, Double maxNorm, double normType, boolean scaleGradByFreq, String mode,
                        boolean includeLastOffset, Long paddingIdx) {
        this(numEmbeddings, embeddingDim, maxNorm, normType, scaleGradByFreq, mode, includeLastOffset, paddingIdx, null);
    }

    private EmbeddingBag(long numEmbeddings, long embeddingDim, Double maxNorm, double normType, boolean scaleGradByFreq, String mode,
                         boolean includeLastOffset, Long paddingIdx, Tensor pretrained) {
        this.numEmbeddings = numEmbeddings;
        this.embeddingDim = embeddingDim;
        this.maxNorm = maxNorm;
        this.normType = normType;
        this.scaleGradByFreq = scaleGradByFreq;
        this.mode = mode;
        this.includeLastOffset = includeLastOffset;
        if (paddingIdx != null && (paddingIdx >= numEmbeddings || paddingIdx < -numEmbeddings))
            throw new IllegalArgumentException("padding_idx must be within num_embeddings");
        this.paddingIdx = paddingIdx == null ? null : paddingIdx < 0 ? paddingIdx + numEmbeddings : paddingIdx;
        this.weight = register("weight", new Parameter(pretrained != null ? pretrained : Torch.empty(numEmbeddings, embeddingDim)));
        if (pretrained == null) resetParameters();
    }

    /**
     * {@code nn.EmbeddingBag.from_pretrained(embeddings, freeze)}: mode "mean", a table holding
     * {@code embeddings} (shared, not copied), frozen (no grad) when {@code freeze}.
     */
    public static EmbeddingBag fromPretrained(Tensor embeddings, boolean freeze) {
        return fromPretrained(embeddings, freeze, null, 2.0, false, "mean", false, null);
    }

    /** {@code nn.EmbeddingBag.from_pretrained(embeddings)}: frozen, mode "mean". */
    public static EmbeddingBag fromPretrained(Tensor embeddings) { return fromPretrained(embeddings, true); }

    /**
     * {@code nn.EmbeddingBag.from_pretrained(embeddings, freeze, max_norm, norm_type, scale_grad_by_freq, mode,
     * include_last_offset=..., padding_idx=...)}: the padding row keeps its pretrained values, as in PyTorch.
     */
    public static EmbeddingBag fromPretrained(Tensor embeddings, boolean freeze, Double maxNorm, double normType, boolean scaleGradByFreq,
                                              String mode, boolean includeLastOffset, Long paddingIdx) {
        if (embeddings.dim() != 2) throw new IllegalArgumentException("Embeddings parameter is expected to be 2-dimensional");
        EmbeddingBag e = new EmbeddingBag(embeddings.size(0), embeddings.size(1), maxNorm, normType, scaleGradByFreq, mode,
                includeLastOffset, paddingIdx, embeddings);
        e.weight.requiresGrad_(!freeze);
        return e;
    }

    /** PyTorch's {@code reset_parameters}: N(0, 1), then the padding row zeroed. */
    public void resetParameters() {
        Embedding.resetEmbeddings(weight, paddingIdx);
    }

    /** A 2-D input: one bag per row. */
    @Override public Tensor forward(Tensor input) { return forward(input, null, null); }

    /** A 1-D input with the offsets where its bags start. */
    @Override public Tensor forward(Tensor input, Tensor offsets) { return forward(input, offsets, null); }

    /** {@code forward(input, offsets, per_sample_weights)}; offsets null for a 2-D input, weights only with mode "sum". */
    public Tensor forward(Tensor input, Tensor offsets, Tensor perSampleWeights) {
        return F.embeddingBag(input, weight, offsets, maxNorm, normType, scaleGradByFreq, mode, perSampleWeights, includeLastOffset, paddingIdx);
    }

    /** {@code bag(input, offsets, per_sample_weights)}, with the module's hooks. */
    public Tensor call(Tensor input, Tensor offsets, Tensor perSampleWeights) { return callWith(input, offsets, perSampleWeights); }

    @Override Tensor forwardMany(Tensor[] inputs) {
        if (inputs.length != 3) return super.forwardMany(inputs);
        return forward(inputs[0], inputs[1], inputs[2]);
    }

    @Override public String extraRepr() {
        StringBuilder s = new StringBuilder().append(numEmbeddings).append(", ").append(embeddingDim);
        if (maxNorm != null) s.append(", max_norm=").append(PyRepr.floatRepr(maxNorm));
        if (normType != 2) s.append(", norm_type=").append(PyRepr.floatRepr(normType));
        if (scaleGradByFreq) s.append(", scale_grad_by_freq=True");
        s.append(", mode=").append(mode);
        if (paddingIdx != null) s.append(", padding_idx=").append(paddingIdx);
        return s.toString();
    }
}
