package torch4j.vision.transforms;

/**
 * torchvision's {@code InterpolationMode} for tensors: how resizing and rotation pick values
 * between pixels. (torchvision's bicubic, box, hamming and lanczos modes are not in torch4j.)
 *
 * <pre>{@code
 * jshell> new Resize(new int[]{16, 16}, InterpolationMode.NEAREST, null, null)
 * $1 ==> Resize(size=[16, 16], interpolation=nearest, max_size=None, antialias=None)
 * }</pre>
 */
public enum InterpolationMode {
    /** The nearest pixel. */
    NEAREST("nearest"),
    /** A weighted mix of the 2 × 2 nearest pixels (more with antialiasing when shrinking). */
    BILINEAR("bilinear");

    private final String value;

    InterpolationMode(String value) { this.value = value; }

    /** torchvision's name, as {@code InterpolationMode.BILINEAR.value}: "bilinear". */
    public String value() { return value; }
}
