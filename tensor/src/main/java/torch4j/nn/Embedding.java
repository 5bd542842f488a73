package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;
import torch4j.nn.functional.F;
import torch4j.nn.init.Init;

/**
 * A lookup table of {@code numEmbeddings} vectors of size {@code embeddingDim} ({@code nn.Embedding}):
 * int64 indices of any shape in, their rows out. The weight is drawn from N(0, 1) as PyTorch
 * does; a padding index row starts at zero and gets no gradient.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var emb = new Embedding(10, 3); emb.call(tensor(1L)).shape()
 * $1 ==> torch.Size([3])
 * }</pre>
 */
public class Embedding extends Module {
    /** The number of rows and the size of each. */
    public final long numEmbeddings, embeddingDim;
    /** The padding row (already made non-negative), or null. */
    public final Long paddingIdx;
    /** The largest norm looked-up rows are renormalised to, or null. */
    public final Double maxNorm;
    /** The p of the p-norm for maxNorm (default 2). */
    public final double normType;
    /** Whether each row's gradient is divided by its frequency in the mini-batch. */
    public final boolean scaleGradByFreq;
    /** The (numEmbeddings, embeddingDim) table. */
    public final Parameter weight;

    /** {@code nn.Embedding(num_embeddings, embedding_dim)}. */
    public Embedding(long numEmbeddings, long embeddingDim) { this(numEmbeddings, embeddingDim, null, null, 2.0); }

    /** {@code nn.Embedding(num_embeddings, embedding_dim, padding_idx)}; negative counts from the end. */
    public Embedding(long numEmbeddings, long embeddingDim, Long paddingIdx) { this(numEmbeddings, embeddingDim, paddingIdx, null, 2.0); }

    /** {@code nn.Embedding(num_embeddings, embedding_dim, padding_idx, max_norm, norm_type)}; nulls are None. */
    public Embedding(long numEmbeddings, long embeddingDim, Long paddingIdx, Double maxNorm, double normType) {
        this(numEmbeddings, embeddingDim, paddingIdx, maxNorm, normType, false, null);
    }

    /**
     * {@code nn.Embedding(num_embeddings, embedding_dim, padding_idx, max_norm, norm_type, scale_grad_by_freq)}:
     * with {@code scaleGradByFreq} the gradient of each looked-up row is divided by how often the
     * row occurs in the input.
     *
     * <pre>{@code
     * jshell> new Embedding(10, 3, null, null, 2.0, true)
     * $1 ==> Embedding(10, 3, scale_grad_by_freq=True)
     * }</pre>
     */
    public Embedding(long numEmbeddings, long embeddingDim, Long paddingIdx, Double maxNorm, double normType, boolean scaleGradByFreq) {
        this(numEmbeddings, embeddingDim, paddingIdx, maxNorm, normType, scaleGradByFreq, null);
    }

    private Embedding(long numEmbeddings, long embeddingDim, Long paddingIdx, Double maxNorm, double normType, boolean scaleGradByFreq,
                      Tensor pretrained) {
        this.numEmbeddings = numEmbeddings;
        this.embeddingDim = embeddingDim;
        if (paddingIdx != null && (paddingIdx >= numEmbeddings || paddingIdx < -numEmbeddings))
            throw new IllegalArgumentException("Padding_idx must be within num_embeddings");
        this.paddingIdx = paddingIdx == null ? null : paddingIdx < 0 ? paddingIdx + numEmbeddings : paddingIdx;
        this.maxNorm = maxNorm;
        this.normType = normType;
        this.scaleGradByFreq = scaleGradByFreq;
        this.weight = register("weight", new Parameter(pretrained != null ? pretrained : Torch.empty(numEmbeddings, embeddingDim)));
        if (pretrained == null) resetParameters();
    }

    /**
     * {@code nn.Embedding.from_pretrained(embeddings, freeze)}: a table holding {@code embeddings}
     * (shared, not copied), frozen (no grad) when {@code freeze}.
     */
    public static Embedding fromPretrained(Tensor embeddings, boolean freeze) {
        if (embeddings.dim() != 2) throw new IllegalArgumentException("Embeddings parameter is expected to be 2-dimensional");
        Embedding e = new Embedding(embeddings.size(0), embeddings.size(1), null, null, 2.0, false, embeddings);
        e.weight.requiresGrad_(!freeze);
        return e;
    }

    /** PyTorch's {@code reset_parameters}: N(0, 1), then the padding row zeroed. */
    public void resetParameters() {
        resetEmbeddings(weight, paddingIdx);
    }

    /** N(0, 1) into {@code weight}, then row {@code paddingIdx} (if any) zeroed: Embedding's and EmbeddingBag's initialisation. */
    static void resetEmbeddings(Tensor weight, Long paddingIdx) {
        try (var _ = GradMode.noGrad()) {
            Init.normal_(weight);
            if (paddingIdx != null) weight.get(paddingIdx).fill_(0.0);
        }
    }

    @Override public Tensor forward(Tensor input) { return F.embedding(input, weight, paddingIdx, maxNorm, normType, scaleGradByFreq); }

    @Override public String extraRepr() {
        StringBuilder s = new StringBuilder().append(numEmbeddings).append(", ").append(embeddingDim);
        if (paddingIdx != null) s.append(", padding_idx=").append(paddingIdx);
        if (maxNorm != null) s.append(", max_norm=").append(PyRepr.floatRepr(maxNorm));
        if (normType != 2) s.append(", norm_type=").append(PyRepr.floatRepr(normType));
        if (scaleGradByFreq) s.append(", scale_grad_by_freq=True");
        return s.toString();
    }
}
