package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Rearranges (*, C, H·r, W·r) into (*, C·r², H, W) ({@code nn.PixelUnshuffle}), the inverse of
 * {@link PixelShuffle}; see {@link F#pixelUnshuffle}.
 *
 * <pre>{@code
 * jshell> new PixelUnshuffle(3)
 * $1 ==> PixelUnshuffle(downscale_factor=3)
 *
 * jshell> $1.call(ones(1, 2, 6, 3)).shape()
 * $2 ==> torch.Size([1, 18, 2, 1])
 * }</pre>
 */
public class PixelUnshuffle extends Module {
    /** r: each r × r block becomes r² channels. */
    public final long downscaleFactor;

    /** {@code nn.PixelUnshuffle(downscale_factor)}. */
    public PixelUnshuffle(long downscaleFactor) { this.downscaleFactor = downscaleFactor; }

    @Override public Tensor forward(Tensor input) { return F.pixelUnshuffle(input, downscaleFactor); }

    @Override public String extraRepr() { return "downscale_factor=" + downscaleFactor; }
}
