/**
 * torchvision for torch4j: image transforms ({@link torch4j.vision.transforms}), {@code make_grid}
 * and {@code save_image} ({@link torch4j.vision.utils}) and datasets ({@link torch4j.vision.datasets}),
 * with torchvision 0.14's names, semantics and reprs. Models are elsewhere.
 *
 * <pre>{@code
 * jshell> import torch4j.vision.datasets.*; import torch4j.vision.transforms.*;
 * jshell> var tf = new Compose<>(new ToTensor(), new Normalize(new double[]{0.1307}, new double[]{0.3081}))
 * jshell> var train = new MNIST("data", true, tf, true)        // downloads, or: bench/fetch-mnist.sh data
 * jshell> for (Tensor[] batch : DataLoader.of(train, 64, true)) { ... batch[0] is (64, 1, 28, 28), batch[1] (64) ... }
 * }</pre>
 *
 * <ul>
 *   <li>A {@link java.awt.image.BufferedImage} plays PIL's image: datasets hand one to their
 *   transform, {@code ToTensor}/{@code PILToTensor} turn it into a tensor, {@code ToPILImage} makes
 *   one. The other transforms are torchvision's tensor path, and equal it bit for bit (a contrast
 *   adjustment within 1e-6); random ones draw from torch4j's generator what torchvision draws, in
 *   its order, so a seed gives the same crops, flips, angles and jitter.</li>
 *   <li>Items of the datasets are {@code Tensor[]{image, target}}, ready for {@code DataLoader}.</li>
 * </ul>
 */
package torch4j.vision;
