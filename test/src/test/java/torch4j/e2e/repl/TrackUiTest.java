package torch4j.e2e.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import torch4j.Torch;
import torch4j.track.Artifact;
import torch4j.track.Run;
import torch4j.track.RunOptions;
import torch4j.track.Table;
import torch4j.track.Track;

/**
 * {@code ./torch4j track ui} as a user meets it: the real launcher (from a prebuilt-looking tree,
 * as {@link LauncherTest} does, so it starts without building) in a terminal, runs written by this
 * JVM with the track API (one still logging), the pages loaded in headless Chromium (their DOM
 * and a screenshot), and Ctrl-C to stop it. No time bounds: CI runs this beside stress-ng.
 */
class TrackUiTest {
    static final String HOSTILE = "<script>alert(1)</script>";
    static final Duration SLOW = Duration.ofMinutes(5);          // generous: the machine may be loaded on purpose

    @TempDir Path root;
    final AtomicBoolean stop = new AtomicBoolean();

    @AfterEach void tearDown() { Track.setDir(null); }

    @Test
    void theDashboardShowsRunsChartsTablesAndArtifactsInAHeadlessBrowser() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        assumeTrue(chromiumAvailable(), "chromium is not installed (Debian's chromium package)");
        Path runs = root.resolve("runs");
        Track.setDir(runs);
        String finished = writeRuns(root);
        Run live = Track.init("mnist", Map.of("lr", 0.5, "optimizer", "sgd"),
                new RunOptions().name("live-run").live(false).flushEvery(Duration.ofMillis(10)));
        live.useArtifact("cnn:latest");
        Thread logger = Thread.ofPlatform().start(() -> {       // another writer, all the while the browser reads
            for (int s = 0; !stop.get(); s++) {
                live.log(Map.of("loss", 2.0 / (s + 2), "acc", 1 - 1.0 / (s + 2)));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Path launcher = prebuiltLauncher(root.resolve("tree"));
        String javaHome = System.getProperty("java.home");
        try (Tmux t = Tmux.start("env JAVA_HOME='" + javaHome + "' '" + launcher + "' track ui --dir '" + runs + "'")) {
            String screen = t.await("?token=", 1, SLOW);
            Matcher m = Pattern.compile("open (http://127\\.0\\.0\\.1:(\\d+))/\\?token=([0-9a-f]{48})").matcher(screen);
            assertTrue(m.find(), screen);
            String base = m.group(1), token = m.group(3);
            assertTrue(screen.contains("serving " + runs + " (1 project)"), screen);

            HttpClient http = HttpClient.newBuilder().connectTimeout(SLOW).build();
            HttpRequest noToken = HttpRequest.newBuilder(URI.create(base + "/project?name=mnist")).timeout(SLOW).build();
            assertEquals(403, http.send(noToken, HttpResponse.BodyHandlers.ofString()).statusCode());

            String home = chromium("--dump-dom", base + "/?token=" + token);
            assertTrue(home.contains("<a href=\"/project?name=mnist\">mnist</a>"), home);

            String project = chromium("--dump-dom", base + "/project?name=mnist&token=" + token);
            assertTrue(project.contains("&lt;script&gt;alert(1)&lt;/script&gt;</a>"), "the hostile name, as text: " + project);
            assertFalse(project.contains("<script>alert"), project);
            assertTrue(project.contains(">live-run</a>") && project.contains(">baseline</a>"), project);
            assertTrue(project.contains("src=\"/chart.svg?project=mnist&amp;metric=loss"), project);
            assertTrue(project.contains(">cnn</a>"), "the artifact: " + project);

            // the live run's page: its script polls the JSON and reloads the charts when the run commits
            String livePage = chromium("--virtual-time-budget=30000", "--dump-dom", base + "/run?project=mnist&id=" + live.id() + "&token=" + token);
            assertTrue(Pattern.compile("<img class=\"chart\"[^>]*src=\"/chart.svg\\?project=mnist&amp;id=" + live.id() + "&amp;v=\\d+\"")
                    .matcher(livePage).find(), "the script reloaded the chart: " + livePage);

            String runPage = chromium("--dump-dom", base + "/run?project=mnist&id=" + finished + "&token=" + token);
            assertTrue(runPage.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), runPage);
            assertFalse(runPage.contains("<script>alert") || runPage.contains("<img src=\"x\""), runPage);
            assertTrue(runPage.contains("<td>&lt;img src=x onerror=alert(2)&gt;</td>"), "a hostile table cell, as text: " + runPage);
            assertTrue(runPage.contains("<img src=\"data:image/png;base64,"), "the table's pictures: " + runPage);

            String artifact = chromium("--dump-dom", base + "/artifact?project=mnist&name=cnn&token=" + token);
            assertTrue(artifact.contains("<h2>v0</h2>") && artifact.contains("model.bin"), artifact);
            assertTrue(artifact.contains("<th>used by</th><td><a href=\"/run?project=mnist&amp;id=" + live.id() + "\">live-run</a>"), artifact);

            Path png = root.resolve("run.png");
            chromium("--window-size=1280,1400", "--screenshot=" + png, base + "/run?project=mnist&id=" + finished + "&token=" + token);
            BufferedImage shot = ImageIO.read(png.toFile());
            Path keep = Path.of("target", "track-ui");
            Files.createDirectories(keep);
            Files.copy(png, keep.resolve("run.png"), StandardCopyOption.REPLACE_EXISTING);     // to look at
            assertEquals(1280, shot.getWidth());
            assertNonBlank(shot);

            t.keys("C-c");
            t.await("torch4j track ui: stopped", 1, SLOW);
            long deadline = System.nanoTime() + SLOW.toNanos();
            while (!t.ended() && System.nanoTime() < deadline) Thread.sleep(100);
            assertTrue(t.ended(), "Ctrl-C ends the server:\n" + t.screen());
            assertThrows(IOException.class, () -> http.send(noToken, HttpResponse.BodyHandlers.ofString()), "nothing listens any more");
        } finally {
            stop.set(true);
            logger.join();
            live.finish();
        }
        assertTrue(live.history("loss").size() > 0);
    }

    /** Two finished runs (one with a hostile name and table), an artifact; returns the hostile run's id. */
    private static String writeRuns(Path root) throws IOException {
        Path model = Files.writeString(root.resolve("model.bin"), "weights");
        Run base = Track.init("mnist", Map.of("lr", 0.01, "optimizer", "adam"), new RunOptions().name("baseline").live(false));
        for (int s = 0; s < 40; s++) base.log(Map.of("loss", Math.exp(-s / 10.0), "acc", 1 - Math.exp(-s / 12.0)));
        base.logArtifact(Artifact.of("cnn", "model").addFile(model));
        base.finish();
        Run hostile = Track.init("mnist", Map.of("lr", 0.1, "optimizer", "<img src=x onerror=alert(3)>"),
                new RunOptions().name(HOSTILE).live(false));
        for (int s = 0; s < 40; s++) hostile.log(Map.of("loss", Math.exp(-s / 6.0) + 0.05 * Math.sin(s), "acc", 1 - Math.exp(-s / 8.0)));
        Torch.manualSeed(0);
        Table cases = new Table("image", "label", "prediction");
        for (int i = 0; i < 3; i++) cases.addData(Torch.rand(3, 8, 8), i, "<img src=x onerror=alert(2)>");
        hostile.log(Map.of("cases", cases));
        hostile.finish();
        return hostile.id();
    }

    /** Something was drawn: a good share of the pixels are not the white background, in many colours (text, lines, pictures). */
    private static void assertNonBlank(BufferedImage img) {
        int ink = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 3 * 200) ink++;
            }
        }
        double share = ink / (double) (img.getWidth() * img.getHeight());
        assertTrue(share > 0.01, "only " + share + " of the screenshot is drawn");
        assertTrue(colours.size() > 50, "only " + colours.size() + " colours in the screenshot");
    }

    private static boolean chromiumAvailable() {
        try {
            Process p = new ProcessBuilder("chromium", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs headless Chromium (its own profile, so no cookie carries over) and returns what it printed. */
    private String chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(root, "chromium-");
        List<String> cmd = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Path out = root.resolve("chromium-" + System.nanoTime() + ".out"), err = root.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(SLOW.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("chromium did not finish: " + cmd + "\n" + Files.readString(err));
        }
        assertEquals(0, p.exitValue(), "chromium " + cmd + ":\n" + Files.readString(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /**
     * A copy of the launcher beside a tree it takes as built (the stamp newer than everything, the
     * classpath this JVM's), so it starts the dashboard at once.
     */
    static Path prebuiltLauncher(Path tree) throws IOException {
        Path launcher = tree.resolve("torch4j");
        Files.createDirectories(tree);
        Files.copy(Path.of("..", "torch4j"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        for (String dir : new String[] {"codegen/src/main", "tensor/src/main", "track/src/main", "repl/src/main", "repl/target"}) {
            Files.createDirectories(tree.resolve(dir));
        }
        for (String pom : new String[] {"pom.xml", "codegen/pom.xml", "tensor/pom.xml", "track/pom.xml", "repl/pom.xml"}) {
            Files.writeString(tree.resolve(pom), "");
        }
        Path target = tree.resolve("repl/target");
        Files.writeString(target.resolve("classpath.txt"), System.getProperty("java.class.path"));
        // the launcher puts repl's jar first on the classpath; an empty one will do
        try (var jar = new JarOutputStream(Files.newOutputStream(target.resolve("torch4j-repl-0.jar")), new Manifest())) {
            jar.flush();
        }
        Path stamp = Files.writeString(target.resolve(".built"), "");
        try (var files = Files.walk(tree)) {
            for (Path p : files.toList()) {
                if (!p.equals(stamp)) Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
        assertTrue(new File(launcher.toString()).canExecute());
        return launcher;
    }
}
