package torch4j.vision.transforms;

import torch4j.Tensor;

/**
 * {@code transforms.Resize(size, interpolation, max_size, antialias)} on tensors: one size value
 * sets the smaller edge and keeps the aspect ratio (then {@code maxSize} caps the longer edge);
 * two set (height, width). As in torchvision 0.14, tensors are not antialiased unless
 * {@code antialias} is true (null means false); results equal torchvision's bit for bit.
 *
 * <pre>{@code
 * jshell> var r = new Resize(16)
 * r ==> Resize(size=16, interpolation=bilinear, max_size=None, antialias=None)
 * jshell> r.apply(rand(3, 32, 48)).shape()
 * $2 ==> torch.Size([3, 16, 24])
 * }</pre>
 */
public final class Resize implements Transform<Tensor, Tensor> {
    private final int[] size;
    private final boolean single;
    private final InterpolationMode interpolation;
    private final Integer maxSize;
    private final Boolean antialias;

    /** The smaller edge becomes {@code size}. */
    public Resize(int size) { this(size, InterpolationMode.BILINEAR, null, null); }

    /** (height, width), or one value for the smaller edge. */
    public Resize(int[] size) { this(size, InterpolationMode.BILINEAR, null, null); }

    public Resize(int size, InterpolationMode interpolation, Integer maxSize, Boolean antialias) {
        this(new int[]{size}, true, interpolation, maxSize, antialias);
    }

    public Resize(int[] size, InterpolationMode interpolation, Integer maxSize, Boolean antialias) {
        this(size.clone(), false, interpolation, maxSize, antialias);
    }

    private Resize(int[] size, boolean single, InterpolationMode interpolation, Integer maxSize, Boolean antialias) {
        if (size.length != 1 && size.length != 2) throw new IllegalArgumentException("If size is a sequence, it should have 1 or 2 values");
        this.size = size;
        this.single = single;
        this.interpolation = interpolation;
        this.maxSize = maxSize;
        this.antialias = antialias;
    }

    @Override
    public Tensor apply(Tensor img) { return TF.resize(img, size, interpolation, maxSize, antialias); }

    @Override
    public String toString() {
        return "Resize(size=" + (single ? Integer.toString(size[0]) : PyRepr.of(size)) + ", interpolation=" + interpolation.value()
                + ", max_size=" + PyRepr.of(maxSize) + ", antialias=" + PyRepr.of(antialias) + ")";
    }
}
