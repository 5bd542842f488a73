package torch4j.vision.transforms;

import torch4j.Tensor;

/**
 * {@code transforms.Grayscale(num_output_channels)}: luma of an RGB tensor, as 1 channel or
 * repeated to 3.
 *
 * <pre>{@code
 * jshell> new Grayscale().apply(ones(3, 2, 2)).shape()
 * $1 ==> torch.Size([1, 2, 2])
 * }</pre>
 */
public final class Grayscale implements Transform<Tensor, Tensor> {
    private final int numOutputChannels;

    public Grayscale() { this(1); }

    public Grayscale(int numOutputChannels) { this.numOutputChannels = numOutputChannels; }

    @Override
    public Tensor apply(Tensor img) { return TF.rgbToGrayscale(img, numOutputChannels); }

    @Override
    public String toString() { return "Grayscale(num_output_channels=" + numOutputChannels + ")"; }
}
