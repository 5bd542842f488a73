package torch4j.nn.functional;

import torch4j.PixelShuffles;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.random.Bernoulli;

/**
 * The layer functions of {@link F} that rearrange or drop whole channels (pixel shuffle, 1-D and
 * 3-D channel dropout), kept in their own file for size. Users call these as
 * {@code F.pixelShuffle(...)}: F inherits them.
 */
class LayerF extends AttentionF {
    LayerF() {}

    /**
     * {@code F.pixel_shuffle(input, upscale_factor)}: (*, C·r², H, W) to (*, C, H·r, W·r), each
     * group of r² channels spread over an r × r block. Node {@code PixelShuffleBackward0}.
     *
     * <pre>{@code
     * jshell> F.pixelShuffle(arange(8.).view(1, 8, 1, 1), 2).shape()
     * $1 ==> torch.Size([1, 2, 2, 2])
     * }</pre>
     *
     * @throws IllegalArgumentException in PyTorch's words, e.g. "pixel_shuffle expects its input's 'channel' dimension to be
     *         divisible by the square of upscale_factor, but input.size(-3)=7 is not divisible by 4"
     */
    public static Tensor pixelShuffle(Tensor input, long upscaleFactor) { return PixelShuffles.pixelShuffle(input, upscaleFactor); }

    /**
     * {@code F.pixel_unshuffle(input, downscale_factor)}: the inverse of {@link #pixelShuffle},
     * (*, C, H·r, W·r) to (*, C·r², H, W). Node {@code PixelUnshuffleBackward0}.
     *
     * <pre>{@code
     * jshell> F.pixelUnshuffle(arange(4.).view(1, 1, 2, 2), 2).flatten()
     * $1 ==> tensor([0., 1., 2., 3.])
     * }</pre>
     */
    public static Tensor pixelUnshuffle(Tensor input, long downscaleFactor) { return PixelShuffles.pixelUnshuffle(input, downscaleFactor); }

    /**
     * {@code F.dropout1d(x, p=0.5, training=True)}: channel-wise dropout on (N, C, L) or unbatched
     * (C, L) input — one Bernoulli per channel, drawn as {@link F#dropout2d} draws them (an
     * unbatched input is unsqueezed first and the result squeezed, so its node is
     * {@code SqueezeBackward1}, as PyTorch 1.13's).
     *
     * <pre>{@code
     * jshell> manualSeed(0); F.dropout1d(ones(3, 4), 0.5, true)
     * $1 ==> tensor([[0., 0., 0., 0.],
     *         [0., 0., 0., 0.],
     *         [2., 2., 2., 2.]])
     * }</pre>
     *
     * @throws IllegalArgumentException "dropout probability has to be between 0 and 1, but got …", or
     *         "dropout1d: Expected 2D or 3D input, but received a 4D input. …"
     */
    public static Tensor dropout1d(Tensor x, double p, boolean training) { return channelDropout(x, p, training, false, 1); }

    /** {@code F.dropout1d(x, p)} in training mode. */
    public static Tensor dropout1d(Tensor x, double p) { return dropout1d(x, p, true); }

    /** {@code F.dropout1d(x, p, training, inplace=True)}: the same draws, written into {@code x}. */
    public static Tensor dropout1d_(Tensor x, double p, boolean training) { return channelDropout(x, p, training, true, 1); }

    /**
     * {@code F.dropout3d(x, p=0.5, training=True)}: channel-wise dropout on (N, C, D, H, W) or
     * unbatched (C, D, H, W) input, drawn as {@link F#dropout2d} draws; other ranks are taken as
     * unbatched with PyTorch's deprecation warning.
     *
     * <pre>{@code
     * jshell> manualSeed(0); F.dropout3d(ones(1, 3, 1, 1, 2), 0.5, true).flatten()
     * $1 ==> tensor([0., 0., 0., 0., 2., 2.])
     * }</pre>
     *
     * @throws IllegalArgumentException "dropout probability has to be between 0 and 1, but got …"
     */
    public static Tensor dropout3d(Tensor x, double p, boolean training) { return channelDropout(x, p, training, false, 3); }

    /** {@code F.dropout3d(x, p)} in training mode. */
    public static Tensor dropout3d(Tensor x, double p) { return dropout3d(x, p, true); }

    /** {@code F.dropout3d(x, p, training, inplace=True)}: the same draws, written into {@code x}. */
    public static Tensor dropout3d_(Tensor x, double p, boolean training) { return channelDropout(x, p, training, true, 3); }

    /** PyTorch 1.13's {@code dropout1d}/{@code dropout3d}: check, unsqueeze an unbatched input, feature dropout, squeeze. */
    private static Tensor channelDropout(Tensor x, double p, boolean training, boolean inplace, int spatial) {
        Bernoulli.checkDropoutP(p);
        int dim = x.dim();
        if (spatial == 1 && dim != 2 && dim != 3)
            throw new IllegalArgumentException("dropout1d: Expected 2D or 3D input, but received a " + dim + "D input. "
                    + "Note that dropout1d exists to provide channel-wise dropout on inputs with 1 "
                    + "spatial dimension, a channel dimension, and an optional batch dimension "
                    + "(i.e. 2D or 3D inputs).");
        if (spatial == 3 && dim != 4 && dim != 5)
            Warnings.once("dropout3d: Received a " + dim + "-D input to dropout3d, which is deprecated "
                    + "and will result in an error in a future release. To retain the behavior "
                    + "and silence this warning, please use dropout instead. Note that dropout3d "
                    + "exists to provide channel-wise dropout on inputs with 3 spatial dimensions, "
                    + "a channel dimension, and an optional batch dimension (i.e. 4D or 5D inputs).");
        boolean batched = dim == spatial + 2;
        if (batched) return featureDropout(x, p, training, inplace);
        if (!inplace) return featureDropout(x.unsqueeze(0), p, training, false).squeeze(0);
        // PyTorch unsqueezes x itself (unsqueeze_/squeeze_); a view writes the same values into x
        featureDropout(x.unsqueeze(0), p, training, true);
        return x;
    }

    /** ATen's {@code feature_dropout} / {@code feature_dropout_}: noise of shape (N, C, 1, …, 1). */
    static Tensor featureDropout(Tensor x, double p, boolean training, boolean inplace) {
        if (p == 0 || !training || x.numel() == 0) return x;
        if (p == 1) {
            Tensor zero = Torch.zeros(new long[0], x.dtype());
            return inplace ? x.mul_(zero) : x.mul(zero);
        }
        if (x.dim() < 2) {
            throw new IllegalArgumentException("Feature dropout requires at least 2 dimensions in the input");
        }
        long[] noiseShape = new long[x.dim()];
        java.util.Arrays.fill(noiseShape, 1);
        noiseShape[0] = x.size(0);
        noiseShape[1] = x.size(1);
        Tensor noise = Torch.empty(noiseShape, x.dtype(), x.device()).bernoulli_(1 - p).div_(1 - p);
        return inplace ? x.mul_(noise) : x.mul(noise);
    }

}
