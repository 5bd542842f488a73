package torch4j.track;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source of a plain Java program's main class, for {@link RunOptions#saveCode} outside a
 * session: the launcher's command line ({@code sun.java.command}) names the class, or the
 * {@code .java} file in source-file mode ({@code java Train.java}); the file is looked for beside
 * the class's compiled output ({@code target/classes} to {@code src/main/java}, Maven's and
 * Gradle's layouts) and then under the working directory.
 */
final class MainSource {
    private MainSource() {}

    /** The main class's (or source file's) path and text, if the program has one that can be found. */
    static Optional<RunCode> find() {
        String command = System.getProperty("sun.java.command", "").strip();
        if (command.isEmpty()) return Optional.empty();
        String[] words = command.split("\\s+");
        if (words[0].endsWith(".java")) return read(Path.of(words[0]));
        if (words[0].endsWith("SourceLauncher")) {               // java Train.java, as some JDKs report it
            for (int i = 1; i < words.length; i++) if (words[i].endsWith(".java")) return read(Path.of(words[i]));
            return Optional.empty();
        }
        if (words[0].endsWith(".jar")) return Optional.empty();
        String main = words[0].contains("$") ? words[0].substring(0, words[0].indexOf('$')) : words[0];
        String relative = main.replace('.', '/') + ".java";
        for (Path root : roots(main)) {
            Path file = root.resolve(relative);
            if (Files.isRegularFile(file)) return read(file);
        }
        return Optional.empty();
    }

    /** Where the source tree may be: from the class's compiled output, then the working directory. */
    private static List<Path> roots(String main) {
        List<Path> roots = new ArrayList<>();
        try {
            Class<?> c = Class.forName(main, false, ClassLoader.getSystemClassLoader());
            var where = c.getProtectionDomain().getCodeSource();
            if (where != null) {
                Path out = Path.of(where.getLocation().toURI());
                Path module = out.getParent() == null ? null : out.getParent().getParent();
                String set = out.getFileName().toString().equals("test-classes") ? "test" : "main";
                if (module != null) roots.add(module.resolve("src").resolve(set).resolve("java"));
                // Gradle: build/classes/java/main
                if (out.getParent() != null && out.getParent().getParent() != null && out.getParent().getParent().getParent() != null) {
                    roots.add(out.getParent().getParent().getParent().resolve("src").resolve(out.getFileName().toString()).resolve("java"));
                }
            }
        } catch (ClassNotFoundException | URISyntaxException | RuntimeException | LinkageError e) {
            // a class the system loader cannot name (a custom launcher): the working directory is left
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (String set : List.of("src/main/java", "src/test/java", "src", "")) roots.add(cwd.resolve(set));
        return roots;
    }

    private static Optional<RunCode> read(Path file) {
        try {
            return Optional.of(new RunCode(file.toAbsolutePath().normalize().toString(), Files.readString(file), null));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
