/**
 * {@code torchvision.transforms} (and {@code .functional} as {@link torch4j.vision.transforms.TF}):
 * conversions ({@link torch4j.vision.transforms.ToTensor}, {@link torch4j.vision.transforms.PILToTensor},
 * {@link torch4j.vision.transforms.ToPILImage}, {@link torch4j.vision.transforms.ConvertImageDtype}),
 * geometry ({@link torch4j.vision.transforms.Resize}, {@link torch4j.vision.transforms.CenterCrop},
 * {@link torch4j.vision.transforms.Pad}, {@link torch4j.vision.transforms.RandomCrop},
 * {@link torch4j.vision.transforms.RandomResizedCrop}, flips, {@link torch4j.vision.transforms.RandomRotation}),
 * colour ({@link torch4j.vision.transforms.ColorJitter}, {@link torch4j.vision.transforms.Grayscale},
 * {@link torch4j.vision.transforms.Normalize}) and composition ({@link torch4j.vision.transforms.Compose},
 * {@link torch4j.vision.transforms.Lambda}).
 *
 * <pre>{@code
 * jshell> var train = new Compose<>(new ToTensor(), new RandomCrop(32, 4), new RandomHorizontalFlip(),
 *    ...>     new Normalize(new double[]{0.4914, 0.4822, 0.4465}, new double[]{0.247, 0.243, 0.261}))
 * jshell> Tensor x = train.apply(image)       // image: a BufferedImage
 * }</pre>
 *
 * <p>How results match torchvision 0.14 (golden tests in {@code golden/vision}): the resampling
 * kernels (bilinear with and without antialias, the rotation grid sampler) repeat ATen 1.13's
 * arithmetic operation by operation, fused multiply-adds included, in float32 and float64; the
 * colour ops repeat torchvision's tensor ops in order. Only {@code adjust_contrast}'s mean can
 * differ, in its last bit, because torch4j's float32 sum is not PyTorch's cascade sum.
 */
package torch4j.vision.transforms;
