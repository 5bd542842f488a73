package torch4j.e2e.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import torch4j.Tensor;
import torch4j.track.ArtifactVersion;
import torch4j.track.History;
import torch4j.track.Image;
import torch4j.track.RunRecord;
import torch4j.track.Table;
import torch4j.track.Track;
import torch4j.vision.datasets.Digits;

/**
 * The study notes' MNIST wandb example (seed 004, parts (1)-(4)), transliterated line by line
 * with torch4j.track for wandb (test resource {@code torch4j/e2e/track/wandb_mnist.jsh}), runs
 * end to end offline as a {@code ./torch4j} script, and what it leaves in the store is what the
 * program did: the training run with its config and per-epoch metrics, the three artifacts it
 * logged on resuming (dataset, code, model) with their files' hashes and lineage, the tables of
 * good and bad cases, and the sweep's trials.
 *
 * <p>It is not a transliteration test (equal output to PyTorch): its lines print the time of day,
 * and wandb is not installed here to run the Python. The data is a small MNIST in IDX files that
 * this test writes: the 8×8 digits enlarged to 28×28, 2,560 training and 1,000 test images (the
 * program takes every fifth training image and drops the last short batch of 512, so one batch
 * per epoch). To run in CI's time, the copy it runs trains 2 epochs instead of 15 and its sweep 2
 * trials of 1 epoch instead of 5 of 10; nothing else differs from the resource.
 */
class WandbMnistTest {
    static final String PROJECT = "wandb_demo";
    static final List<String> CONFIG_KEYS = List.of("project_name", "batch_size", "hidden_layer_width", "dropout_p", "lr",
            "optim_type", "epochs", "ckpt_path");

    @TempDir Path dir;

    @Test
    void theNotesWandbExampleRunsOfflineAndItsStoreHoldsWhatItLogged() throws Exception {
        writeMnist(dir.resolve("mnist/MNIST/raw"));
        String program = resource("wandb_mnist.jsh");
        program = once(program, "\n    15,\n", "\n    2,\n");                                        // config.epochs
        program = once(program, "Param.value(10)", "Param.value(1)");                              // the sweep's epochs
        program = once(program, "trainTrial(run), 5);", "trainTrial(run), 2);");                   // count=5
        Path script = Files.writeString(dir.resolve("wandb_mnist.jsh"), program);

        Process p = new ProcessBuilder(Tmux.launcher(dir).toString(), script.toString()).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(dir.resolve("stderr").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(900, TimeUnit.SECONDS), "the program did not finish\n" + out);
        String err = Files.readString(dir.resolve("stderr"));
        assertEquals(0, p.exitValue(), out + err);

        Track.setDir(dir.resolve("runs"));
        try {
            checkStore(out);
        } finally {
            Track.setDir(null);
        }
    }

    private void checkStore(String out) throws IOException {
        List<RunRecord> runs = Track.runs(PROJECT);
        assertEquals(3, runs.size(), "the training run and two sweep trials: " + runs);

        // (1) the training run: named by the time it started, config as given, one step per epoch
        RunRecord train = runs.get(0);
        assertEquals("finished", train.state());
        assertTrue(train.name().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), train.name());
        assertEquals(CONFIG_KEYS, List.copyOf(train.config().keySet()));
        assertEquals(List.of("wandb_demo", 512, 64, 0.1, 1e-4, "Adam", 2, "checkpoint.pt"),
                CONFIG_KEYS.stream().map(k -> normal(train.config().get(k))).toList());
        History acc = Track.history(PROJECT, train.id(), "val_acc");
        History best = Track.history(PROJECT, train.id(), "best_val_acc");
        History epoch = Track.history(PROJECT, train.id(), "epoch");
        assertEquals(2, acc.size());
        double running = -1;
        for (int i = 0; i < 2; i++) {
            assertEquals(i, acc.steps()[i]);
            assertEquals(i + 1, epoch.values()[i]);
            running = Math.max(running, acc.values()[i]);
            assertEquals(running, best.values()[i]);
        }
        assertEquals(acc.values()[1], ((Number) train.summary().get("val_acc")).doubleValue());
        // the printed lines: one per epoch of each run, with the accuracy that was logged
        Matcher m = Pattern.compile("epoch(\\d+)@\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d --> val_acc= (\\d+\\.\\d\\d)%").matcher(out);
        List<String> printed = new ArrayList<>();
        while (m.find()) printed.add(m.group(1) + " " + m.group(2));
        assertEquals(4, printed.size(), out);
        for (int i = 0; i < 2; i++) assertEquals((i + 1) + " " + String.format("%.2f", 100 * acc.values()[i]), printed.get(i), out);

        // (2) the artifacts logged on resuming it: the data folder, the program, the best checkpoint
        ArtifactVersion data = Track.artifact(PROJECT, "mnist:latest");
        assertEquals("dataset", data.type());
        assertEquals("v0", data.version());
        for (String f : List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")) {
            Path file = dir.resolve("mnist/MNIST/raw").resolve(f);
            assertEquals(-1L, Files.mismatch(file, data.file("MNIST/raw/" + f)), f);
        }
        assertEquals(4, data.files().size(), data.files().toString());
        ArtifactVersion code = Track.artifact(PROJECT, "ipynb:v0");
        assertEquals("code", code.type());
        assertEquals(-1L, Files.mismatch(dir.resolve("wandb_mnist.jsh"), code.file("wandb_mnist.jsh")));
        ArtifactVersion model = Track.artifact(PROJECT, "cnn:latest");
        assertEquals("model", model.type());
        Map<String, Tensor> weights = model.load("checkpoint.pt");
        assertEquals(List.of(64L, 1L, 3L, 3L), weights.get("conv1.weight").shape());
        assertEquals(List.of(10L, 64L), weights.get("linear2.weight").shape());
        for (ArtifactVersion a : List.of(data, code, model)) {
            assertEquals(List.of(train.id()), a.loggedBy(), a + " was logged by the resumed training run");
            assertEquals(List.of("latest"), a.aliases());
        }

        // (3) the case tables: images of the test set with their label and the prediction
        Table good = (Table) Track.media(PROJECT, train.id(), "good_cases");
        Table bad = (Table) Track.media(PROJECT, train.id(), "bad_cases");
        assertNotNull(good);
        assertNotNull(bad);
        assertEquals(List.of("Image", "GroundTruth", "Prediction"), good.columns());
        assertEquals(100, good.size() + bad.size(), "50 of each, from 1,000 test images, unless one kind ran short");
        assertTrue(good.size() <= 50 && bad.size() <= 50);
        for (int r = 0; r < bad.size(); r++) {
            assertTrue(bad.get(r, "Image") instanceof Image img && img.width() == 640 && img.height() == 480);
            assertTrue(!bad.get(r, "GroundTruth").equals(bad.get(r, "Prediction")), "row " + r);
        }
        for (int r = 0; r < good.size(); r++) assertEquals(good.get(r, "GroundTruth"), good.get(r, "Prediction"));

        // (4) the sweep: random trials, each a run whose config is the trial's parameters
        for (RunRecord trial : runs.subList(1, 3)) {
            assertEquals("finished", trial.state());
            assertTrue(trial.tags().size() == 1 && trial.tags().getFirst().startsWith("sweep-"), trial.tags().toString());
            assertEquals(Map.of("project_name", "wandb_demo", "epochs", 1, "ckpt_path", "checkpoint.pt"),
                    Map.of("project_name", trial.config().get("project_name"), "epochs", normal(trial.config().get("epochs")),
                            "ckpt_path", trial.config().get("ckpt_path")));
            assertTrue(List.of("Adam", "SGD", "AdamW").contains(trial.config().get("optim_type")));
            int width = ((Number) trial.config().get("hidden_layer_width")).intValue();
            assertTrue(width % 16 == 0 && width >= 16 && width <= 128, "hidden_layer_width " + width);
            double lr = ((Number) trial.config().get("lr")).doubleValue();
            assertTrue(lr >= 1e-6 && lr <= 0.1, "lr " + lr);
            int batch = ((Number) trial.config().get("batch_size")).intValue();
            assertTrue(batch % 8 == 0 && batch >= 32 && batch <= 256, "batch_size " + batch);
            double dropout = ((Number) trial.config().get("dropout_p")).doubleValue();
            assertTrue(dropout >= 0 && dropout < 0.6, "dropout_p " + dropout);
            assertEquals(1, Track.history(PROJECT, trial.id(), "val_acc").size());
        }
    }

    /** Integers as Integer, whatever width the store gave back. */
    private static Object normal(Object v) {
        return v instanceof Long l && l == l.intValue() ? (Object) l.intValue() : v;
    }

    /** {@code text} with the one occurrence of {@code what} replaced (the resource changed if there is not exactly one). */
    static String once(String text, String what, String with) {
        int at = text.indexOf(what);
        assertTrue(at >= 0 && text.indexOf(what, at + 1) < 0, "exactly one '" + what + "' in the program");
        return text.replace(what, with);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = WandbMnistTest.class.getResourceAsStream("/torch4j/e2e/track/" + name)) {
            if (in == null) throw new IOException("no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * MNIST's four IDX files in {@code raw}: the 8×8 digits (each pixel 3×3, in a 2-pixel border:
     * 28×28, 0..255), a seeded 1,300 of them repeated to 2,560 training images and the other 497
     * repeated to 1,000 test images.
     */
    static void writeMnist(Path raw) throws IOException {
        Digits digits = new Digits();
        Tensor big = digits.images().toFloat().div(16).mul(255).unsqueeze(1);
        big = torch4j.nn.functional.F.interpolate(big, new long[]{24, 24}, "nearest").squeeze(1);
        big = torch4j.nn.functional.F.pad(big, new long[]{2, 2, 2, 2}).round().to(torch4j.DType.UINT8);
        Tensor perm = torch4j.Torch.randperm(1797, new torch4j.Generator().manualSeed(0));
        Tensor train = perm.get(":1300").repeat(2).get(":2560");
        Tensor test = perm.get("1300:").repeat(3).get(":1000");
        Files.createDirectories(raw);
        Files.write(raw.resolve("train-images-idx3-ubyte"), idx(big.index(train).contiguous()));
        Files.write(raw.resolve("train-labels-idx1-ubyte"), idx(digits.targets().index(train).to(torch4j.DType.UINT8)));
        Files.write(raw.resolve("t10k-images-idx3-ubyte"), idx(big.index(test).contiguous()));
        Files.write(raw.resolve("t10k-labels-idx1-ubyte"), idx(digits.targets().index(test).to(torch4j.DType.UINT8)));
    }

    /** An IDX file of a uint8 tensor: magic 0x0000080N (N dims), the sizes big-endian, the bytes. */
    static byte[] idx(Tensor t) {
        List<Long> dims = t.shape();
        var buffer = (java.nio.ByteBuffer) t.contiguous().numpy().buffer();
        byte[] data = new byte[buffer.remaining()];
        buffer.get(data);
        byte[] out = new byte[4 + 4 * dims.size() + data.length];
        out[2] = 8;
        out[3] = (byte) dims.size();
        for (int d = 0; d < dims.size(); d++) for (int b = 0; b < 4; b++) out[4 + 4 * d + b] = (byte) (dims.get(d) >>> (24 - 8 * b));
        System.arraycopy(data, 0, out, 4 + 4 * dims.size(), data.length);
        return out;
    }
}
