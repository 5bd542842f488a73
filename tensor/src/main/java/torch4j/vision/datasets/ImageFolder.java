package torch4j.vision.datasets;

import java.awt.image.BufferedImage;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import torch4j.Tensor;
import torch4j.vision.transforms.TF;
import torch4j.vision.transforms.Transform;

/**
 * torchvision's {@code ImageFolder}: one sub-folder per class ({@code root/dog/xxx.png},
 * {@code root/cat/123.jpg}, nested folders too), classes sorted by name and numbered from 0,
 * samples in torchvision's order (folders walked and sorted as {@code sorted(os.walk(...))},
 * files sorted within each). Images load as RGB ({@code pil_loader}'s {@code convert("RGB")}).
 *
 * <pre>{@code
 * jshell> var ds = new ImageFolder("photos", new Compose<>(new ToTensor(), new Resize(new int[]{64, 64})))
 * jshell> ds.classes() + " " + ds.size()
 * $2 ==> "[cat, dog] 412"
 * }</pre>
 */
public class ImageFolder extends VisionDataset<BufferedImage> {
    /** {@code IMG_EXTENSIONS}. */
    public static final List<String> IMG_EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".ppm", ".bmp", ".pgm", ".tif", ".tiff", ".webp");

    /** A file and its class index (the {@code (path, class_index)} tuples of {@code samples}). */
    public record Sample(String path, int target) {}

    private final List<String> classes;
    private final Map<String, Integer> classToIdx;
    private final List<Sample> samples;
    private final List<String> extensions;
    private final Function<String, ? extends BufferedImage> loader;

    public ImageFolder(String root) { this(root, null, null, ImageFolder::defaultLoader, null); }

    public ImageFolder(String root, Transform<? super BufferedImage, ?> transform) { this(root, transform, null, ImageFolder::defaultLoader, null); }

    public ImageFolder(String root, Transform<? super BufferedImage, ?> transform, Transform<? super Long, ?> targetTransform) {
        this(root, transform, targetTransform, ImageFolder::defaultLoader, null);
    }

    /**
     * {@code ImageFolder(root, transform, target_transform, loader, is_valid_file)}: without
     * {@code isValidFile}, files count when their name ends with one of {@link #IMG_EXTENSIONS}
     * (ignoring case); the loader reads a path into an image.
     *
     * @throws UncheckedIOException "Couldn't find any class folder in ..." or "Found no valid
     *         file for the classes ..." as torchvision's FileNotFoundError
     */
    public ImageFolder(String root, Transform<? super BufferedImage, ?> transform, Transform<? super Long, ?> targetTransform,
                       Function<String, ? extends BufferedImage> loader, Predicate<String> isValidFile) {
        super(root, transform, targetTransform);
        this.loader = loader;
        this.extensions = isValidFile == null ? IMG_EXTENSIONS : null;
        Predicate<String> valid = isValidFile != null ? isValidFile : ImageFolder::hasImageExtension;
        this.classes = findClasses(root());
        Map<String, Integer> idx = new LinkedHashMap<>();
        for (int i = 0; i < classes.size(); i++) idx.put(classes.get(i), i);
        this.classToIdx = Collections.unmodifiableMap(idx);
        this.samples = List.copyOf(makeDataset(root(), classToIdx, valid, extensions));
    }

    /** The default loader ({@code pil_loader}): the file as an 8-bit RGB image. */
    public static BufferedImage defaultLoader(String path) {
        try {
            return TF.toPILImage(rgb(TF.pilToTensor(ImageFiles.read(Path.of(path)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code convert("RGB")} on pixels: grey repeats, alpha is dropped. */
    private static Tensor rgb(Tensor chw) {
        if (chw.dtype() != torch4j.DType.UINT8) throw new IllegalArgumentException("torch4j converts 8-bit images to RGB; this one is " + chw.dtype());
        long c = chw.size(0);
        return c < 3 ? chw.narrow(0, 0, 1).expand(3, chw.size(1), chw.size(2)) : chw.narrow(0, 0, 3);
    }

    private static boolean hasImageExtension(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (String ext : IMG_EXTENSIONS) if (lower.endsWith(ext)) return true;
        return false;
    }

    /** {@code find_classes}: the sorted names of root's sub-folders (links to folders count). */
    static List<String> findClasses(String root) {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(root))) {
            for (Path e : entries) if (Files.isDirectory(e)) out.add(e.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.sort(out);
        if (out.isEmpty()) throw notFound("Couldn't find any class folder in " + root + ".");
        return out;
    }

    /** {@code make_dataset}: every valid file under each class folder, in torchvision's order. */
    static List<Sample> makeDataset(String root, Map<String, Integer> classToIdx, Predicate<String> valid, List<String> extensions) {
        List<Sample> out = new ArrayList<>();
        TreeSet<String> empty = new TreeSet<>(classToIdx.keySet());
        for (String cls : new TreeSet<>(classToIdx.keySet())) {
            Path dir = Path.of(root, cls);
            if (!Files.isDirectory(dir)) continue;
            // sorted(os.walk(dir)): folders ordered by their path text, files sorted in each
            TreeMap<String, List<String>> walk = new TreeMap<>();
            walk(dir, walk);
            for (var e : walk.entrySet()) {
                for (String file : e.getValue()) {
                    String path = e.getKey() + "/" + file;
                    if (valid.test(path)) {
                        out.add(new Sample(path, classToIdx.get(cls)));
                        empty.remove(cls);
                    }
                }
            }
        }
        if (!empty.isEmpty()) {
            String msg = "Found no valid file for the classes " + String.join(", ", empty) + ". ";
            if (extensions != null) msg += "Supported extensions are: " + String.join(", ", extensions);
            throw notFound(msg);
        }
        return out;
    }

    /** os.walk(followlinks=True): each folder's sorted non-folder entries, keyed by the folder's path text. */
    private static void walk(Path dir, TreeMap<String, List<String>> out) {
        List<String> files = new ArrayList<>();
        List<Path> subdirs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path e : entries) {
                if (Files.isDirectory(e)) subdirs.add(e);
                else files.add(e.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.sort(files);
        out.put(dir.toString(), files);
        for (Path d : subdirs) walk(d, out);
    }

    private static UncheckedIOException notFound(String msg) {
        return new UncheckedIOException(msg, new FileNotFoundException(msg));
    }

    /** Class names, sorted ({@code .classes}). */
    public List<String> classes() { return classes; }

    /** Class name to index ({@code .class_to_idx}). */
    public Map<String, Integer> classToIdx() { return classToIdx; }

    /** Every (path, class index) ({@code .samples}, also {@code .imgs}). */
    public List<Sample> samples() { return samples; }

    /** {@code .imgs}: the same list as {@link #samples()}. */
    public List<Sample> imgs() { return samples; }

    /** The class index of every sample ({@code .targets}). */
    public List<Integer> targets() { return samples.stream().map(Sample::target).toList(); }

    /** The extensions files were chosen by ({@code .extensions}), null when an isValidFile predicate chose. */
    public List<String> extensions() { return extensions; }

    /** The loader ({@code .loader}). */
    public Function<String, ? extends BufferedImage> loader() { return loader; }

    @Override
    public Tensor[] get(int index) {
        Sample s = samples.get(index);
        return item(loader.apply(s.path()), s.target());
    }

    @Override
    public int size() { return samples.size(); }
}
