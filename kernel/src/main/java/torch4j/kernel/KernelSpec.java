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
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The kernelspec {@code torch4j}: a folder {@code kernels/torch4j} in a Jupyter data directory
 * holding kernel.json (display name "torch4j (Java)", language java, interrupt by message, argv
 * starting this JVM's java on the kernel's classpath), two logos drawn here with Java2D, and
 * {@code lib/}: the kernel's own copy of that classpath (see {@link SpecLibrary}), so the kernel
 * keeps working after the build that installed it is cleaned or rebuilt.
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

    /** The JIT's directives (C2 for torch4j's code, C1 for the JDK's: see ./torch4j), a resource of the REPL's jar, copied into the spec. */
    static final String JIT_DIRECTIVES = "jit-directives.json";

    /**
     * The JVM options of a kernel whose spec is {@code folder}: {@link #JVM_OPTIONS}, the
     * launcher's JIT options (its directives file is in the spec; the VM's console output is off,
     * or it prints "1 compiler directives added"), and the spec's {@link AotCache}; the logs are off
     * so that a missing or outdated AOT cache is skipped without a word.
     */
    static List<String> jvmOptions(String folder) {
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        options.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput",
                "-XX:CompilerDirectivesFile=" + folder + "/" + JIT_DIRECTIVES, "-Xlog:cds=off", "-Xlog:aot=off",
                "-XX:AOTCache=" + folder + "/" + AotCache.FILE));
        return options;
    }

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

    /**
     * kernel.json's content: argv runs {@code java} with {@code classpath} (entries joined by the
     * path separator) on the connection file, with the options of a spec in {@code folder}.
     */
    public static JsonObject kernelJson(String java, String classpath, String folder) {
        JsonObject spec = new JsonObject();
        JsonArray argv = new JsonArray();
        argv.add(java);
        jvmOptions(folder).forEach(argv::add);
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
     * Installs the kernelspec into {@code specDir}, replacing an earlier one whole: copies the
     * runtime entries of {@code classpath} into its {@code lib/} (test entries left out), and
     * writes the logos and kernel.json, whose argv runs {@code java} on those copies. Everything is
     * written into a staging folder beside {@code specDir} and renamed into place, so a client
     * never sees a half-written kernelspec; files and folders get the process's umask.
     * {@code relocatable}: argv names the copies as {@code {resource_dir}/lib/...}, which
     * jupyter_client expands, for a spec that {@code jupyter kernelspec install} copies elsewhere.
     *
     * @return the classpath kernel.json names (what {@link AotCache#makeInBackground} trains on)
     * @throws IOException also when the classpath does not hold the kernel
     */
    public static String install(Path specDir, String java, List<Path> classpath, boolean relocatable) throws IOException {
        Path target = specDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = newFolderBeside(target, "install");
        try {
            Path lib = Files.createDirectory(staging.resolve("lib"));
            List<String> entries = new ArrayList<>();
            for (String name : SpecLibrary.copy(classpath, lib))
                entries.add(relocatable ? "{resource_dir}/lib/" + name : target.resolve("lib").resolve(name).toString());
            for (int size : new int[] {32, 64}) {
                try (OutputStream out = Files.newOutputStream(staging.resolve("logo-" + size + "x" + size + ".png"), StandardOpenOption.CREATE_NEW)) {
                    ImageIO.write(logo(size), "png", out);
                }
            }
            // kernel.json last: Jupyter takes a folder with one for a kernelspec
            try (var in = KernelSpec.class.getResourceAsStream("/torch4j/repl/" + JIT_DIRECTIVES)) {
                if (in == null) throw new IOException("the classpath has no torch4j/repl/" + JIT_DIRECTIVES + " (the REPL's jar)");
                Files.write(staging.resolve(JIT_DIRECTIVES), in.readAllBytes(), StandardOpenOption.CREATE_NEW);
            }
            String cp = String.join(File.pathSeparator, entries);
            String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(kernelJson(java, cp, relocatable ? "{resource_dir}" : target.toString())) + "\n";
            Files.write(staging.resolve("kernel.json"), json.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
            replace(target, staging);
            return cp;
        } finally {
            if (Files.exists(staging)) remove(staging);
        }
    }

    /** Renames {@code staged} to {@code target}, moving an earlier {@code target} aside first and deleting it after. */
    private static void replace(Path target, Path staged) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = newFolderBeside(target, "old");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);   // put the earlier spec back
            throw e;
        }
        // a kernel started from the old spec keeps its open jars: deleting their names is safe;
        // kernel.json goes first, so Jupyter never lists the folder on its way out
        if (old != null) {
            Files.deleteIfExists(old.resolve("kernel.json"));
            remove(old);
        }
    }

    /**
     * A new empty folder beside {@code target} (same file system, so a rename is atomic), named
     * so Jupyter does not take it for a kernelspec; created with the umask's mode.
     */
    private static Path newFolderBeside(Path target, String purpose) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = target.resolveSibling("." + target.getFileName() + "-" + purpose + "-" + Message.newId().substring(0, 8));
            try {
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) throw e;
            }
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
