package torch4j.render;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import torch4j.Torch;
import torch4j.nn.Linear;
import torch4j.plot.Figure;
import torch4j.plot.Plt;

class RichDisplayTest {
    @Test void mimeTypesPerKindOfValue() {
        assertEquals(List.of("text/html"), List.copyOf(RichDisplay.mimeData(Torch.ones(2)).keySet()));
        assertTrue(RichDisplay.mimeData(new Linear(2, 1)).get("text/html").contains("Linear(in_features=2"));
        assertTrue(RichDisplay.mimeData(Table.create("t", DoubleColumn.create("x", 1))).get("text/html").contains("<caption>t</caption>"));
        Figure fig = Plt.figure(1, 1);
        Plt.plot(List.of(1, 2));
        byte[] png = Base64.getDecoder().decode(RichDisplay.mimeData(fig).get("image/png"));
        assertEquals((byte) 0x89, png[0]);
        Plt.reset();
        var x = Torch.ones(1).requiresGrad_();
        Map<String, String> svg = RichDisplay.mimeData(AutogradSvg.graph(x.mul(2).sum()));
        assertTrue(svg.get("image/svg+xml").startsWith("<svg"));
        assertEquals(4, AutogradSvg.stepImages(x.mul(2).sum()).size());   // before, SumBackward0, MulBackward0, AccumulateGrad
        assertTrue(RichDisplay.mimeData("text").isEmpty());
        assertTrue(RichDisplay.mimeData(null).isEmpty());
    }

    /** An SVG's text/plain is a short description, as matplotlib's {@code <Figure size 640x480 with 1 Axes>}, not its markup. */
    @Test void anSvgsTextIsADescription() {
        var x = Torch.ones(1).requiresGrad_();
        SvgImage graph = AutogradSvg.graph(x.mul(2).sum());
        var bundle = torch4j.session.Renderers.render(graph);
        assertTrue(bundle.text().matches("<SVG image \\d+x\\d+>"), bundle.text());
        assertTrue(bundle.data().get("image/svg+xml").startsWith("<svg"));
        assertEquals("<SVG image 400x300>", new SvgImage("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400px\" height=\"300\"></svg>").toString());
        assertEquals("<SVG image 640x480>", new SvgImage("<?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 640 480\"><g/></svg>").toString());
        assertEquals("<SVG image>", new SvgImage("<svg><g/></svg>").toString());
    }
}
