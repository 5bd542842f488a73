/**
 * {@code torchvision.utils}: {@link torch4j.vision.utils.VisionUtils#makeGrid} lays a batch out as
 * one image and {@link torch4j.vision.utils.VisionUtils#saveImage} writes it (PNG, JPEG, BMP, ...),
 * with the keyword arguments in {@link torch4j.vision.utils.GridOptions}.
 *
 * <pre>{@code
 * jshell> VisionUtils.saveImage(fake.mul(0.5).add(0.5), "samples.png", new GridOptions().nrow(8))
 * }</pre>
 */
package torch4j.vision.utils;
