package torch4j.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The device seam, checked on the source tree: nothing outside {@code torch4j.backend.cpu} names
 * it (DESIGN §3), so every kernel call above the backends goes through {@link Backend}. The main
 * sources of every module are scanned (the REPL, the kernel and the CUDA module included); tests
 * and benchmarks may reach into the CPU backend to test it.
 */
class SeamTest {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Pattern CPU_REFERENCE = Pattern.compile("\\btorch4j\\.backend\\.cpu\\b");

    @Test
    void noClassAboveTheSeamNamesTheCpuBackend() throws IOException {
        Set<String> offenders = new TreeSet<>();
        int scanned = 0;
        for (String module : List.of("tensor", "repl", "kernel", "cuda")) {
            Path main = REPO.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(main)) continue;
            try (Stream<Path> files = Files.walk(main)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    String rel = main.relativize(f).toString().replace('\\', '/');
                    if (rel.startsWith("torch4j/backend/cpu/")) continue;
                    scanned++;
                    if (CPU_REFERENCE.matcher(Files.readString(f)).find()) offenders.add(module + "/" + rel);
                }
            }
        }
        assertTrue(scanned > 300, "scanned only " + scanned + " files: is the repository layout as expected?");
        assertEquals(Set.of(), offenders, "classes above the seam that name torch4j.backend.cpu");
    }

    @Test
    void bothBackendsAreFoundByServiceLoader() {
        assertEquals("cpu", Backends.cpu().type());
        assertEquals("meta", Backends.find("meta").type());
        assertTrue(List.of("cpu", "meta").stream().allMatch(t -> Backends.find(t) != null));
    }
}
