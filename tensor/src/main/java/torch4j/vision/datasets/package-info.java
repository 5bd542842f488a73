/**
 * {@code torchvision.datasets}: {@link torch4j.vision.datasets.MNIST},
 * {@link torch4j.vision.datasets.FashionMNIST}, {@link torch4j.vision.datasets.ImageFolder},
 * {@link torch4j.vision.datasets.FakeData}, and {@link torch4j.vision.datasets.Digits}
 * (scikit-learn's 8 × 8 digits, shipped with torch4j). Each is a {@code Dataset<Tensor[]>} of
 * {image, target} with torchvision's transform / target-transform hooks and repr.
 *
 * <pre>{@code
 * jshell> var ds = new ImageFolder("flowers", new Compose<>(new ToTensor(), new Resize(new int[]{64, 64})))
 * jshell> ds.classes(); ds.classToIdx(); ds.samples().get(0)
 * }</pre>
 */
package torch4j.vision.datasets;
