package torch4j.kernel;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The kernelspec {@code torch4j}: a folder {@code kernels/torch4j} in a Jupyter data directory
 * holding kernel.json (display name "torch4j (Java)", language java, interrupt by message, argv
 * starting this JVM's java on the kernel's classpath) and two logos drawn here with Java2D.
 *
 * <pre>{@code
 * $ ./torch4j kernel install --user
 * installed kernelspec torch4j in /home/me/.local/share/jupyter/kernels/torch4j
 * }</pre>
 */
public final class KernelSpec {
    /** The kernelspec's name (the folder, and what {@code jupyter console --kernel} takes). */
    public static final String NAME = "torch4j";

    private KernelSpec() {}

    /** The JVM options the kernel runs with: ParallelGC (tensors are large arrays), native access for OpenBLAS, a deep stack. */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseParallelGC", "-Xss8m", "--enable-native-access=ALL-UNNAMED");

    /** The user's Jupyter data directory, as jupyter_core computes it ($JUPYTER_DATA_DIR first). */
    public static Path userDataDir() {
        String env = System.getenv("JUPYTER_DATA_DIR");
        if (env != null && !env.isEmpty()) return Path.of(env);
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) return Path.of(home, "Library", "Jupyter");
        if (os.contains("win")) return Path.of(System.getenv().getOrDefault("APPDATA", home), "jupyter");
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("jupyter");
    }

    /** The kernelspec folder under a Jupyter data directory. */
    public static Path specDir(Path dataDir) {
        return dataDir.resolve("kernels").resolve(NAME);
    }

    /** The kernelspec folder under an installation prefix ({@code --prefix DIR}). */
    public static Path specDirForPrefix(Path prefix) {
        return specDir(prefix.resolve("share").resolve("jupyter"));
    }

    /** kernel.json's content: argv runs {@code java} with {@code classpath} on the connection file. */
    public static JsonObject kernelJson(String java, String classpath) {
        JsonObject spec = new JsonObject();
        JsonArray argv = new JsonArray();
        argv.add(java);
        JVM_OPTIONS.forEach(argv::add);
        argv.add("-cp");
        argv.add(classpath);
        argv.add("torch4j.kernel.Main");
        argv.add("run");
        argv.add("{connection_file}");
        spec.add("argv", argv);
        spec.addProperty("display_name", "torch4j (Java)");
        spec.addProperty("language", "java");
        spec.addProperty("interrupt_mode", "message");
        spec.add("env", new JsonObject());
        JsonObject metadata = new JsonObject();
        metadata.addProperty("debugger", false);
        spec.add("metadata", metadata);
        return spec;
    }

    /**
     * Writes the kernelspec into {@code specDir} (replacing an earlier one): kernel.json and the
     * 32x32 and 64x64 logos. Files are written to temporary names and renamed.
     */
    public static void write(Path specDir, String java, String classpath) throws IOException {
        Files.createDirectories(specDir);
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(kernelJson(java, classpath)) + "\n";
        writeAtomically(specDir.resolve("kernel.json"), json.getBytes(StandardCharsets.UTF_8));
        for (int size : new int[] {32, 64}) {
            Path tmp = Files.createTempFile(specDir, "logo", ".png.tmp");
            ImageIO.write(logo(size), "png", tmp.toFile());
            Files.move(tmp, specDir.resolve("logo-" + size + "x" + size + ".png"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Deletes the kernelspec folder; false when there was none. */
    public static boolean remove(Path specDir) throws IOException {
        if (!Files.isDirectory(specDir)) return false;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(specDir)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : paths) Files.delete(p);
        return true;
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The logo: PyTorch's orange broken ring and spark on a dark rounded square. */
    static BufferedImage logo(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        g.setColor(new Color(0x2B, 0x2D, 0x42));
        g.fill(new RoundRectangle2D.Double(0, 0, s, s, s * 0.3, s * 0.3));
        g.setColor(new Color(0xEE, 0x4C, 0x2C));
        g.setStroke(new BasicStroke((float) (s * 0.11), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D ring = new Path2D.Double();
        double cx = s * 0.5, cy = s * 0.56, r = s * 0.26;
        for (int deg = -20; deg <= 250; deg += 5) {
            double a = Math.toRadians(deg);
            double x = cx + r * Math.cos(a), y = cy + r * Math.sin(a);
            if (deg == -20) ring.moveTo(x, y);
            else ring.lineTo(x, y);
        }
        g.draw(ring);
        double spark = s * 0.13, a = Math.toRadians(297);
        g.fill(new Ellipse2D.Double(cx + r * 1.05 * Math.cos(a) - spark / 2, cy + r * 1.05 * Math.sin(a) - spark / 2, spark, spark));
        g.dispose();
        return img;
    }
}
