package torch4j.vision.transforms;

import torch4j.Tensor;

/**
 * {@code transforms.Pad(padding, fill, padding_mode)}: 1 value pads every side, 2 left/right and
 * top/bottom, 4 left, top, right, bottom. Modes "constant" (with {@code fill}), "edge",
 * "reflect" and "symmetric".
 *
 * <pre>{@code
 * jshell> new Pad(new int[]{1, 0}, 9, "constant").apply(ones(1, 1, 2))
 * $1 ==> tensor([[[9., 1., 1., 9.]]])
 * }</pre>
 */
public final class Pad implements Transform<Tensor, Tensor> {
    private final int[] padding;
    private final String paddingRepr;
    private final Number fill;
    private final String paddingMode;

    public Pad(int padding) { this(padding, 0, "constant"); }

    public Pad(int[] padding) { this(padding, 0, "constant"); }

    /** {@code fill} prints as given: an Integer as {@code 0}, a Double as {@code 0.5}. */
    public Pad(int padding, Number fill, String paddingMode) { this(new int[]{padding}, Integer.toString(padding), fill, paddingMode); }

    public Pad(int[] padding, Number fill, String paddingMode) { this(padding.clone(), PyRepr.of(padding), fill, paddingMode); }

    private Pad(int[] padding, String paddingRepr, Number fill, String paddingMode) {
        Geometry.checkPaddingMode(paddingMode);
        Geometry.parsePadding(padding);
        this.padding = padding;
        this.paddingRepr = paddingRepr;
        this.fill = fill;
        this.paddingMode = paddingMode;
    }

    @Override
    public Tensor apply(Tensor img) { return TF.pad(img, padding, fill.doubleValue(), paddingMode); }

    @Override
    public String toString() { return "Pad(padding=" + paddingRepr + ", fill=" + PyRepr.of(fill) + ", padding_mode=" + paddingMode + ")"; }
}
