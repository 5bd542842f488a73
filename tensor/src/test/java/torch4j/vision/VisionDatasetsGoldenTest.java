package torch4j.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.utils.data.DataLoader;
import torch4j.vision.datasets.Digits;
import torch4j.vision.datasets.FakeData;
import torch4j.vision.datasets.FashionMNIST;
import torch4j.vision.datasets.ImageFolder;
import torch4j.vision.datasets.MNIST;
import torch4j.vision.transforms.Compose;
import torch4j.vision.transforms.Lambda;
import torch4j.vision.transforms.Normalize;
import torch4j.vision.transforms.PILToTensor;
import torch4j.vision.transforms.ToTensor;

/**
 * MNIST, FashionMNIST, FakeData, ImageFolder and Digits against what torchvision 0.14 (and
 * sklearn) read from the same files ({@code golden/vision/gen_vision.py}, {@code gen_digits.py}).
 */
class VisionDatasetsGoldenTest {
    private static final JsonObject MNIST_GOLDEN = VisionGolden.root().getAsJsonObject("mnist");

    // ---------------------------------------------------------------- MNIST

    /** gen_vision.py's idx_images: pixel (i, r, c) = (i * 37 + r * w * 3 + c * 7 + seed) % 256. */
    static byte[] idxImages(int n, int h, int w, int seed) {
        byte[] out = new byte[16 + n * h * w];
        header(out, 3, n, h, w);
        int k = 16;
        for (int i = 0; i < n; i++) for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) out[k++] = (byte) ((i * 37 + r * w * 3 + c * 7 + seed) % 256);
        return out;
    }

    static byte[] idxLabels(int n, int seed) {
        byte[] out = new byte[8 + n];
        header(out, 1, n);
        for (int i = 0; i < n; i++) out[8 + i] = (byte) ((i * 3 + seed) % 10);
        return out;
    }

    /** IDX magic 0x0000080N (uint8, N dims), then the sizes, big-endian. */
    private static void header(byte[] out, int dims, int... sizes) {
        out[2] = 8;
        out[3] = (byte) dims;
        for (int d = 0; d < sizes.length; d++) for (int b = 0; b < 4; b++) out[4 + 4 * d + b] = (byte) (sizes[d] >>> (24 - 8 * b));
    }

    /** A root with MNIST's four files for {@code folder} (MNIST, FashionMNIST). */
    static Path mnistRoot(String... folders) throws IOException {
        Path root = VisionGolden.tempDir();
        for (String folder : folders) {
            Path raw = Files.createDirectories(root.resolve(folder).resolve("raw"));
            Files.write(raw.resolve("train-images-idx3-ubyte"), idxImages(7, 28, 28, 1));
            Files.write(raw.resolve("train-labels-idx1-ubyte"), idxLabels(7, 1));
            Files.write(raw.resolve("t10k-images-idx3-ubyte"), idxImages(4, 28, 28, 5));
            Files.write(raw.resolve("t10k-labels-idx1-ubyte"), idxLabels(4, 5));
        }
        return root;
    }

    @TestFactory
    Stream<DynamicTest> mnistReadsWhatTorchvisionReads() throws IOException {
        Path root = mnistRoot("MNIST", "FashionMNIST");
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : List.of("MNIST", "FashionMNIST")) {
            for (boolean train : new boolean[]{true, false}) {
                String key = folder + (train ? "_train" : "_test");
                tests.add(DynamicTest.dynamicTest(key, () -> {
                    JsonObject g = MNIST_GOLDEN.getAsJsonObject(key);
                    var tf = new Compose<>(new ToTensor(), new Normalize(new double[]{0.1307}, new double[]{0.3081}));
                    var target = new Lambda<Long, Long>(y -> y + 100);
                    MNIST ds = folder.equals("MNIST") ? new MNIST(root.toString(), train, tf, target) : new FashionMNIST(root.toString(), train, tf, target);
                    assertEquals(g.get("len").getAsInt(), ds.size());
                    List<Tensor> images = new ArrayList<>();
                    for (int i = 0; i < ds.size(); i++) {
                        Tensor[] item = ds.get(i);
                        images.add(item[0]);
                        assertEquals(g.getAsJsonArray("targets").get(i).getAsLong(), item[1].longValue());
                        assertEquals(DType.INT64, item[1].dtype());
                    }
                    VisionGolden.assertExact(g.getAsJsonObject("images"), Torch.stack(images, 0), key + " items");
                    VisionGolden.assertExact(g.getAsJsonObject("data"), ds.data(), key + " data");
                    VisionGolden.assertExact(g.getAsJsonObject("dataset_targets"), ds.targets(), key + " targets");
                    assertEquals(strings(g.getAsJsonArray("classes")), ds.classes());
                    assertEquals(g.get("repr").getAsString(), ds.toString().replace(root.toString(), "ROOT"));
                }));
            }
            tests.add(DynamicTest.dynamicTest(folder + " repr and missing files", () -> {
                MNIST plain = folder.equals("MNIST") ? new MNIST(root.toString()) : new FashionMNIST(root.toString());
                assertEquals(MNIST_GOLDEN.get(folder + "_plain_repr").getAsString(), plain.toString().replace(root.toString(), "ROOT"));
                String missing = root.resolve("nothing").toString();
                var e = assertThrows(UncheckedIOException.class, () -> { if (folder.equals("MNIST")) new MNIST(missing); else new FashionMNIST(missing); });
                assertEquals(MNIST_GOLDEN.get(folder + "_missing").getAsString(), e.getMessage());
            }));
        }
        return tests.stream();
    }

    @Test
    void mnistBatchesThroughTheDataLoader() throws IOException {
        MNIST ds = new MNIST(mnistRoot("MNIST").toString(), true, new ToTensor());
        var it = DataLoader.of(ds, 3).iterator();
        Tensor[] batch = it.next();
        assertEquals("torch.Size([3, 1, 28, 28])", batch[0].shape().toString());
        assertEquals("tensor([1, 4, 7])", batch[1].toString());
        Tensor[] plain = new MNIST(mnistRoot("MNIST").toString()).get(0);
        assertEquals(DType.UINT8, plain[0].dtype(), "no transform: the image's pixels, as PILToTensor gives them");
        assertEquals("torch.Size([1, 28, 28])", plain[0].shape().toString());
        assertEquals(List.of("0 - zero", 0), List.of(ds.classToIdx().keySet().iterator().next(), ds.classToIdx().get("0 - zero")));
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : a) out.add(e.getAsString());
        return out;
    }

    // ---------------------------------------------------------------- FakeData

    @TestFactory
    Stream<DynamicTest> fakeDataDrawsTorchvisionsImages() {
        return VisionGolden.section("fakedata").stream().map(rec -> DynamicTest.dynamicTest(rec.get("image_size").toString(), () -> {
            JsonArray s = rec.getAsJsonArray("image_size");
            int[] size = {s.get(0).getAsInt(), s.get(1).getAsInt(), s.get(2).getAsInt()};
            Torch.manualSeed(99);
            FakeData ds = new FakeData(rec.get("size").getAsInt(), size, rec.get("num_classes").getAsInt(), new PILToTensor(), null,
                    rec.get("random_offset").getAsLong());
            List<Tensor> images = new ArrayList<>();
            for (int i = 0; i < ds.size(); i++) {
                Tensor[] item = ds.get(i);
                images.add(item[0]);
                assertEquals(rec.getAsJsonArray("targets").get(i).getAsLong(), item[1].longValue());
            }
            VisionGolden.assertExact(rec.getAsJsonObject("images"), Torch.stack(images, 0), "FakeData images");
            VisionGolden.assertStream(rec, "the global generator is left alone");
            assertEquals(rec.get("repr").getAsString(), ds.toString());
            assertThrows(IndexOutOfBoundsException.class, () -> ds.get(ds.size()));
        }));
    }

    // ---------------------------------------------------------------- ImageFolder

    /** A copy of the committed tree golden/vision/folder. */
    private static Path folderCopy() throws IOException {
        Path src = VisionGolden.path("folder"), dst = VisionGolden.tempDir().resolve("folder");
        try (var paths = Files.walk(src)) {
            for (Path p : paths.toList()) {
                Path target = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return dst;
    }

    @Test
    void imageFolderReadsWhatTorchvisionReads() throws IOException {
        JsonObject g = VisionGolden.root().getAsJsonObject("image_folder");
        Path root = folderCopy();
        Files.createDirectories(root.resolve("empty"));
        Files.writeString(root.resolve("empty/readme.md"), "not an image\n");
        var e = assertThrows(UncheckedIOException.class, () -> new ImageFolder(root.toString()));
        assertEquals(g.get("empty_class_error").getAsString(), e.getMessage().replace(root.toString(), "ROOT"));
        Files.delete(root.resolve("empty/readme.md"));
        Files.delete(root.resolve("empty"));

        ImageFolder ds = new ImageFolder(root.toString(), new ToTensor(), new Lambda<Long, Long>(y -> y * 10));
        assertEquals(strings(g.getAsJsonArray("classes")), ds.classes());
        Map<String, Integer> classToIdx = new LinkedHashMap<>();
        for (var entry : g.getAsJsonObject("class_to_idx").entrySet()) classToIdx.put(entry.getKey(), entry.getValue().getAsInt());
        assertEquals(classToIdx, ds.classToIdx());
        assertEquals(samples(g.getAsJsonArray("samples"), root), ds.samples());
        assertEquals(ds.samples(), ds.imgs());
        List<Integer> targets = new ArrayList<>();
        for (JsonElement t : g.getAsJsonArray("targets")) targets.add(t.getAsInt());
        assertEquals(targets, ds.targets());
        for (int i = 0; i < ds.size(); i++) {
            Tensor[] item = ds.get(i);
            VisionGolden.assertExact(g.getAsJsonArray("items").get(i).getAsJsonObject(), item[0], ds.samples().get(i).path());
            assertEquals(g.getAsJsonArray("item_targets").get(i).getAsLong(), item[1].longValue());
        }
        assertEquals(g.get("repr").getAsString(), ds.toString().replace(root.toString(), "ROOT"));
        assertEquals(ImageFolder.IMG_EXTENSIONS, ds.extensions());

        ImageFolder pngOnly = new ImageFolder(root.toString(), null, null, ImageFolder::defaultLoader, p -> p.endsWith(".png"));
        assertEquals(samples(g.getAsJsonArray("valid_file_samples"), root), pngOnly.samples());
        assertEquals(null, pngOnly.extensions());
    }

    private static List<ImageFolder.Sample> samples(JsonArray a, Path root) {
        List<ImageFolder.Sample> out = new ArrayList<>();
        for (JsonElement e : a) {
            JsonArray s = e.getAsJsonArray();
            out.add(new ImageFolder.Sample(root + "/" + s.get(0).getAsString(), s.get(1).getAsInt()));
        }
        return out;
    }

    @Test
    void imageFolderWithoutClassFoldersSaysSo() {
        Path empty = VisionGolden.tempDir();
        var e = assertThrows(UncheckedIOException.class, () -> new ImageFolder(empty.toString()));
        assertEquals("Couldn't find any class folder in " + empty + ".", e.getMessage());
    }

    // ---------------------------------------------------------------- Digits

    @Test
    void digitsAreSklearns() throws IOException {
        JsonObject g;
        try (var r = new InputStreamReader(VisionGolden.resource("digits.json"), StandardCharsets.UTF_8)) {
            g = JsonParser.parseReader(r).getAsJsonObject();
        }
        Digits digits = new Digits();
        assertEquals(g.get("n").getAsInt(), digits.size());
        assertEquals("torch.Size([1797, 8, 8])", digits.images().shape().toString());
        assertEquals("torch.Size([1797, 64])", digits.data().shape().toString());
        assertEquals(g.get("images_sha256").getAsString(), VisionGolden.sha256(digits.images().to(DType.UINT8)));
        assertEquals(g.get("data_sha256").getAsString(), VisionGolden.sha256(digits.data()));
        assertEquals(g.get("pixel_sum").getAsLong(), (long) digits.data().sum().item());
        JsonArray counts = g.getAsJsonArray("class_counts");
        for (int c = 0; c < 10; c++) assertEquals(counts.get(c).getAsLong(), digits.targets().eq((long) c).sum().longValue());
        JsonArray first = g.getAsJsonArray("first_targets");
        for (int i = 0; i < first.size(); i++) assertEquals(first.get(i).getAsLong(), digits.targets().get(i).longValue());
        Tensor[] item = digits.get(0);
        assertEquals("torch.Size([1, 8, 8])", item[0].shape().toString());
        JsonArray row = g.getAsJsonArray("first_image").get(0).getAsJsonArray();
        for (int c = 0; c < 8; c++) assertEquals(row.get(c).getAsDouble() / 16, item[0].get(0, 0, c).item(), 0.0);
        assertEquals("Dataset Digits\n    Number of datapoints: 1797", digits.toString());
        Tensor[] batch = DataLoader.of(new Digits(x -> x.flatten()), 10).iterator().next();
        assertEquals("torch.Size([10, 64])", batch[0].shape().toString());
        assertTrue(item[0].max().item() <= 1.0);
    }
}
