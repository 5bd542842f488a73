package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @Test
    void installAndUninstallWithPrefix(@TempDir Path prefix) throws Exception {
        assertEquals(0, Main.install(true, List.of("--prefix", prefix.toString())));
        Path spec = prefix.resolve("share/jupyter/kernels/torch4j/kernel.json");
        assertTrue(Files.exists(spec));
        String json = Files.readString(spec);
        assertTrue(json.contains("torch4j.kernel.Main"), json);
        assertEquals(0, Main.install(false, List.of("--prefix", prefix.toString())));
        assertFalse(Files.exists(spec));
        assertEquals(2, Main.install(true, List.of("--prefix")), "--prefix needs a directory");
        assertEquals(2, Main.install(true, List.of("--elsewhere")));
    }

    @Test
    void classpathEntriesBecomeAbsolute() {
        for (Path entry : Main.classpath()) assertTrue(entry.isAbsolute(), entry.toString());
    }

    /**
     * {@code torch4j kernel install} in a process of its own under umask 022 and 077, from this
     * test JVM's classpath (the build's class folders, the test classes, JUnit's jars): the files
     * and folders get the modes the umask allows, and the installed kernel runs from copies in
     * the kernelspec with no test entries.
     */
    @Test
    void installHonoursTheUmaskAndCarriesNoBuildOrTestPaths(@TempDir Path tmp) throws Exception {
        for (String umask : List.of("022", "077")) {
            Path prefix = tmp.resolve("umask" + umask);
            Path spec = KernelSpec.specDirForPrefix(prefix);
            Process p = new ProcessBuilder("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"", java(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "install", "--prefix", prefix.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);

            String dirMode = umask.equals("022") ? "rwxr-xr-x" : "rwx------";
            String fileMode = umask.equals("022") ? "rw-r--r--" : "rw-------";
            for (Path d = spec; !d.equals(prefix); d = d.getParent()) assertEquals(dirMode, mode(d), d.toString());
            try (Stream<Path> all = Files.walk(spec)) {
                for (Path f : all.toList()) assertEquals(Files.isDirectory(f) ? dirMode : fileMode, mode(f), f.toString());
            }

            List<String> classpath = KernelSpecTest.classpathOf(KernelSpecTest.kernelJson(spec));
            assertFalse(classpath.isEmpty());
            for (String entry : classpath) {
                assertTrue(Path.of(entry).startsWith(spec.resolve("lib")), entry);
                assertFalse(entry.contains("target") || entry.contains("test-classes"), entry);
                assertFalse(entry.matches(".*/(junit|opentest4j|apiguardian|surefire)[^/]*\\.jar"), "a test jar: " + entry);
            }
            // the installed classpath starts the kernel's command line on its own
            List<String> help = new ArrayList<>(List.of(java(), "-cp", String.join(java.io.File.pathSeparator, classpath),
                    Main.class.getName(), "--help"));
            Process h = new ProcessBuilder(help).redirectErrorStream(true).start();
            String usage = new String(h.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(h.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, h.exitValue(), usage);
            assertTrue(usage.contains("torch4j kernel install"), usage);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
