//# # 14 · Image transforms, and turning floats back into bytes
//#
//# `torch4j.vision.transforms` is torchvision's: `ToTensor` turns an image into a float tensor,
//# `Normalize`, `Resize`, flips, rotations and colour changes work on that tensor, `Compose` chains
//# them. At the end, the rule for the way back: add 0.5 before converting to `uint8`.
//# Run it with `./torch4j tutorials/14-transforms.jsh`.

//# ## An image and `ToTensor`
//#
//# A 4×6 RGB image of random bytes, laid out (height, width, channels) as image files are.
//# `ToTensor` returns (channels, height, width) float32, the bytes divided by 255.
manualSeed(0);
var pixels = randint(0, 256, new long[]{4, 6, 3}, uint8);
var img = new ToPILImage().apply(pixels.permute(2, 0, 1));
print("image", img.getWidth(), "x", img.getHeight());

var x = new ToTensor().apply(img);
print(x.shape(), x.dtype());
print(x.get(0));
print("same as permute + div(255):", x.equal(pixels.permute(2, 0, 1).to(float32).div(255)));

//# ## `Normalize`: (x - mean) / std per channel
//#
//# With mean and std 0.5 the values go from [0, 1] to [-1, 1]. (ImageNet models use the
//# statistics of ImageNet instead: mean 0.485, 0.456, 0.406 and std 0.229, 0.224, 0.225.)
var norm = new Normalize(new double[]{0.5, 0.5, 0.5}, new double[]{0.5, 0.5, 0.5});
var y = norm.apply(x);
print(y.get(0));
print("in [-1, 1]:", y.min().item() >= -1 && y.max().item() <= 1, "same as sub(0.5).div(0.5):", y.equal(x.sub(0.5).div(0.5)));

//# ## `Compose`: a pipeline
//#
//# `Resize` takes (height, width); with a single number it scales the shorter side and keeps the
//# aspect ratio. Here torch4j's transforms after `ToTensor` work on tensors.
var pipeline = new Compose<>(new ToTensor(), new Resize(new int[]{2, 3}), norm);
print(pipeline);
print(pipeline.apply(img).get(0));

//# ## Float to `uint8`: add 0.5
//#
//# Converting a float tensor to `uint8` truncates: 1.9 becomes 1. Values computed in floating
//# point that should be whole numbers are often a hair below (127.99999 rather than 128), so
//# scaling back to [0, 255] and converting loses one on many pixels. Adding 0.5 first rounds to
//# the nearest integer; clamping keeps out-of-range values from wrapping around.
print(tensor(1.9).to(uint8), tensor(2.5).to(uint8));
var restored = y.mul(0.5).add(0.5);   // undo Normalize, as before saving an image
var scaled = restored.mul(255);
var truncated = scaled.to(uint8);
var rounded = scaled.add(0.5).clamp(0, 255).to(uint8);
print("truncated wrong:", truncated.ne(pixels.permute(2, 0, 1)).sum().longValue(), "of", pixels.numel());
print("rounded wrong:", rounded.ne(pixels.permute(2, 0, 1)).sum().longValue(), "of", pixels.numel());

//# `VisionUtils.saveImage` (torchvision's `save_image`) applies exactly this rule, so a saved image
//# reads back unchanged.
var path = java.nio.file.Files.createTempDirectory("lesson14").resolve("img.png");
VisionUtils.saveImage(x, path.toString());
print("saved and read back unchanged:", new ToTensor().apply(javax.imageio.ImageIO.read(path.toFile())).equal(x));

//# ## Random transforms for data augmentation
//#
//# Each call draws new random numbers (PyTorch's, for the same seed): a flip or not, an angle in
//# [-30°, 30°], a brightness factor in [0.5, 1.5]. A model trained on such variants sees more
//# kinds of pictures than the data set holds.
var augment = new Compose<>(new RandomHorizontalFlip(0.5), new RandomRotation(30), new ColorJitter(0.5));
var rows = linspace(0, 1, 32).unsqueeze(1);
var cols = linspace(0, 1, 48);
var picture = stack(List.of(rows.mul(cols), cols.expand(32, 48), rows.expand(32, 48)));
figure(10, 2.5);
subplot(1, 4, 1); imshow(picture.permute(1, 2, 0)); title("original");
for (int i = 0; i < 3; i++) {
    var out = augment.apply(picture);
    var means = out.mean(1, 2);
    System.out.printf("channel means %.3f %.3f %.3f%n", means.get(0).item(), means.get(1).item(), means.get(2).item());
    subplot(1, 4, i + 2); imshow(out.permute(1, 2, 0)); title("augmented " + (i + 1));
}
show();
