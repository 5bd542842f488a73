package torch4j.nn;

import torch4j.Tensor;

/**
 * A stack of {@code numLayers} decoder layers ({@code nn.TransformerDecoder}), each a deep copy of
 * {@code decoderLayer}, then an optional final norm.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var dec = new TransformerDecoder(new TransformerDecoderLayer(8, 2, 16, 0.1), 2);
 * jshell> dec.call(randn(4, 3, 8), randn(5, 3, 8)).shape()
 * $2 ==> torch.Size([4, 3, 8])
 * }</pre>
 */
public class TransformerDecoder extends Module {
    /** The copies of the layer, as "layers". */
    public final ModuleList layers;
    /** The number of layers. */
    public final int numLayers;
    /** The final norm, or null. */
    public final Module norm;

    /** {@code nn.TransformerDecoder(decoder_layer, num_layers)}. */
    public TransformerDecoder(TransformerDecoderLayer decoderLayer, int numLayers) { this(decoderLayer, numLayers, null); }

    /** {@code nn.TransformerDecoder(decoder_layer, num_layers, norm)}; norm may be null. */
    public TransformerDecoder(TransformerDecoderLayer decoderLayer, int numLayers, Module norm) {
        layers = register("layers", Clones.clones(decoderLayer, numLayers, decoderLayer::deepCopy));
        this.numLayers = numLayers;
        this.norm = norm;
        if (norm != null) addModule("norm", norm);
    }

    /** {@code decoder(tgt, memory)}. */
    @Override public Tensor forward(Tensor tgt, Tensor memory) { return forward(tgt, memory, null, null, null, null); }

    /** {@code decoder(tgt, memory, tgt_mask, memory_mask, tgt_key_padding_mask, memory_key_padding_mask)}; masks may be null. */
    public Tensor forward(Tensor tgt, Tensor memory, Tensor tgtMask, Tensor memoryMask, Tensor tgtKeyPaddingMask, Tensor memoryKeyPaddingMask) {
        Tensor output = tgt;
        for (Module mod : layers)
            output = ((TransformerDecoderLayer) mod).call(output, memory, tgtMask, memoryMask, tgtKeyPaddingMask, memoryKeyPaddingMask);
        if (norm != null) output = norm.call(output);
        return output;
    }

    /** As the six-argument forward, with hooks when every mask is null. */
    public Tensor call(Tensor tgt, Tensor memory, Tensor tgtMask, Tensor memoryMask, Tensor tgtKeyPaddingMask, Tensor memoryKeyPaddingMask) {
        if (tgtMask == null && memoryMask == null && tgtKeyPaddingMask == null && memoryKeyPaddingMask == null) return call(tgt, memory);
        return forward(tgt, memory, tgtMask, memoryMask, tgtKeyPaddingMask, memoryKeyPaddingMask);
    }
}
