package torch4j.vision.datasets;

import java.awt.image.BufferedImage;
import java.util.List;
import torch4j.vision.transforms.Transform;

/**
 * torchvision's {@code FashionMNIST}: Zalando's 28 × 28 clothing images in MNIST's format, from
 * {@code root/FashionMNIST/raw}; everything else as {@link MNIST}.
 *
 * <pre>{@code
 * jshell> var test = new FashionMNIST("data", false, new ToTensor(), true)
 * jshell> test.classes().get(test.targets().get(0).intValue())
 * $2 ==> "Ankle boot"
 * }</pre>
 */
public class FashionMNIST extends MNIST {
    public FashionMNIST(String root) { this(root, true, null, null, false); }

    public FashionMNIST(String root, boolean train) { this(root, train, null, null, false); }

    public FashionMNIST(String root, boolean train, Transform<? super BufferedImage, ?> transform) { this(root, train, transform, null, false); }

    public FashionMNIST(String root, boolean train, Transform<? super BufferedImage, ?> transform, boolean download) {
        this(root, train, transform, null, download);
    }

    public FashionMNIST(String root, boolean train, Transform<? super BufferedImage, ?> transform, Transform<? super Long, ?> targetTransform) {
        this(root, train, transform, targetTransform, false);
    }

    public FashionMNIST(String root, boolean train, Transform<? super BufferedImage, ?> transform, Transform<? super Long, ?> targetTransform,
                        boolean download) {
        super(root, train, transform, targetTransform, download);
    }

    @Override
    protected List<String> mirrors() { return List.of("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"); }

    @Override
    protected List<Resource> resources() {
        return List.of(new Resource("train-images-idx3-ubyte.gz", "8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
                new Resource("train-labels-idx1-ubyte.gz", "25c81989df183df01b3e8a0aad5dffbe"),
                new Resource("t10k-images-idx3-ubyte.gz", "bef4ecab320f06d8554ea6380940ec79"),
                new Resource("t10k-labels-idx1-ubyte.gz", "bb300cfdad3c16e7a12a480ee83cd310"));
    }

    @Override
    public List<String> classes() {
        return List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    }
}
