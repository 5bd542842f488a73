package torch4j.nn;

import java.util.function.UnaryOperator;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * One layer of a Transformer encoder ({@code nn.TransformerEncoderLayer}): self-attention then a
 * feed-forward block (linear1, activation, dropout, linear2), each added to its input with
 * dropout and layer-normalised after the sum ({@code norm_first=False}, as in "Attention Is All
 * You Need") or before the block ({@code norm_first=True}). Children, their names and order, and
 * the draws of their default initialisation are PyTorch 1.13's.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var layer = new TransformerEncoderLayer(8, 2, 16, 0.1);
 * jshell> layer.call(randn(5, 3, 8)).shape()          // (S, N, E)
 * $2 ==> torch.Size([5, 3, 8])
 * }</pre>
 *
 * <p>In eval mode without autograd PyTorch 1.13 runs a fused kernel
 * ({@code torch._transformer_encoder_layer_fwd}); torch4j computes the same layer the ordinary
 * way, which agrees with it to float rounding.
 */
public class TransformerEncoderLayer extends Module {
    /** The constructor's arguments (kept to build the copies of {@link TransformerEncoder}). */
    public final long dModel, nhead, dimFeedforward;
    /** Dropout probability (attention weights, feed-forward, both residual branches). */
    public final double dropoutP;
    /** The layer norms' epsilon. */
    public final double layerNormEps;
    /** Whether inputs are (N, S, E). */
    public final boolean batchFirst;
    /** Whether the norms come before the blocks. */
    public final boolean normFirst;
    /** The feed-forward activation (F.relu, F.gelu or the given function). */
    public final UnaryOperator<Tensor> activation;
    /** PyTorch's {@code activation_relu_or_gelu}: 1 for "relu", 2 for "gelu", 0 for a function of one's own. */
    public final int activationReluOrGelu;
    /** The children, in PyTorch's order. */
    public final MultiheadAttention selfAttn;
    public final Linear linear1;
    public final Dropout dropout;
    public final Linear linear2;
    public final LayerNorm norm1, norm2;
    public final Dropout dropout1, dropout2;

    /** {@code nn.TransformerEncoderLayer(d_model, nhead)}: feed-forward 2048, dropout 0.1, relu. */
    public TransformerEncoderLayer(long dModel, long nhead) { this(dModel, nhead, 2048, 0.1); }

    /** {@code nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward, dropout)}. */
    public TransformerEncoderLayer(long dModel, long nhead, long dimFeedforward, double dropout) {
        this(dModel, nhead, dimFeedforward, dropout, "relu", 1e-5, false, false);
    }

    /**
     * {@code nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward, dropout, activation,
     * layer_norm_eps, batch_first, norm_first)} with activation "relu" or "gelu".
     *
     * @throws IllegalArgumentException "activation should be relu/gelu, not …"
     */
    public TransformerEncoderLayer(long dModel, long nhead, long dimFeedforward, double dropout, String activation,
                                   double layerNormEps, boolean batchFirst, boolean normFirst) {
        this(dModel, nhead, dimFeedforward, dropout, activationFn(activation), layerNormEps, batchFirst, normFirst);
    }

    /** As above with the activation a function, e.g. {@code F::gelu} or {@code x -> x.tanh()}. */
    public TransformerEncoderLayer(long dModel, long nhead, long dimFeedforward, double dropout, UnaryOperator<Tensor> activation,
                                   double layerNormEps, boolean batchFirst, boolean normFirst) {
        this.dModel = dModel;
        this.nhead = nhead;
        this.dimFeedforward = dimFeedforward;
        this.dropoutP = dropout;
        this.layerNormEps = layerNormEps;
        this.batchFirst = batchFirst;
        this.normFirst = normFirst;
        selfAttn = register("self_attn", new MultiheadAttention(dModel, nhead, dropout, true, false, false, null, null, batchFirst));
        linear1 = register("linear1", new Linear(dModel, dimFeedforward));
        this.dropout = register("dropout", new Dropout(dropout));
        linear2 = register("linear2", new Linear(dimFeedforward, dModel));
        norm1 = register("norm1", new LayerNorm(new long[]{dModel}, layerNormEps, true));
        norm2 = register("norm2", new LayerNorm(new long[]{dModel}, layerNormEps, true));
        dropout1 = register("dropout1", new Dropout(dropout));
        dropout2 = register("dropout2", new Dropout(dropout));
        this.activation = activation;
        this.activationReluOrGelu = activation == RELU ? 1 : activation == GELU ? 2 : 0;
    }

    /** The activations that "relu" and "gelu" name (PyTorch's F.relu and F.gelu, compared by identity). */
    static final UnaryOperator<Tensor> RELU = F::relu, GELU = F::gelu;

    /** PyTorch's {@code _get_activation_fn}. */
    static UnaryOperator<Tensor> activationFn(String name) {
        return switch (name) {
            case "relu" -> RELU;
            case "gelu" -> GELU;
            default -> throw new IllegalArgumentException("activation should be relu/gelu, not " + name);
        };
    }

    /** A deep copy as {@code copy.deepcopy} makes it: same configuration and values, nothing drawn. */
    TransformerEncoderLayer deepCopy() {
        return Clones.deepCopy(this, () -> new TransformerEncoderLayer(dModel, nhead, dimFeedforward, dropoutP, activation,
                layerNormEps, batchFirst, normFirst));
    }

    /** {@code layer(src)}: (S, N, E), (N, S, E) with batchFirst, or unbatched (S, E). */
    @Override public Tensor forward(Tensor src) { return forward(src, null, null); }

    /** {@code layer(src, src_mask)}: an attention mask (S, S) or (N·nhead, S, S), bool or float. */
    @Override public Tensor forward(Tensor src, Tensor srcMask) { return forward(src, srcMask, null); }

    /** {@code layer(src, src_mask, src_key_padding_mask)}; the masks may be null. */
    public Tensor forward(Tensor src, Tensor srcMask, Tensor srcKeyPaddingMask) {
        checkPaddingMask(srcKeyPaddingMask);
        Tensor x = src;
        if (normFirst) {
            x = x.add(saBlock(norm1.call(x), srcMask, srcKeyPaddingMask));
            x = x.add(ffBlock(norm2.call(x)));
        } else {
            x = norm1.call(x.add(saBlock(x, srcMask, srcKeyPaddingMask)));
            x = norm2.call(x.add(ffBlock(x)));
        }
        return x;
    }

    /** {@code layer(src, src_mask=..., src_key_padding_mask=...)}, with hooks when the padding mask is null. */
    public Tensor call(Tensor src, Tensor srcMask, Tensor srcKeyPaddingMask) {
        if (srcKeyPaddingMask != null) return forward(src, srcMask, srcKeyPaddingMask);
        return srcMask != null ? call(src, srcMask) : call(src);
    }

    private Tensor saBlock(Tensor x, Tensor attnMask, Tensor keyPaddingMask) {
        return dropout1.call(selfAttn.call(x, x, x, keyPaddingMask, false, attnMask).attnOutput());
    }

    private Tensor ffBlock(Tensor x) {
        return dropout2.call(linear2.call(dropout.call(activation.apply(linear1.call(x)))));
    }

    static void checkPaddingMask(Tensor mask) {
        if (mask != null && mask.dtype() != DType.BOOL && !mask.isFloatingPoint())
            throw new IllegalArgumentException("only bool and floating types of key_padding_mask are supported");
    }
}
