package torch4j.vision.datasets;

import java.awt.image.BufferedImage;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.vision.transforms.TF;
import torch4j.vision.transforms.Transform;

/**
 * torchvision's {@code FakeData}: random images and labels that are the same for an index every
 * time. Item {@code i} seeds a generator with {@code i + randomOffset}, draws {@code randn(C, H, W)}
 * then {@code randint(0, numClasses, (1,))}, and turns the noise into an 8-bit image as
 * {@code ToPILImage} does, so it equals torchvision's item pixel for pixel. torchvision seeds the
 * global generator and restores it; a generator of the item's own gives the same numbers and
 * leaves the global one alone, also when loader workers fetch items at once.
 *
 * <pre>{@code
 * jshell> var fake = new FakeData(100, new int[]{3, 32, 32}, 10, new ToTensor(), null, 0)
 * jshell> fake.get(0)[0].shape()
 * $2 ==> torch.Size([3, 32, 32])
 * }</pre>
 */
public final class FakeData extends VisionDataset<BufferedImage> {
    private final int size;
    private final int[] imageSize;
    private final int numClasses;
    private final long randomOffset;

    /** 1,000 images of (3, 224, 224), 10 classes. */
    public FakeData() { this(1000, new int[]{3, 224, 224}, 10, null, null, 0); }

    public FakeData(int size) { this(size, new int[]{3, 224, 224}, 10, null, null, 0); }

    public FakeData(int size, int[] imageSize, int numClasses) { this(size, imageSize, numClasses, null, null, 0); }

    public FakeData(int size, int[] imageSize, int numClasses, Transform<? super BufferedImage, ?> transform) {
        this(size, imageSize, numClasses, transform, null, 0);
    }

    /**
     * {@code FakeData(size, image_size, num_classes, transform, target_transform, random_offset)};
     * {@code imageSize} is (C, H, W) with 1-4 channels. The target transform receives the label as
     * a Long (torchvision hands it a 0-dim tensor).
     */
    public FakeData(int size, int[] imageSize, int numClasses, Transform<? super BufferedImage, ?> transform,
                    Transform<? super Long, ?> targetTransform, long randomOffset) {
        super(null, transform, targetTransform);
        if (imageSize.length != 3) throw new IllegalArgumentException("image_size is (C, H, W), got " + imageSize.length + " values");
        this.size = size;
        this.imageSize = imageSize.clone();
        this.numClasses = numClasses;
        this.randomOffset = randomOffset;
    }

    /** Item {@code index}'s image before the transform. */
    public BufferedImage image(int index) { return draw(index).image; }

    /** Item {@code index}'s label before the target transform. */
    public long target(int index) { return draw(index).target; }

    private record Draw(BufferedImage image, long target) {}

    private Draw draw(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException("FakeData index out of range");
        Generator g = new Generator().manualSeed(index + randomOffset);
        Tensor img = Torch.randn(new long[]{imageSize[0], imageSize[1], imageSize[2]}, g);
        long target = Torch.randint(0, numClasses, new long[]{1}, g).get(0).longValue();
        return new Draw(TF.toPILImage(img), target);
    }

    @Override
    public Tensor[] get(int index) {
        Draw d = draw(index);
        return item(d.image, d.target);
    }

    @Override
    public int size() { return size; }
}
