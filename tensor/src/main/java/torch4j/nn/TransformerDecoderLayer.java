package torch4j.nn;

import java.util.function.UnaryOperator;
import torch4j.Tensor;

/**
 * One layer of a Transformer decoder ({@code nn.TransformerDecoderLayer}): self-attention over
 * the target, attention over the encoder's output ("memory"), then a feed-forward block; each
 * added to its input with dropout and layer-normalised after ({@code norm_first=False}) or before
 * the block. Children, names, order and default initialisation are PyTorch 1.13's.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var layer = new TransformerDecoderLayer(8, 2, 16, 0.1);
 * jshell> layer.call(randn(4, 3, 8), randn(5, 3, 8)).shape()     // (T, N, E), memory (S, N, E)
 * $2 ==> torch.Size([4, 3, 8])
 * }</pre>
 */
public class TransformerDecoderLayer extends Module {
    /** The constructor's arguments (kept to build the copies of {@link TransformerDecoder}). */
    public final long dModel, nhead, dimFeedforward;
    /** Dropout probability everywhere in the layer. */
    public final double dropoutP;
    /** The layer norms' epsilon. */
    public final double layerNormEps;
    /** Whether inputs are (N, T, E). */
    public final boolean batchFirst;
    /** Whether the norms come before the blocks. */
    public final boolean normFirst;
    /** The feed-forward activation. */
    public final UnaryOperator<Tensor> activation;
    /** The children, in PyTorch's order. */
    public final MultiheadAttention selfAttn, multiheadAttn;
    public final Linear linear1;
    public final Dropout dropout;
    public final Linear linear2;
    public final LayerNorm norm1, norm2, norm3;
    public final Dropout dropout1, dropout2, dropout3;

    /** {@code nn.TransformerDecoderLayer(d_model, nhead)}: feed-forward 2048, dropout 0.1, relu. */
    public TransformerDecoderLayer(long dModel, long nhead) { this(dModel, nhead, 2048, 0.1); }

    /** {@code nn.TransformerDecoderLayer(d_model, nhead, dim_feedforward, dropout)}. */
    public TransformerDecoderLayer(long dModel, long nhead, long dimFeedforward, double dropout) {
        this(dModel, nhead, dimFeedforward, dropout, "relu", 1e-5, false, false);
    }

    /**
     * {@code nn.TransformerDecoderLayer(d_model, nhead, dim_feedforward, dropout, activation,
     * layer_norm_eps, batch_first, norm_first)} with activation "relu" or "gelu".
     *
     * @throws IllegalArgumentException "activation should be relu/gelu, not …"
     */
    public TransformerDecoderLayer(long dModel, long nhead, long dimFeedforward, double dropout, String activation,
                                   double layerNormEps, boolean batchFirst, boolean normFirst) {
        this(dModel, nhead, dimFeedforward, dropout, TransformerEncoderLayer.activationFn(activation), layerNormEps, batchFirst, normFirst);
    }

    /** As above with the activation a function. */
    public TransformerDecoderLayer(long dModel, long nhead, long dimFeedforward, double dropout, UnaryOperator<Tensor> activation,
                                   double layerNormEps, boolean batchFirst, boolean normFirst) {
        this.dModel = dModel;
        this.nhead = nhead;
        this.dimFeedforward = dimFeedforward;
        this.dropoutP = dropout;
        this.layerNormEps = layerNormEps;
        this.batchFirst = batchFirst;
        this.normFirst = normFirst;
        selfAttn = register("self_attn", new MultiheadAttention(dModel, nhead, dropout, true, false, false, null, null, batchFirst));
        multiheadAttn = register("multihead_attn", new MultiheadAttention(dModel, nhead, dropout, true, false, false, null, null, batchFirst));
        linear1 = register("linear1", new Linear(dModel, dimFeedforward));
        this.dropout = register("dropout", new Dropout(dropout));
        linear2 = register("linear2", new Linear(dimFeedforward, dModel));
        norm1 = register("norm1", new LayerNorm(new long[]{dModel}, layerNormEps, true));
        norm2 = register("norm2", new LayerNorm(new long[]{dModel}, layerNormEps, true));
        norm3 = register("norm3", new LayerNorm(new long[]{dModel}, layerNormEps, true));
        dropout1 = register("dropout1", new Dropout(dropout));
        dropout2 = register("dropout2", new Dropout(dropout));
        dropout3 = register("dropout3", new Dropout(dropout));
        this.activation = activation;
    }

    /** A deep copy as {@code copy.deepcopy} makes it: same configuration and values, nothing drawn. */
    TransformerDecoderLayer deepCopy() {
        return Clones.deepCopy(this, () -> new TransformerDecoderLayer(dModel, nhead, dimFeedforward, dropoutP, activation,
                layerNormEps, batchFirst, normFirst));
    }

    /** {@code layer(tgt, memory)}. */
    @Override public Tensor forward(Tensor tgt, Tensor memory) { return forward(tgt, memory, null, null, null, null); }

    /**
     * {@code layer(tgt, memory, tgt_mask, memory_mask, tgt_key_padding_mask,
     * memory_key_padding_mask)}; the masks may be null.
     */
    public Tensor forward(Tensor tgt, Tensor memory, Tensor tgtMask, Tensor memoryMask, Tensor tgtKeyPaddingMask, Tensor memoryKeyPaddingMask) {
        Tensor x = tgt;
        if (normFirst) {
            x = x.add(saBlock(norm1.call(x), tgtMask, tgtKeyPaddingMask));
            x = x.add(mhaBlock(norm2.call(x), memory, memoryMask, memoryKeyPaddingMask));
            x = x.add(ffBlock(norm3.call(x)));
        } else {
            x = norm1.call(x.add(saBlock(x, tgtMask, tgtKeyPaddingMask)));
            x = norm2.call(x.add(mhaBlock(x, memory, memoryMask, memoryKeyPaddingMask)));
            x = norm3.call(x.add(ffBlock(x)));
        }
        return x;
    }

    /** As {@link #forward(Tensor, Tensor, Tensor, Tensor, Tensor, Tensor)}, with hooks when every mask is null. */
    public Tensor call(Tensor tgt, Tensor memory, Tensor tgtMask, Tensor memoryMask, Tensor tgtKeyPaddingMask, Tensor memoryKeyPaddingMask) {
        if (tgtMask == null && memoryMask == null && tgtKeyPaddingMask == null && memoryKeyPaddingMask == null) return call(tgt, memory);
        return forward(tgt, memory, tgtMask, memoryMask, tgtKeyPaddingMask, memoryKeyPaddingMask);
    }

    private Tensor saBlock(Tensor x, Tensor attnMask, Tensor keyPaddingMask) {
        return dropout1.call(selfAttn.call(x, x, x, keyPaddingMask, false, attnMask).attnOutput());
    }

    private Tensor mhaBlock(Tensor x, Tensor mem, Tensor attnMask, Tensor keyPaddingMask) {
        return dropout2.call(multiheadAttn.call(x, mem, mem, keyPaddingMask, false, attnMask).attnOutput());
    }

    private Tensor ffBlock(Tensor x) {
        return dropout3.call(linear2.call(dropout.call(activation.apply(linear1.call(x)))));
    }
}
