package torch4j.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.serialization.Checkpoints;
import torch4j.serialization.OrderedDict;
import torch4j.serialization.SafeTensors;

/**
 * Saving and loading a ~100 MB float32 state dict (six 2048x2048 weights and biases) with
 * {@code Torch.save}/{@code Torch.load} and with PyTorch's {@code torch.save}/{@code torch.load}
 * ({@code checkpoint_bench.py} beside this file, under /usr/bin/python3), alternating in one run on
 * the same disk; prints min / median / max seconds of each side. torch4j's path save is atomic
 * (temporary file, fsync, rename, directory fsync); PyTorch's is a plain write, so the bench also
 * times torch4j writing the same bytes to a plain FileOutputStream. Then torch4j loads the file
 * PyTorch wrote (the other direction; the bytes are the same as its own, but a different file),
 * and saves and loads the same tensors as safetensors ({@code SafeTensors.save/load}, also atomic;
 * PyTorch 1.13 has no safetensors, so its rows stand against torch.save/torch.load). Not a test:
 * run it with
 * <pre>
 * ./mvnw -q -B -pl tensor test-compile
 * java -cp tensor/target/classes:tensor/target/test-classes:$(cat tensor/target/bench.classpath) torch4j.bench.CheckpointBench [DIR] [RUNS]
 * </pre>
 * ({@code bench/run.sh} writes {@code tensor/target/bench.classpath}; DIR defaults to tensor/target/bench-ckpt.)
 */
public final class CheckpointBench {
    private CheckpointBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "tensor/target/bench-ckpt"));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Torch.manualSeed(0);
        OrderedDict<String, Tensor> sd = new OrderedDict<>();
        for (int i = 0; i < 6; i++) {
            sd.put("layer" + i + ".weight", Torch.randn(2048, 2048));
            sd.put("layer" + i + ".bias", Torch.randn(2048));
        }
        Path file = dir.resolve("torch4j_100mb.pt"), plain = dir.resolve("torch4j_plain.pt"), st = dir.resolve("torch4j_100mb.safetensors");
        for (int w = 0; w < 2; w++) {   // warm-up: JIT and page cache
            Checkpoints.save(sd, file);
            Checkpoints.load(file);
            SafeTensors.save(sd, st);
            SafeTensors.load(st);
        }
        double[] save = new double[runs], savePlain = new double[runs], load = new double[runs];
        double[] stSave = new double[runs], stLoad = new double[runs], loadTheirs = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            Checkpoints.save(sd, file);
            save[r] = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(plain)) { Checkpoints.save(sd, out); }
            savePlain[r] = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            Map<String, Tensor> back = Checkpoints.load(file);
            load[r] = (System.nanoTime() - t) / 1e9;
            if (!Arrays.equals(back.get("layer5.weight").toFloatArray(), sd.get("layer5.weight").toFloatArray())) throw new AssertionError("round trip");
            back = null;
            t = System.nanoTime();
            SafeTensors.save(sd, st);
            stSave[r] = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            back = SafeTensors.load(st);
            stLoad[r] = (System.nanoTime() - t) / 1e9;
            if (!Arrays.equals(back.get("layer5.weight").toFloatArray(), sd.get("layer5.weight").toFloatArray())) throw new AssertionError("round trip");
        }
        String here = "tensor/src/test/java/torch4j/bench/checkpoint_bench.py";
        Process py = new ProcessBuilder("/usr/bin/python3", here, dir.toString(), Integer.toString(runs)).redirectErrorStream(true).start();
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(py.getInputStream(), StandardCharsets.UTF_8))) {
            line = r.lines().reduce("", (a, c) -> c);
        }
        py.waitFor();
        String[] parts = line.split("\\|");
        Path theirs = dir.resolve("pytorch_100mb.pt");
        if (Files.exists(theirs)) {
            Checkpoints.load(theirs);
            for (int r = 0; r < runs; r++) {
                long t = System.nanoTime();
                Map<String, Tensor> back = Checkpoints.load(theirs);
                loadTheirs[r] = (System.nanoTime() - t) / 1e9;
                if (!Arrays.equals(back.get("layer5.weight").toFloatArray(), sd.get("layer5.weight").toFloatArray())) throw new AssertionError("PyTorch's file");
            }
        }
        System.out.printf("# %s, %d runs, file %d bytes, load average %s%n", dir, runs, Files.size(file),
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println("# seconds: min / median / max");
        row("torch4j Torch.save(path), atomic + fsync", save);
        row("torch4j Torch.save(FileOutputStream)", savePlain);
        if (parts.length >= 2) row("PyTorch torch.save(path)", parse(parts[0]));
        row("torch4j Torch.load(path)", load);
        if (parts.length >= 2) row("PyTorch torch.load(path)", parse(parts[1]));
        else System.out.println("PyTorch run failed: " + line);
        if (Files.exists(theirs)) row("torch4j Torch.load(PyTorch's file)", loadTheirs);
        row("torch4j SafeTensors.save(path), atomic + fsync", stSave);
        row("torch4j SafeTensors.load(path)", stLoad);
        System.out.printf("# PyTorch's file: %s bytes%n", parts.length >= 3 ? parts[2].trim() : "?");
    }

    static double[] parse(String s) { return Arrays.stream(s.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray(); }

    static void row(String name, double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        System.out.printf("%-44s %7.3f / %7.3f / %7.3f   (%5.0f MB/s at the median)%n", name, s[0], s[s.length / 2], s[s.length - 1],
                100.7 / s[s.length / 2]);
    }
}
