package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Rearranges (*, C·r², H, W) into (*, C, H·r, W·r) ({@code nn.PixelShuffle}), the sub-pixel
 * convolution's upsampling step; see {@link F#pixelShuffle}.
 *
 * <pre>{@code
 * jshell> new PixelShuffle(2)
 * $1 ==> PixelShuffle(upscale_factor=2)
 *
 * jshell> $1.call(arange(8.).view(1, 8, 1, 1)).shape()
 * $2 ==> torch.Size([1, 2, 2, 2])
 * }</pre>
 */
public class PixelShuffle extends Module {
    /** r: each output pixel block is r × r. */
    public final long upscaleFactor;

    /** {@code nn.PixelShuffle(upscale_factor)}. */
    public PixelShuffle(long upscaleFactor) { this.upscaleFactor = upscaleFactor; }

    @Override public Tensor forward(Tensor input) { return F.pixelShuffle(input, upscaleFactor); }

    @Override public String extraRepr() { return "upscale_factor=" + upscaleFactor; }
}
