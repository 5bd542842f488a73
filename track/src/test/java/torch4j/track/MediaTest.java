package torch4j.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.vision.transforms.TF;

/** Against both stores: SQLite files and a PostgreSQL server the test starts ({@link PgServer}). */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class MediaTest {
    @Parameter String store;

    @TempDir Path dir;

    @BeforeEach void setUp() {
        Track.setDir(dir);
        Track.setStore(PgServer.store(store));
    }

    @AfterEach void tearDown() {
        Track.setDir(null);
        Track.setStore(null);
    }

    @Test
    void imagesFromTensorsKeepTheirPixels() {
        Tensor gray = Torch.arange(64).reshape(8, 8).mul(4).to(DType.UINT8);
        Image img = Image.of(gray, "ramp");
        assertEquals(8, img.width());
        assertEquals(8, img.height());
        assertEquals("<Image 8x8 'ramp'>", img.toString());
        assertTrue(Torch.equal(gray.unsqueeze(0), TF.pilToTensor(img.toBufferedImage())));
        Tensor rgb = Torch.zeros(3, 4, 5);
        rgb.get(0).fill_(1.0);                                           // red, as a float image in [0, 1]
        BufferedImage b = Image.of(rgb).toBufferedImage();
        assertEquals(5, b.getWidth());
        assertEquals(0xFFFF0000, b.getRGB(2, 1));
        assertThrows(IllegalArgumentException.class, () -> Image.of("not an image"));
    }

    @Test
    void aTableOfCasesIsStoredWithTheRunAndReadBack() throws Exception {
        Torch.manualSeed(0);
        Tensor x = Torch.rand(3, 1, 8, 8);
        var cases = new Table("image", "label", "prediction", "ok");
        BufferedImage drawn = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        drawn.setRGB(1, 1, 0x00FF00);
        cases.addData(x.get(0), Torch.tensor(3L), 3, true);
        cases.addData(Image.of(x.get(1), "a blur"), 7L, Torch.tensor(1.5), false);
        cases.addData(drawn, 5, "five", null);
        cases.addData(x.get(0), 3, 3, true);                               // the first picture again
        assertEquals(4, cases.size());
        assertEquals(3L, cases.get(0, "label"));
        assertEquals(1.5, cases.get(1, "prediction"));
        var e = assertThrows(IllegalArgumentException.class, () -> cases.addData(1, 2));
        assertEquals("This table expects 4 columns: [image, label, prediction, ok], found 2", e.getMessage());

        Run run = Track.init("p", Map.of(), new RunOptions().live(false));
        run.log(Map.of("loss", 0.5, "cases", cases, "report", Html.of("<b>ok</b>"), "first", Image.of(x.get(0))));
        run.log(Map.of("loss", 0.25));
        run.finish();
        Table back = (Table) Track.media("p", run.id(), "cases");
        assertEquals(cases, back);
        assertEquals("a blur", ((Image) back.get(1, "image")).caption());
        assertEquals(Html.of("<b>ok</b>"), Track.media("p", run.id(), "report"));
        assertEquals(Image.of(x.get(0)), Track.media("p", run.id(), "first"));
        assertNull(Track.media("p", run.id(), "nothing"));
        assertEquals(List.of(0L, 1L), java.util.Arrays.stream(run.history("loss").steps()).boxed().toList());
        try (var walk = Files.walk(dir.resolve("p/artifacts/blobs"))) {
            assertEquals(4, walk.filter(Files::isRegularFile).count(), "3 distinct pictures and the HTML, each stored once");
        }
        assertTrue(cases.toString().startsWith("image" + " ".repeat(17) + "label  prediction  ok\n<Image 8x8>" + " ".repeat(11)
                + "3      3           true\n<Image 8x8 'a blur'>  7"), cases.toString());
    }
}
