package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;
import torch4j.nn.functional.AttentionOutput;
import torch4j.nn.functional.F;
import torch4j.nn.init.Init;

/**
 * Multi-head attention ({@code nn.MultiheadAttention}): queries attend over key/value pairs in
 * {@code numHeads} subspaces of {@code embedDim / numHeads} dims each, then an output projection.
 * Parameters, their names and order, and their default initialisation (xavier-uniform projections,
 * zero biases, xavier-normal {@code bias_k}/{@code bias_v}) are PyTorch 1.13's, so the same seed
 * gives the same numbers and {@code stateDict()} keys load PyTorch-trained weights. Forward returns
 * {@code (attn_output, attn_output_weights)} as an {@link AttentionOutput}.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var mha = new MultiheadAttention(8, 2)
 * mha ==> MultiheadAttention(
 *   (out_proj): NonDynamicallyQuantizableLinear(in_features=8, out_features=8, bias=True)
 * )
 * jshell> var x = randn(5, 3, 8); var out = mha.call(x, x, x);      // (L, N, E): sequence first
 * jshell> out.attnOutput().shape() + " " + out.attnOutputWeights().shape()
 * $4 ==> "torch.Size([5, 3, 8]) torch.Size([3, 5, 5])"
 * }</pre>
 *
 * <p>PyTorch 1.13 takes a fused "fast path" in eval mode without autograd for batch-first
 * self-attention; torch4j computes every case the ordinary way, whose results agree with the fast
 * path's to float rounding. Calls with three or more arguments do not run forward hooks (the
 * hooks of {@link Module} see one- or two-tensor calls).
 */
public class MultiheadAttention extends Module {
    /** The model dimension, and the key and value feature dims (embedDim unless given). */
    public final long embedDim, kdim, vdim;
    /** Whether kdim and vdim equal embedDim (one packed in-projection weight). */
    public final boolean qkvSameEmbedDim;
    /** The number of heads and each head's dimension. */
    public final long numHeads, headDim;
    /** Dropout probability on the attention weights (training only). */
    public final double dropout;
    /** Whether inputs are (N, L, E) instead of (L, N, E). */
    public final boolean batchFirst;
    /** Whether a zero key/value is appended to each sequence. */
    public final boolean addZeroAttn;
    /** The packed (3·embedDim, embedDim) q/k/v projection; null when kdim or vdim differ. */
    public final Parameter inProjWeight;
    /** The separate projections when kdim or vdim differ: (E, E), (E, kdim), (E, vdim); else null. */
    public final Parameter qProjWeight, kProjWeight, vProjWeight;
    /** The (3·embedDim) in-projection bias, or null for {@code bias=False}. */
    public final Parameter inProjBias;
    /** The output projection. */
    public final NonDynamicallyQuantizableLinear outProj;
    /** The learned (1, 1, embedDim) key and value biases appended to the sequences, or null. */
    public final Parameter biasK, biasV;

    /** {@code nn.MultiheadAttention(embed_dim, num_heads)}. */
    public MultiheadAttention(long embedDim, long numHeads) { this(embedDim, numHeads, 0.0); }

    /** {@code nn.MultiheadAttention(embed_dim, num_heads, dropout)}. */
    public MultiheadAttention(long embedDim, long numHeads, double dropout) {
        this(embedDim, numHeads, dropout, true, false, false, null, null, false);
    }

    /**
     * {@code nn.MultiheadAttention(embed_dim, num_heads, dropout, bias, add_bias_kv, add_zero_attn,
     * kdim, vdim, batch_first)}; kdim and vdim null for embed_dim.
     *
     * @throws IllegalArgumentException "embed_dim must be divisible by num_heads"
     */
    public MultiheadAttention(long embedDim, long numHeads, double dropout, boolean bias, boolean addBiasKv, boolean addZeroAttn,
                              Long kdim, Long vdim, boolean batchFirst) {
        this.embedDim = embedDim;
        this.kdim = kdim != null ? kdim : embedDim;
        this.vdim = vdim != null ? vdim : embedDim;
        this.qkvSameEmbedDim = this.kdim == embedDim && this.vdim == embedDim;
        this.numHeads = numHeads;
        this.dropout = dropout;
        this.batchFirst = batchFirst;
        this.headDim = embedDim / numHeads;
        if (headDim * numHeads != embedDim) throw new IllegalArgumentException("embed_dim must be divisible by num_heads");
        // registration order is PyTorch's: it fixes the state_dict keys
        if (!qkvSameEmbedDim) {
            qProjWeight = register("q_proj_weight", new Parameter(Torch.empty(embedDim, embedDim)));
            kProjWeight = register("k_proj_weight", new Parameter(Torch.empty(embedDim, this.kdim)));
            vProjWeight = register("v_proj_weight", new Parameter(Torch.empty(embedDim, this.vdim)));
            registerParameter("in_proj_weight", null);
            inProjWeight = null;
        } else {
            inProjWeight = register("in_proj_weight", new Parameter(Torch.empty(3 * embedDim, embedDim)));
            registerParameter("q_proj_weight", null);
            registerParameter("k_proj_weight", null);
            registerParameter("v_proj_weight", null);
            qProjWeight = kProjWeight = vProjWeight = null;
        }
        if (bias) inProjBias = register("in_proj_bias", new Parameter(Torch.empty(3 * embedDim)));
        else {
            registerParameter("in_proj_bias", null);
            inProjBias = null;
        }
        outProj = register("out_proj", new NonDynamicallyQuantizableLinear(embedDim, embedDim, bias));
        if (addBiasKv) {
            biasK = register("bias_k", new Parameter(Torch.empty(1, 1, embedDim)));
            biasV = register("bias_v", new Parameter(Torch.empty(1, 1, embedDim)));
        } else {
            biasK = biasV = null;   // plain None attributes in PyTorch: not registered
        }
        this.addZeroAttn = addZeroAttn;
        resetParameters();
    }

    /** PyTorch's {@code _reset_parameters}, drawing in its order from the global generator. */
    public void resetParameters() {
        try (var _ = GradMode.noGrad()) {
            if (qkvSameEmbedDim) Init.xavierUniform_(inProjWeight);
            else {
                Init.xavierUniform_(qProjWeight);
                Init.xavierUniform_(kProjWeight);
                Init.xavierUniform_(vProjWeight);
            }
            if (inProjBias != null) {
                Init.constant_(inProjBias, 0.);
                Init.constant_(outProj.bias, 0.);
            }
            if (biasK != null) Init.xavierNormal_(biasK);
            if (biasV != null) Init.xavierNormal_(biasV);
        }
    }

    /**
     * {@code mha(query, key, value)}: attention weights returned, averaged over the heads.
     * Shapes (L, N, E) for the query and (S, N, kdim), (S, N, vdim) for key and value ((N, L, E)
     * with {@code batchFirst}), or unbatched (L, E), (S, kdim), (S, vdim).
     */
    public AttentionOutput call(Tensor query, Tensor key, Tensor value) { return forward(query, key, value, null, true, null, true); }

    /** {@code mha(query, key, value, key_padding_mask, need_weights, attn_mask)}. */
    public AttentionOutput call(Tensor query, Tensor key, Tensor value, Tensor keyPaddingMask, boolean needWeights, Tensor attnMask) {
        return forward(query, key, value, keyPaddingMask, needWeights, attnMask, true);
    }

    /** {@code mha(query, key, value, key_padding_mask, need_weights, attn_mask, average_attn_weights)}. */
    public AttentionOutput call(Tensor query, Tensor key, Tensor value, Tensor keyPaddingMask, boolean needWeights, Tensor attnMask,
                                boolean averageAttnWeights) {
        return forward(query, key, value, keyPaddingMask, needWeights, attnMask, averageAttnWeights);
    }

    /** As {@link #call(Tensor, Tensor, Tensor)}. */
    public AttentionOutput forward(Tensor query, Tensor key, Tensor value) { return forward(query, key, value, null, true, null, true); }

    /**
     * PyTorch's {@code forward(query, key, value, key_padding_mask=None, need_weights=True,
     * attn_mask=None, average_attn_weights=True)}; the masks may be null. See
     * {@link F#multiHeadAttentionForward} for the mask kinds.
     */
    public AttentionOutput forward(Tensor query, Tensor key, Tensor value, Tensor keyPaddingMask, boolean needWeights, Tensor attnMask,
                                   boolean averageAttnWeights) {
        boolean isBatched = query.dim() == 3;
        if (keyPaddingMask != null && keyPaddingMask.dtype() != torch4j.DType.BOOL && !keyPaddingMask.isFloatingPoint())
            throw new IllegalArgumentException("only bool and floating types of key_padding_mask are supported");
        if (batchFirst && isBatched) {
            // transpose once per distinct tensor, so "key is value" and "query is key" still hold
            if (key == value) {
                if (query == key) query = key = value = query.transpose(1, 0);
                else {
                    query = query.transpose(1, 0);
                    key = value = key.transpose(1, 0);
                }
            } else {
                query = query.transpose(1, 0);
                key = key.transpose(1, 0);
                value = value.transpose(1, 0);
            }
        }
        AttentionOutput out = F.multiHeadAttentionForward(query, key, value, embedDim, numHeads, inProjWeight, inProjBias, biasK, biasV,
                addZeroAttn, dropout, outProj.weight, outProj.bias, training, keyPaddingMask, needWeights, attnMask,
                !qkvSameEmbedDim, qProjWeight, kProjWeight, vProjWeight, null, null, averageAttnWeights);
        return batchFirst && isBatched ? new AttentionOutput(out.attnOutput().transpose(1, 0), out.attnOutputWeights()) : out;
    }

    /** Attention needs a query, a key and a value: Python's TypeError for a one-tensor call. */
    @Override public Tensor forward(Tensor input) {
        throw new IllegalArgumentException("forward() missing 2 required positional arguments: 'key' and 'value'");
    }

    /** Attention needs a query, a key and a value: Python's TypeError for a two-tensor call. */
    @Override public Tensor forward(Tensor input, Tensor other) {
        throw new IllegalArgumentException("forward() missing 1 required positional argument: 'value'");
    }
}
