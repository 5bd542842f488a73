package torch4j.vision.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.vision.transforms.Transform;

/**
 * The 8 × 8 handwritten digits of scikit-learn's {@code load_digits()} (1,797 images, pixel values
 * 0..16, labels 0..9), shipped with torch4j so lessons run without a download. Items are
 * {@code {image, target}}: the image a float32 (1, 8, 8) tensor of pixel / 16 in [0, 1] (what
 * {@code ToTensor} would give), passed through the transform if there is one. {@link #data()},
 * {@link #images()} and {@link #targets()} are sklearn's arrays.
 *
 * <pre>{@code
 * jshell> var digits = new Digits()
 * digits ==> Dataset Digits
 *     Number of datapoints: 1797
 * jshell> var x = digits.data().toFloat().div(16); x.shape()        // sklearn's digits.data / 16
 * $2 ==> torch.Size([1797, 64])
 * jshell> var loader = DataLoader.of(digits, 32, true)
 * }</pre>
 *
 * The data are the test set of the UCI "Optical Recognition of Handwritten Digits" data set
 * (Alpaydin and Kaynak, 1998); {@code digits-NOTICE.txt} beside the resource gives the source and
 * licence.
 */
public final class Digits extends VisionDataset<Tensor> {
    private static final String IMAGES = "digits-images-idx3-ubyte.gz", LABELS = "digits-labels-idx1-ubyte.gz";
    private static volatile Tensor cachedImages, cachedLabels;

    private final Tensor images, targets, items;

    public Digits() { this(null, null); }

    public Digits(Transform<? super Tensor, ?> transform) { this(transform, null); }

    /** With a transform for the (1, 8, 8) float image and one for the label (a Long). */
    public Digits(Transform<? super Tensor, ?> transform, Transform<? super Long, ?> targetTransform) {
        super(null, transform, targetTransform);
        load();
        this.images = cachedImages;
        this.targets = cachedLabels;
        this.items = images.toFloat().div(16).unsqueeze(1);
    }

    private static synchronized void load() {
        if (cachedImages != null) return;
        Tensor img = Idx.images(Idx.parse(resource(IMAGES), IMAGES), IMAGES);
        cachedLabels = Idx.labels(Idx.parse(resource(LABELS), LABELS), LABELS);
        cachedImages = img;
    }

    private static byte[] resource(String name) {
        try (InputStream raw = Digits.class.getResourceAsStream(name)) {
            if (raw == null) throw new IllegalStateException("missing resource torch4j/vision/datasets/" + name);
            try (InputStream in = new GZIPInputStream(raw)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** sklearn's {@code digits.data}: float64 (1797, 64), values 0..16. */
    public Tensor data() { return images.to(DType.FLOAT64).reshape(-1, 64); }

    /** sklearn's {@code digits.images}: float64 (1797, 8, 8), values 0..16. */
    public Tensor images() { return images.to(DType.FLOAT64); }

    /** sklearn's {@code digits.target}: int64 (1797). */
    public Tensor targets() { return targets; }

    /** sklearn's {@code digits.target_names}: the digits 0..9. */
    public List<Integer> classes() { return List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9); }

    @Override
    public Tensor[] get(int index) { return item(items.get(index).clone(), targets.get(index).longValue()); }

    @Override
    public int size() { return (int) images.size(0); }
}
