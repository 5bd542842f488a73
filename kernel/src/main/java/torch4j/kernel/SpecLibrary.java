package torch4j.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The kernelspec's own copy of the kernel's classpath (its {@code lib} folder): an installed kernel
 * must not run from a build's {@code target/} folders, which {@code mvn clean} deletes. Jars are
 * copied; class folders (a build run from an IDE or the tests) are packed into jars. Test classes
 * and the test frameworks' jars are left out: they are on the classpath of a test JVM that installs
 * the kernel, and Maven's test scope once leaked them into the launcher's classpath too; so are
 * jars with nothing to load (only META-INF and module-info).
 * Files are created with the process's umask, as any other file the user makes.
 */
final class SpecLibrary {
    /** The kernel's entry point: a library without it cannot start a kernel. */
    static final String KERNEL_MAIN = "torch4j/kernel/Main.class";

    /** Packages of the test frameworks a Maven test run puts on the classpath (JUnit 5/6, its assertions, Surefire, JUnit 4). */
    private static final List<String> TEST_PACKAGES = List.of(
            "org/junit/", "org/opentest4j/", "org/apiguardian/", "org/apache/maven/surefire/", "junit/framework/");

    private SpecLibrary() {}

    /**
     * Copies the runtime entries of {@code classpath} into {@code lib} (an empty folder) and returns
     * their file names there, in classpath order. Entries that do not exist, empty class folders
     * and test entries are skipped.
     *
     * @throws IOException when none of the copied entries holds the kernel's main class
     */
    static List<String> copy(List<Path> classpath, Path lib) throws IOException {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        boolean kernelFound = false;
        for (Path entry : classpath) {
            if (isTestOnly(entry)) continue;
            if (Files.isDirectory(entry)) {
                if (isEmpty(entry)) continue;
                String name = unique(taken, folderJarName(entry));
                pack(entry, lib.resolve(name));
                names.add(name);
                kernelFound |= Files.isRegularFile(entry.resolve(KERNEL_MAIN));
            } else if (Files.isRegularFile(entry) && !holdsNothing(entry)) {
                String name = unique(taken, entry.getFileName().toString());
                try (InputStream in = Files.newInputStream(entry)) {
                    Files.copy(in, lib.resolve(name));   // a new file: the umask's mode, not the source's
                }
                names.add(name);
                kernelFound |= holds(entry, KERNEL_MAIN);
            }
        }
        if (!kernelFound) throw new IOException("the classpath has no " + KERNEL_MAIN + ": nothing to start the kernel with");
        return names;
    }

    /** A test-classes folder, a {@code -tests.jar}, or a jar of a test framework. */
    static boolean isTestOnly(Path entry) throws IOException {
        String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
        if (Files.isDirectory(entry)) return name.equals("test-classes");
        if (!Files.isRegularFile(entry)) return false;
        if (name.endsWith("-tests.jar")) return true;
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.stream().anyMatch(e -> TEST_PACKAGES.stream().anyMatch(e.getName()::startsWith));
        } catch (IOException notAJar) {
            return false;
        }
    }

    /** {@code kernel-classes.jar} for {@code .../kernel/target/classes}; the folder's name otherwise. */
    private static String folderJarName(Path folder) {
        Path parent = folder.getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("target")
                && parent.getParent() != null && parent.getParent().getFileName() != null)
            return parent.getParent().getFileName() + "-" + folder.getFileName() + ".jar";
        return folder.getFileName() + ".jar";
    }

    private static String unique(Set<String> taken, String name) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) candidate = i + "-" + name;
        return candidate;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.noneMatch(Files::isRegularFile);
        }
    }

    /**
     * A jar with nothing but META-INF and module-info: nothing to load from a classpath (JUnit's
     * aggregator junit-jupiter.jar is one).
     */
    private static boolean holdsNothing(Path jarFile) {
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            return jar.stream().allMatch(e -> e.isDirectory() || e.getName().startsWith("META-INF/")
                    || e.getName().equals("module-info.class"));
        } catch (IOException notAJar) {
            return false;
        }
    }

    private static boolean holds(Path jarFile, String entry) {
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            return jar.getEntry(entry) != null;
        } catch (IOException notAJar) {
            return false;
        }
    }

    /** Packs a class folder into a jar (folders and files, in a stable order). */
    private static void pack(Path folder, Path target) throws IOException {
        List<Path> paths;
        try (Stream<Path> s = Files.walk(folder)) {
            paths = s.filter(p -> !p.equals(folder)).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW);
             JarOutputStream jar = new JarOutputStream(out)) {
            for (Path p : paths) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                boolean dir = Files.isDirectory(p);
                jar.putNextEntry(new ZipEntry(dir ? name + "/" : name));
                if (!dir) Files.copy(p, jar);
                jar.closeEntry();
            }
        }
    }
}
