package torch4j.render;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.nn.Linear;
import torch4j.nn.Module;
import torch4j.nn.ReLU;
import torch4j.nn.Sequential;

class ModuleHtmlTest {
    @Test void treeWithCounts() {
        var net = new Sequential(new Linear(2, 8), new ReLU(), new Linear(8, 1));
        String html = ModuleHtml.render(net);
        assertTrue(html.contains("<b>Sequential</b> &middot; 33 parameters (33 trainable)"), html);
        assertTrue(html.contains("(0): Linear(in_features=2, out_features=8, bias=True)<span style=\"color:#777\"> &middot; 24</span>"), html);
        assertTrue(html.contains("(1): ReLU()<span style=\"color:#777\"> &middot; 0</span>"), html);
        assertTrue(html.contains(">weight (8, 2)</div>"), html);
        assertTrue(html.contains(">bias (1,)</div>"), html);
        assertTrue(html.indexOf("(0): Linear") < html.indexOf("(1): ReLU") && html.indexOf("(1): ReLU") < html.indexOf("(2): Linear"));
        net.parameters().getFirst().requiresGrad_(false);
        assertTrue(ModuleHtml.render(net).contains("33 parameters (17 trainable)"));
        assertTrue(ModuleHtml.render(net).contains("weight (8, 2) (frozen)"));
    }

    @Test void namesAreEscaped() {
        class Weird extends Module {
            @Override public String extraRepr() { return "a<b & c>"; }
            @Override public Tensor forward(Tensor x) { return x; }
        }
        String html = ModuleHtml.render(new Weird());
        assertTrue(html.contains("Weird(a&lt;b &amp; c&gt;)"), html);
        assertTrue(html.contains("0 parameters (0 trainable)"));
    }
}
