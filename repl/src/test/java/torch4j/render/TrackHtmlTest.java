package torch4j.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import torch4j.Torch;
import torch4j.track.Html;
import torch4j.track.Image;
import torch4j.track.RunOptions;
import torch4j.track.Table;
import torch4j.track.Track;

class TrackHtmlTest {
    @Test
    void aTableOfCasesShowsItsPicturesInline() {
        Image img = Image.of(Torch.zeros(8, 8), "a <zero>");
        String html = TrackHtml.table(new Table("image", "label").addData(img, "3 & 4"));
        String png = Base64.getEncoder().encodeToString(img.png());
        assertTrue(html.contains("<td><img src=\"data:image/png;base64," + png + "\" width=\"56\" style=\"image-rendering: pixelated\""
                + " alt=\"a &lt;zero&gt;\"/><br/>a &lt;zero&gt;</td><td>3 &amp; 4</td>"), html);
        assertTrue(html.endsWith("<p>1 row × 2 columns</p></div>"), html);
        var data = RichDisplay.mimeData(new Table("a").addData(1));
        assertEquals(java.util.Set.of("text/html"), data.keySet());
        assertEquals(png, RichDisplay.mimeData(img).get("image/png"));
        assertEquals("<i>x</i>", RichDisplay.mimeData(Html.of("<i>x</i>")).get("text/html"));
    }

    @Test
    void theRunsOfAProjectAsAnHtmlTable(@TempDir Path dir) {
        try (var run = Track.init("p", Map.of("lr", 0.5), new RunOptions().dir(dir).id("r1").name("first").live(false))) {
            run.log(Map.of("acc", 0.75));
        }
        Track.setDir(dir);
        try {
            String html = RichDisplay.mimeData(Track.runs("p")).get("text/html");
            assertTrue(html.contains("<caption>p</caption>"), html);
            assertTrue(html.contains("<th>lr</th><th>acc</th>"), html);
            assertTrue(html.contains("<td>r1</td><td>first</td><td>finished</td><td></td><td>0.5</td><td>0.75</td>"), html);
        } finally {
            Track.setDir(null);
        }
    }
}
