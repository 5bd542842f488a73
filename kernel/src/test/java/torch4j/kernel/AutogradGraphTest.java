package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import torch4j.Tensor;
import torch4j.Torch;

class AutogradGraphTest {
    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void drawsEveryNodeAsWellFormedSvg() throws Exception {
        Tensor x = Torch.ones(2).requiresGrad_();
        Tensor w = Torch.ones(2).mul(2).requiresGrad_();
        Tensor loss = x.mul(w).add(x).sum();
        String svg = AutogradGraph.of(loss).toSvg();
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        // SumBackward0, AddBackward0, MulBackward0 and the two AccumulateGrad leaves: one box each
        assertEquals(5, doc.getElementsByTagName("rect").getLength() - 1);
        for (String name : List.of("SumBackward0", "AddBackward0", "MulBackward0", "AccumulateGrad"))
            assertTrue(svg.contains(name), name);
        assertEquals(5, doc.getElementsByTagName("path").getLength() - 1, "one arrow per edge (x feeds Add and Mul)");
        assertTrue(AutogradGraph.of(loss).toMimeBundle().get("text/plain").startsWith("SumBackward0"));
    }

    @Test
    void stepBackwardRedrawsOneDisplayPerNodeAndEndsWithTheGrads() throws Exception {
        Tensor x = Torch.ones(2).requiresGrad_();
        Tensor loss = x.mul(3).sum();
        List<String> events = new ArrayList<>();
        List<Map<String, String>> bundles = new ArrayList<>();
        AutogradGraph.setDisplay(new Interpreter.Display() {
            @Override
            public void display(Map<String, String> bundle, String displayId) {
                events.add("display " + displayId);
                bundles.add(bundle);
            }

            @Override
            public void update(Map<String, String> bundle, String displayId) {
                events.add("update " + displayId);
                bundles.add(bundle);
            }
        });
        try {
            AutogradGraph.stepBackward(loss, 0);
        } finally {
            AutogradGraph.setDisplay(null);
        }
        // the graph, one frame per node (Sum, Mul, AccumulateGrad), the final picture
        assertEquals(5, events.size(), events.toString());
        String id = events.get(0).substring("display ".length());
        for (String e : events.subList(1, 5)) assertEquals("update " + id, e);
        assertFalse(bundles.get(0).get("image/svg+xml").contains("grad: "), "no gradient before backward reaches a node");
        assertTrue(bundles.get(1).get("image/svg+xml").contains("grad: tensor(1.)"), "the seed gradient at the root");
        assertTrue(bundles.get(4).get("image/svg+xml").contains("grad: tensor([3., 3.])"));
        assertEquals("tensor([3., 3.])", x.grad().toString());
        for (Map<String, String> b : bundles) parse(b.get("image/svg+xml"));
    }
}
