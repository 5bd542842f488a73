package torch4j.nn;

import java.util.List;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;

/**
 * A stack of {@code numLayers} encoder layers ({@code nn.TransformerEncoder}), each a deep copy of
 * {@code encoderLayer} (so all start with its values, as PyTorch's {@code _get_clones}), then an
 * optional final norm. State-dict keys: {@code layers.0.self_attn.in_proj_weight}, …, {@code norm.weight}.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var enc = new TransformerEncoder(new TransformerEncoderLayer(8, 2, 16, 0.1), 2);
 * jshell> enc.call(randn(5, 3, 8)).shape()
 * $2 ==> torch.Size([5, 3, 8])
 * }</pre>
 */
public class TransformerEncoder extends Module {
    /** The copies of the layer, as "layers". */
    public final ModuleList layers;
    /** The number of layers. */
    public final int numLayers;
    /** The final norm, or null. */
    public final Module norm;
    /** PyTorch's {@code enable_nested_tensor}: whether eval-mode calls without autograd may take the nested-tensor path. */
    public final boolean enableNestedTensor;

    /** {@code nn.TransformerEncoder(encoder_layer, num_layers)}. */
    public TransformerEncoder(TransformerEncoderLayer encoderLayer, int numLayers) { this(encoderLayer, numLayers, null, true); }

    /** {@code nn.TransformerEncoder(encoder_layer, num_layers, norm)}; norm may be null. */
    public TransformerEncoder(TransformerEncoderLayer encoderLayer, int numLayers, Module norm) { this(encoderLayer, numLayers, norm, true); }

    /**
     * {@code nn.TransformerEncoder(encoder_layer, num_layers, norm, enable_nested_tensor)}. With the
     * flag (the default), an eval-mode call without autograd on batch-first input with a
     * left-aligned padding mask returns what PyTorch's nested-tensor path returns: zeros at the
     * padded positions, and the sequence dim cut to the longest unpadded sequence.
     */
    public TransformerEncoder(TransformerEncoderLayer encoderLayer, int numLayers, Module norm, boolean enableNestedTensor) {
        layers = register("layers", Clones.clones(encoderLayer, numLayers, encoderLayer::deepCopy));
        this.numLayers = numLayers;
        this.norm = norm;
        if (norm != null) addModule("norm", norm);
        this.enableNestedTensor = enableNestedTensor;
    }

    @Override public Tensor forward(Tensor src) { return forward(src, null, null); }

    /** {@code encoder(src, mask)}. */
    @Override public Tensor forward(Tensor src, Tensor mask) { return forward(src, mask, null); }

    /** {@code encoder(src, mask, src_key_padding_mask)}; the masks may be null. */
    public Tensor forward(Tensor src, Tensor mask, Tensor srcKeyPaddingMask) {
        TransformerEncoderLayer.checkPaddingMask(srcKeyPaddingMask);
        Tensor output = src;
        for (Module mod : layers) output = ((TransformerEncoderLayer) mod).call(output, mask, srcKeyPaddingMask);
        if (srcKeyPaddingMask != null && mask == null && takesNestedPath(src, srcKeyPaddingMask)) output = asNestedPathPads(output, srcKeyPaddingMask);
        if (norm != null) output = norm.call(output);
        return output;
    }

    /**
     * Whether PyTorch 1.13 would pack the padded batch into a nested tensor here (its "sparsity
     * fast path": eval mode, nothing to differentiate, batch-first, post-norm, a relu/gelu layer,
     * an even head count, a left-aligned padding mask and no attention mask). That path returns a
     * different tensor, which {@link #asNestedPathPads} reproduces.
     */
    private boolean takesNestedPath(Tensor src, Tensor keyPaddingMask) {
        TransformerEncoderLayer first = layers.get(0);
        if (first.normFirst || first.isTraining() || !first.selfAttn.batchFirst || !first.selfAttn.qkvSameEmbedDim
                || first.activationReluOrGelu == 0 || first.norm1.eps != first.norm2.eps || src.dim() != 3 || !enableNestedTensor
                || first.nhead % 2 == 1 || !leftAligned(keyPaddingMask.logicalNot()))
            return false;
        if (!GradMode.isEnabled()) return true;
        if (src.requiresGrad()) return false;
        for (Tensor p : List.of(first.selfAttn.inProjWeight, first.selfAttn.inProjBias, first.selfAttn.outProj.weight, first.selfAttn.outProj.bias,
                first.norm1.weight, first.norm1.bias, first.norm2.weight, first.norm2.bias, first.linear1.weight, first.linear1.bias,
                first.linear2.weight, first.linear2.bias))
            if (p.requiresGrad()) return false;
        return true;
    }

    /** Each row's valid positions first, then only padding. */
    private static boolean leftAligned(Tensor valid) {
        Tensor counts = valid.sum(new long[]{1}, true);
        return Torch.arange(valid.size(1)).unsqueeze(0).lt(counts).eq(valid).all().booleanValue();
    }

    /**
     * The nested path's result ({@code to_padded_tensor(0.)}): padded positions are zeros and the
     * sequence dim shrinks to the longest unpadded sequence. The other positions attend only to
     * valid keys either way, so they equal the masked computation.
     */
    private static Tensor asNestedPathPads(Tensor output, Tensor keyPaddingMask) {
        Tensor valid = keyPaddingMask.logicalNot();
        long longest = valid.sum(new long[]{1}, false).max().longValue();
        return output.maskedFill(valid.logicalNot().unsqueeze(-1), 0.0).narrow(1, 0, longest).contiguous();
    }

    /** {@code encoder(src, mask=..., src_key_padding_mask=...)}, with hooks when the padding mask is null. */
    public Tensor call(Tensor src, Tensor mask, Tensor srcKeyPaddingMask) {
        if (srcKeyPaddingMask != null) return forward(src, mask, srcKeyPaddingMask);
        return mask != null ? call(src, mask) : call(src);
    }
}
