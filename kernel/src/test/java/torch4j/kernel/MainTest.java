package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        for (String entry : Main.classpath().split(File.pathSeparator)) assertTrue(Path.of(entry).isAbsolute(), entry);
    }
}
