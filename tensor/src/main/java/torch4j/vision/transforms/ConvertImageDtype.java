package torch4j.vision.transforms;

import java.util.Objects;
import torch4j.DType;
import torch4j.Tensor;

/**
 * {@code transforms.ConvertImageDtype(dtype)}: uint8 pixels to [0, 1] floats and back, or between
 * integer ranges (see {@link TF#convertImageDtype}). Its repr is {@code ConvertImageDtype()}, as
 * torchvision's module prints.
 *
 * <pre>{@code
 * jshell> new ConvertImageDtype(float32).apply(tensor(new int[]{0, 255}).toByte())
 * $1 ==> tensor([0., 1.])
 * }</pre>
 */
public final class ConvertImageDtype implements Transform<Tensor, Tensor> {
    private final DType dtype;

    public ConvertImageDtype(DType dtype) { this.dtype = Objects.requireNonNull(dtype); }

    public DType dtype() { return dtype; }

    @Override
    public Tensor apply(Tensor image) { return ImageConversion.convertImageDtype(image, dtype); }

    @Override
    public String toString() { return "ConvertImageDtype()"; }
}
