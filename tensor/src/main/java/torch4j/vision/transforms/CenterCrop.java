package torch4j.vision.transforms;

import torch4j.Tensor;

/**
 * {@code transforms.CenterCrop(size)}: the central (height, width) box; a larger box pads with zeros.
 *
 * <pre>{@code
 * jshell> new CenterCrop(2).apply(arange(16.).view(1, 4, 4))
 * $1 ==> tensor([[[ 5.,  6.],
 *                 [ 9., 10.]]])
 * }</pre>
 */
public final class CenterCrop implements Transform<Tensor, Tensor> {
    private final int[] size;
    private final String sizeRepr;

    /** A square. */
    public CenterCrop(int size) {
        this.size = new int[]{size, size};
        this.sizeRepr = PyRepr.tuple(size, size);
    }

    /** (height, width), or one value for a square. */
    public CenterCrop(int[] size) {
        if (size.length != 1 && size.length != 2) throw new IllegalArgumentException("Please provide only two dimensions (h, w) for size.");
        this.size = size.length == 1 ? new int[]{size[0], size[0]} : size.clone();
        this.sizeRepr = size.length == 1 ? PyRepr.tuple(size[0], size[0]) : PyRepr.of(size);
    }

    @Override
    public Tensor apply(Tensor img) { return TF.centerCrop(img, size); }

    @Override
    public String toString() { return "CenterCrop(size=" + sizeRepr + ")"; }
}
