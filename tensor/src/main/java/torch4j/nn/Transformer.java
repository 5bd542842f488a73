package torch4j.nn;

import java.util.function.UnaryOperator;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;
import torch4j.nn.init.Init;

/**
 * The encoder-decoder Transformer of "Attention Is All You Need" ({@code nn.Transformer}): a
 * {@link TransformerEncoder} and a {@link TransformerDecoder}, each with a final LayerNorm. After
 * building them it redraws every parameter of two or more dims with xavier-uniform, in
 * {@code parameters()} order, as PyTorch does, so the same seed gives the same model.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var model = new Transformer(8, 2, 1, 1, 16, 0.1);
 * jshell> var tgtMask = Transformer.generateSquareSubsequentMask(4);
 * jshell> model.forward(randn(5, 3, 8), randn(4, 3, 8), null, tgtMask, null, null, null, null).shape()
 * $3 ==> torch.Size([4, 3, 8])
 * }</pre>
 */
public class Transformer extends Module {
    /** The encoder and the decoder. */
    public final TransformerEncoder encoder;
    public final TransformerDecoder decoder;
    /** The model width and the number of heads. */
    public final long dModel, nhead;
    /** Whether inputs are (N, S, E). */
    public final boolean batchFirst;

    /** {@code nn.Transformer()}: d_model 512, 8 heads, 6 + 6 layers, feed-forward 2048, dropout 0.1. */
    public Transformer() { this(512, 8); }

    /** {@code nn.Transformer(d_model, nhead)}. */
    public Transformer(long dModel, long nhead) { this(dModel, nhead, 6, 6, 2048, 0.1); }

    /** {@code nn.Transformer(d_model, nhead, num_encoder_layers, num_decoder_layers, dim_feedforward, dropout)}. */
    public Transformer(long dModel, long nhead, int numEncoderLayers, int numDecoderLayers, long dimFeedforward, double dropout) {
        this(dModel, nhead, numEncoderLayers, numDecoderLayers, dimFeedforward, dropout, "relu", null, null, 1e-5, false, false);
    }

    /**
     * {@code nn.Transformer(d_model, nhead, num_encoder_layers, num_decoder_layers,
     * dim_feedforward, dropout, activation, custom_encoder, custom_decoder, layer_norm_eps,
     * batch_first, norm_first)}; activation "relu" or "gelu", custom encoder/decoder null for the
     * standard ones.
     */
    public Transformer(long dModel, long nhead, int numEncoderLayers, int numDecoderLayers, long dimFeedforward, double dropout,
                       String activation, TransformerEncoder customEncoder, TransformerDecoder customDecoder, double layerNormEps,
                       boolean batchFirst, boolean normFirst) {
        this(dModel, nhead, numEncoderLayers, numDecoderLayers, dimFeedforward, dropout, TransformerEncoderLayer.activationFn(activation),
                customEncoder, customDecoder, layerNormEps, batchFirst, normFirst);
    }

    /** As above with the activation a function. */
    public Transformer(long dModel, long nhead, int numEncoderLayers, int numDecoderLayers, long dimFeedforward, double dropout,
                       UnaryOperator<Tensor> activation, TransformerEncoder customEncoder, TransformerDecoder customDecoder,
                       double layerNormEps, boolean batchFirst, boolean normFirst) {
        if (customEncoder != null) encoder = register("encoder", customEncoder);
        else {
            var layer = new TransformerEncoderLayer(dModel, nhead, dimFeedforward, dropout, activation, layerNormEps, batchFirst, normFirst);
            var norm = new LayerNorm(new long[]{dModel}, layerNormEps, true);
            encoder = register("encoder", new TransformerEncoder(layer, numEncoderLayers, norm));
        }
        if (customDecoder != null) decoder = register("decoder", customDecoder);
        else {
            var layer = new TransformerDecoderLayer(dModel, nhead, dimFeedforward, dropout, activation, layerNormEps, batchFirst, normFirst);
            var norm = new LayerNorm(new long[]{dModel}, layerNormEps, true);
            decoder = register("decoder", new TransformerDecoder(layer, numDecoderLayers, norm));
        }
        resetParameters();
        this.dModel = dModel;
        this.nhead = nhead;
        this.batchFirst = batchFirst;
    }

    /** PyTorch's {@code _reset_parameters}: xavier-uniform for every parameter of two or more dims. */
    private void resetParameters() {
        try (var _ = GradMode.noGrad()) {
            for (Tensor p : parameters())
                if (p.dim() > 1) Init.xavierUniform_(p);
        }
    }

    /** {@code model(src, tgt)}. */
    @Override public Tensor forward(Tensor src, Tensor tgt) { return forward(src, tgt, null, null, null, null, null, null); }

    /**
     * {@code model(src, tgt, src_mask, tgt_mask, memory_mask, src_key_padding_mask,
     * tgt_key_padding_mask, memory_key_padding_mask)}; the masks may be null.
     *
     * @throws IllegalArgumentException "the batch number of src and tgt must be equal", "the
     *         feature number of src and tgt must be equal to d_model"
     */
    public Tensor forward(Tensor src, Tensor tgt, Tensor srcMask, Tensor tgtMask, Tensor memoryMask, Tensor srcKeyPaddingMask,
                          Tensor tgtKeyPaddingMask, Tensor memoryKeyPaddingMask) {
        boolean isBatched = src.dim() == 3;
        if (!batchFirst && isBatched && src.size(1) != tgt.size(1)) throw new IllegalArgumentException("the batch number of src and tgt must be equal");
        if (batchFirst && isBatched && src.size(0) != tgt.size(0)) throw new IllegalArgumentException("the batch number of src and tgt must be equal");
        if (src.size(-1) != dModel || tgt.size(-1) != dModel)
            throw new IllegalArgumentException("the feature number of src and tgt must be equal to d_model");
        Tensor memory = encoder.call(src, srcMask, srcKeyPaddingMask);
        return decoder.call(tgt, memory, tgtMask, memoryMask, tgtKeyPaddingMask, memoryKeyPaddingMask);
    }

    /**
     * {@code Transformer.generate_square_subsequent_mask(sz)}: a float (sz, sz) mask, −inf above
     * the diagonal and 0 elsewhere, so position i attends to positions ≤ i.
     *
     * <pre>{@code
     * jshell> Transformer.generateSquareSubsequentMask(3)
     * $1 ==> tensor([[0., -inf, -inf],
     *                [0., 0., -inf],
     *                [0., 0., 0.]])
     * }</pre>
     */
    public static Tensor generateSquareSubsequentMask(long sz) {
        // PyTorch's triu(full((sz, sz), -inf), diagonal=1): keep -inf where column > row
        Tensor rows = Torch.arange(sz).unsqueeze(1), cols = Torch.arange(sz).unsqueeze(0);
        return Torch.full(new long[]{sz, sz}, Double.NEGATIVE_INFINITY, DType.defaultFloat()).maskedFill(cols.le(rows), 0.0);
    }
}
