package torch4j.e2e.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./torch4j} launcher picks its JDK and starts a script. It runs from a copy of
 * the repository's launcher beside a prebuilt-looking tree (the stamp newer than the sources, the
 * classpath this test JVM's), so it starts at once instead of building while Maven runs the tests.
 */
class LauncherTest {
    @TempDir Path root;

    @Test
    void startsWhenJavaToolOptionsIsSet() throws Exception {
        Path launcher = root.resolve("torch4j");
        Files.copy(Path.of("..", "torch4j"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        for (String dir : new String[] {"tensor/src/main", "track/src/main", "repl/src/main", "repl/target"}) {
            Files.createDirectories(root.resolve(dir));
        }
        for (String pom : new String[] {"pom.xml", "tensor/pom.xml", "track/pom.xml", "repl/pom.xml"}) Files.writeString(root.resolve(pom), "");
        Path target = root.resolve("repl/target");
        Files.writeString(target.resolve("classpath.txt"), jarsOnly(System.getProperty("java.class.path"), target));
        // the launcher puts repl's jar first on the classpath; an empty one will do (JShell reads it)
        try (var jar = new JarOutputStream(Files.newOutputStream(target.resolve("torch4j-repl-0.jar")), new Manifest())) {
            jar.flush();
        }
        Path stamp = Files.writeString(target.resolve(".built"), "");
        // everything the launcher compares with the stamp is older than it: no build
        try (var files = Files.walk(root)) {
            for (Path p : files.toList()) {
                if (!p.equals(stamp)) Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
        Path script = Files.writeString(root.resolve("hello.jsh"), "print(arange(3).sum());\n");

        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), script.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // the JVM then prints "Picked up JAVA_TOOL_OPTIONS: ..." before its version line
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Xss4m");
        pb.environment().put("TORCH4J_HISTORY", root.resolve(".history").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) p.destroyForcibly();
        assertEquals(0, p.exitValue(), out + err);
        assertEquals("tensor(3)\n", out, err);
    }

    /**
     * The class path with each class directory (this build's target/classes) packed as a jar:
     * the launcher's class-data archive, written at exit, accepts jars only, as it finds them in a
     * real build.
     */
    private static String jarsOnly(String classPath, Path into) throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path dir = Path.of(entry);
            if (!Files.isDirectory(dir)) {
                entries.add(entry);
                continue;
            }
            Path jar = into.resolve("classes-" + n++ + ".jar");
            try (var out = new JarOutputStream(Files.newOutputStream(jar), new Manifest()); var files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(dir.relativize(f).toString().replace(File.separatorChar, '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
            entries.add(jar.toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
