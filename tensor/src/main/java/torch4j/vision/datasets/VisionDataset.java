package torch4j.vision.datasets;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.utils.data.Dataset;
import torch4j.vision.transforms.TF;
import torch4j.vision.transforms.Transform;

/**
 * torchvision's {@code VisionDataset}: an image dataset with an optional {@code transform} for
 * the image and {@code targetTransform} for the label, printed as torchvision prints it.
 *
 * <p>Items are {@code Tensor[]{image, target}}, so {@code DataLoader.of(dataset, 64, true)}
 * batches them as PyTorch's default collate does. Where torchvision would hand back a PIL image
 * (no transform, or one that ends in an image), the item holds the image's pixels as a uint8
 * (C, H, W) tensor ({@code PILToTensor}); an int target becomes an int64 scalar tensor, a float
 * target float64, as {@code default_collate} makes them.
 *
 * <pre>{@code
 * jshell> var train = new MNIST("data", true, new ToTensor())
 * jshell> var item = train.get(0); item[0].shape() + " " + item[1]
 * $2 ==> "torch.Size([1, 28, 28]) tensor(5)"
 * }</pre>
 *
 * @param <I> what the transform receives: a BufferedImage (torchvision's PIL image) for image files
 */
public abstract class VisionDataset<I> implements Dataset<Tensor[]> {
    private final String root;
    private final Transform<? super I, ?> transform;
    private final Transform<? super Long, ?> targetTransform;

    /**
     * @param root the folder the dataset reads (null where there is none, as for FakeData);
     *             a leading {@code ~} is the user's home, as Python's {@code expanduser}
     */
    protected VisionDataset(String root, Transform<? super I, ?> transform, Transform<? super Long, ?> targetTransform) {
        this.root = root == null ? null : expandUser(root);
        this.transform = transform;
        this.targetTransform = targetTransform;
    }

    static String expandUser(String path) {
        if (path.equals("~") || path.startsWith("~/")) return System.getProperty("user.home") + path.substring(1);
        return path;
    }

    /** The root folder ({@code .root}), null where there is none. */
    public String root() { return root; }

    /** The image transform ({@code .transform}), or null. */
    public Transform<? super I, ?> transform() { return transform; }

    /** The target transform ({@code .target_transform}), or null. */
    public Transform<? super Long, ?> targetTransform() { return targetTransform; }

    /** The item from an untransformed image and label: both transformed, then made tensors. */
    protected Tensor[] item(I image, long target) {
        Object img = transform != null ? transform.apply(image) : image;
        Object t = targetTransform != null ? targetTransform.apply(target) : Long.valueOf(target);
        return new Tensor[]{imageTensor(img), targetTensor(t)};
    }

    static Tensor imageTensor(Object img) {
        if (img instanceof Tensor t) return t;
        if (img instanceof BufferedImage b) return TF.pilToTensor(b);
        throw new IllegalStateException("the transform returned a " + (img == null ? "null" : img.getClass().getName())
                + "; items are tensors, so end it in a Tensor (ToTensor(), PILToTensor()) or a BufferedImage");
    }

    static Tensor targetTensor(Object t) {
        if (t instanceof Tensor tensor) return tensor;
        if (t instanceof Long || t instanceof Integer || t instanceof Short || t instanceof Byte) return Torch.tensor(((Number) t).longValue());
        if (t instanceof Double || t instanceof Float) return Torch.tensor(((Number) t).doubleValue(), torch4j.DType.FLOAT64);
        if (t instanceof Boolean b) return Torch.tensor(b.booleanValue());
        throw new IllegalStateException("the target transform returned a " + (t == null ? "null" : t.getClass().getName()) + "; items are tensors");
    }

    /** {@code extra_repr}: lines after the size and root (e.g. {@code Split: Train}), empty by default. */
    protected String extraRepr() { return ""; }

    /** The dataset's class name in its repr. */
    protected String name() { return getClass().getSimpleName(); }

    /** torchvision's repr: name, size, root, extra lines, then the transforms as {@code StandardTransform} prints them. */
    @Override
    public String toString() {
        List<String> body = new ArrayList<>();
        body.add("Number of datapoints: " + size());
        if (root != null) body.add("Root location: " + root);
        String extra = extraRepr();
        if (!extra.isEmpty()) body.addAll(List.of(extra.split("\n")));
        StringBuilder s = new StringBuilder("Dataset ").append(name());
        for (String line : body) s.append("\n    ").append(line);
        if (transform != null || targetTransform != null) {
            // one entry of torchvision's body: only its first line gets the four-space indent
            s.append("\n    StandardTransform");
            if (transform != null) s.append('\n').append(formatTransform(transform, "Transform: "));
            if (targetTransform != null) s.append('\n').append(formatTransform(targetTransform, "Target transform: "));
        }
        return s.toString();
    }

    private static String formatTransform(Object transform, String head) {
        String[] lines = transform.toString().split("\n");
        StringBuilder s = new StringBuilder(head).append(lines[0]);
        for (int i = 1; i < lines.length; i++) s.append('\n').append(" ".repeat(head.length())).append(lines[i]);
        return s.toString();
    }
}
