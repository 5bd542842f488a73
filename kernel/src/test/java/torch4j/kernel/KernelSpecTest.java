package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {
    @Test
    void writesKernelJsonAndLogosAndRemovesThem(@TempDir Path prefix) throws Exception {
        Path dir = KernelSpec.specDirForPrefix(prefix);
        KernelSpec.write(dir, "/jdk/bin/java", "/a.jar:/b/classes");
        JsonObject spec = JsonParser.parseString(Files.readString(dir.resolve("kernel.json"))).getAsJsonObject();
        assertEquals("torch4j (Java)", spec.get("display_name").getAsString());
        assertEquals("java", spec.get("language").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());
        var argv = spec.getAsJsonArray("argv");
        assertEquals("/jdk/bin/java", argv.get(0).getAsString());
        assertEquals("{connection_file}", argv.get(argv.size() - 1).getAsString());
        assertTrue(argv.toString().contains("/a.jar:/b/classes"));
        BufferedImage logo = ImageIO.read(dir.resolve("logo-64x64.png").toFile());
        assertEquals(64, logo.getWidth());
        assertEquals(32, ImageIO.read(dir.resolve("logo-32x32.png").toFile()).getHeight());
        assertEquals(prefix.resolve("share/jupyter/kernels/torch4j"), dir);
        assertTrue(KernelSpec.remove(dir));
        assertFalse(Files.exists(dir));
    }
}
