package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {
    @Test
    void writesKernelJsonAndLogosAndRemovesThem(@TempDir Path tmp) throws Exception {
        Path dir = KernelSpec.specDirForPrefix(tmp.resolve("prefix"));
        KernelSpec.install(dir, "/jdk/bin/java", List.of(jar(tmp.resolve("kernel.jar"), "torch4j/kernel/Main.class")), false);
        JsonObject spec = kernelJson(dir);
        assertEquals("torch4j (Java)", spec.get("display_name").getAsString());
        assertEquals("java", spec.get("language").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());
        var argv = spec.getAsJsonArray("argv");
        assertEquals("/jdk/bin/java", argv.get(0).getAsString());
        assertEquals("{connection_file}", argv.get(argv.size() - 1).getAsString());
        BufferedImage logo = ImageIO.read(dir.resolve("logo-64x64.png").toFile());
        assertEquals(64, logo.getWidth());
        assertEquals(32, ImageIO.read(dir.resolve("logo-32x32.png").toFile()).getHeight());
        assertEquals(tmp.resolve("prefix/share/jupyter/kernels/torch4j"), dir);
        assertTrue(KernelSpec.remove(dir));
        assertFalse(Files.exists(dir));
    }

    /**
     * The kernel runs from copies the kernelspec owns: the build's jars and class folders (a
     * {@code mvn clean} deletes those), never test classes or the test frameworks' jars.
     */
    @Test
    void theClasspathIsCopiedIntoTheSpecWithoutTestEntries(@TempDir Path tmp) throws Exception {
        Path build = tmp.resolve("project"), repo = tmp.resolve("m2");
        List<Path> classpath = List.of(
                jar(build.resolve("kernel/target/torch4j-kernel-0.1.jar"), "torch4j/kernel/Main.class"),
                classes(build.resolve("repl/target/classes"), "torch4j/session/Session.class"),
                classes(build.resolve("repl/target/test-classes"), "torch4j/session/SessionTest.class"),
                jar(build.resolve("tensor/target/torch4j-tensor-0.1-tests.jar"), "torch4j/TensorTest.class"),
                jar(repo.resolve("gson-2.15.0.jar"), "com/google/gson/Gson.class"),
                jar(repo.resolve("junit-jupiter-api-6.1.3.jar"), "org/junit/jupiter/api/Test.class"),
                jar(repo.resolve("opentest4j-1.3.0.jar"), "org/opentest4j/AssertionFailedError.class"),
                tmp.resolve("missing.jar"));
        Path dir = KernelSpec.specDirForPrefix(tmp.resolve("prefix"));
        KernelSpec.install(dir, "/jdk/bin/java", classpath, false);

        List<String> entries = classpathOf(kernelJson(dir));
        assertEquals(List.of("torch4j-kernel-0.1.jar", "repl-classes.jar", "gson-2.15.0.jar"),
                entries.stream().map(e -> Path.of(e).getFileName().toString()).toList());
        for (String e : entries) {
            assertTrue(Path.of(e).startsWith(dir.resolve("lib")), e + " lies outside the kernelspec");
            assertFalse(e.contains("target"), e);
        }
        try (JarFile packed = new JarFile(dir.resolve("lib/repl-classes.jar").toFile())) {
            assertTrue(packed.getEntry("torch4j/session/Session.class") != null, "the class folder is packed into a jar");
        }
        // mvn clean, and the local repository gone too: the kernelspec still has all it runs
        deleteTree(build);
        deleteTree(repo);
        for (String e : entries) assertTrue(Files.isRegularFile(Path.of(e)), e);
    }

    @Test
    void reinstallingReplacesTheSpecWholeAndLeavesNoTemporaryFiles(@TempDir Path tmp) throws Exception {
        Path dir = KernelSpec.specDirForPrefix(tmp.resolve("prefix"));
        Path old = jar(tmp.resolve("old/torch4j-kernel-0.1.jar"), "torch4j/kernel/Main.class");
        KernelSpec.install(dir, "/jdk/bin/java", List.of(old), false);
        Path renamed = jar(tmp.resolve("new/torch4j-kernel-0.2.jar"), "torch4j/kernel/Main.class");
        KernelSpec.install(dir, "/jdk/bin/java", List.of(renamed), false);
        assertEquals(List.of("torch4j-kernel-0.2.jar"), list(dir.resolve("lib")), "the old jar went with the old spec");
        assertEquals(List.of("torch4j"), list(dir.getParent()), "no staging or old folders left beside the spec");
        assertEquals(List.of("jit-directives.json", "kernel.json", "lib", "logo-32x32.png", "logo-64x64.png"), list(dir));
    }

    /** The kernel gets the launcher's JIT directives (copied into the spec) and the spec's AOT cache, by absolute paths or {resource_dir}. */
    @Test
    void theJitDirectivesAndTheAotCacheAreTheSpecsOwn(@TempDir Path tmp) throws Exception {
        Path dir = KernelSpec.specDirForPrefix(tmp.resolve("prefix"));
        KernelSpec.install(dir, "/jdk/bin/java", List.of(jar(tmp.resolve("kernel.jar"), "torch4j/kernel/Main.class")), false);
        List<String> argv = kernelJson(dir).getAsJsonArray("argv").asList().stream().map(e -> e.getAsString()).toList();
        assertTrue(argv.contains("-XX:CompilerDirectivesFile=" + dir.resolve("jit-directives.json")), argv.toString());
        assertTrue(argv.contains("-XX:AOTCache=" + dir.resolve("torch4j.aot")), argv.toString());
        assertTrue(argv.indexOf("-XX:+UnlockDiagnosticVMOptions") < argv.indexOf("-XX:-DisplayVMOutput"), argv.toString());
        assertTrue(Files.readString(dir.resolve("jit-directives.json")).contains("c2: { Exclude: true }"));

        Path relocatable = tmp.resolve("spec");
        KernelSpec.install(relocatable, "/jdk/bin/java", List.of(jar(tmp.resolve("kernel.jar"), "torch4j/kernel/Main.class")), true);
        List<String> argv2 = kernelJson(relocatable).getAsJsonArray("argv").asList().stream().map(e -> e.getAsString()).toList();
        assertTrue(argv2.contains("-XX:AOTCache={resource_dir}/torch4j.aot"), argv2.toString());
        assertTrue(argv2.contains("-XX:CompilerDirectivesFile={resource_dir}/jit-directives.json"), argv2.toString());
    }

    @Test
    void aClasspathWithoutTheKernelIsRefused(@TempDir Path tmp) throws Exception {
        Path dir = KernelSpec.specDirForPrefix(tmp.resolve("prefix"));
        List<Path> noKernel = List.of(jar(tmp.resolve("gson.jar"), "com/google/gson/Gson.class"));
        IOException e = assertThrows(IOException.class, () -> KernelSpec.install(dir, "/jdk/bin/java", noKernel, false));
        assertTrue(e.getMessage().contains("torch4j/kernel/Main.class"), e.getMessage());
        assertFalse(Files.exists(dir));
        assertEquals(List.of(), list(dir.getParent()), "the staging folder was removed");
    }

    @Test
    void aRelocatableSpecNamesItsJarsThroughResourceDir(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("staged/torch4j");
        KernelSpec.install(dir, "/jdk/bin/java", List.of(jar(tmp.resolve("k.jar"), "torch4j/kernel/Main.class")), true);
        assertEquals(List.of("{resource_dir}/lib/k.jar"), classpathOf(kernelJson(dir)));
    }

    static JsonObject kernelJson(Path specDir) throws IOException {
        return JsonParser.parseString(Files.readString(specDir.resolve("kernel.json"))).getAsJsonObject();
    }

    /** The entries of argv's -cp. */
    static List<String> classpathOf(JsonObject spec) {
        JsonArray argv = spec.getAsJsonArray("argv");
        for (int i = 0; i < argv.size() - 1; i++)
            if (argv.get(i).getAsString().equals("-cp")) return Arrays.asList(argv.get(i + 1).getAsString().split(File.pathSeparator));
        throw new AssertionError("no -cp in " + argv);
    }

    private static Path jar(Path file, String entry) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new ZipEntry(entry));
            jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            jar.closeEntry();
        }
        return file;
    }

    private static Path classes(Path dir, String file) throws IOException {
        Path f = dir.resolve(file);
        Files.createDirectories(f.getParent());
        Files.write(f, new byte[] {(byte) 0xCA, (byte) 0xFE});
        return dir;
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
