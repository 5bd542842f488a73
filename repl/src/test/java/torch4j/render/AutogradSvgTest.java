package torch4j.render;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import torch4j.Tensor;
import torch4j.Torch;

class AutogradSvgTest {
    private static Tensor w, x, b;

    /** {@code (w*x+b).sum()} with w and b requiring grad, x not. */
    private static Tensor affineSum() {
        w = Torch.tensor(new double[] {1, 2, 3}).requiresGrad_();
        x = Torch.tensor(new double[] {4, 5, 6});
        b = Torch.tensor(new double[] {0.5, 0.5, 0.5}).requiresGrad_();
        return w.mul(x).add(b).sum();
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static Map<String, Element> boxes(Document doc) {
        Map<String, Element> map = new HashMap<>();
        NodeList gs = doc.getElementsByTagName("g");
        for (int i = 0; i < gs.getLength(); i++) map.put(((Element) gs.item(i)).getAttribute("data-key"), (Element) gs.item(i));
        return map;
    }

    private static double top(Element g) { return Double.parseDouble(((Element) g.getElementsByTagName("rect").item(0)).getAttribute("y")); }

    private static String text(Element g) {
        StringBuilder sb = new StringBuilder();
        NodeList ts = g.getElementsByTagName("text");
        for (int i = 0; i < ts.getLength(); i++) sb.append(ts.item(i).getTextContent()).append('\n');
        return sb.toString();
    }

    @Test void nodesAndEdgesOfAffineSum() throws Exception {
        Document doc = parse(AutogradSvg.render(affineSum()));
        Map<String, Element> boxes = boxes(doc);
        assertEquals(Set.of("n0", "n1", "n2", "n3", "n4", "leaf3", "leaf4", "out"), boxes.keySet());
        assertEquals("SumBackward0", boxes.get("n0").getAttribute("data-name"));
        assertEquals("AddBackward0", boxes.get("n1").getAttribute("data-name"));
        assertEquals("MulBackward0", boxes.get("n2").getAttribute("data-name"));
        assertEquals("AccumulateGrad", boxes.get("n3").getAttribute("data-name"));   // b, reached from AddBackward0
        assertEquals("AccumulateGrad", boxes.get("n4").getAttribute("data-name"));   // w, reached from MulBackward0
        assertEquals("(3,)\n[0.5000, 0.5000, 0.5000]\n", text(boxes.get("leaf3")));
        assertEquals("(3,)\n[1., 2., 3.]\n", text(boxes.get("leaf4")));
        assertEquals("()\n33.5000\n", text(boxes.get("out")));
        Set<String> edges = new HashSet<>();
        NodeList paths = doc.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (p.getAttribute("class").equals("edge")) edges.add(p.getAttribute("data-from") + "->" + p.getAttribute("data-to"));
        }
        assertEquals(Set.of("leaf4->n4", "leaf3->n3", "n4->n2", "n2->n1", "n3->n1", "n1->n0", "n0->out"), edges);
        // arrows point down: every edge's source box lies above its target
        for (String e : edges) {
            String[] ab = e.split("->");
            assertTrue(top(boxes.get(ab[0])) < top(boxes.get(ab[1])), e);
        }
    }

    @Test void traceFollowsTheEngine() {
        Tensor loss = affineSum();
        BackwardTrace t = BackwardTrace.of(loss);
        List<String> names = new ArrayList<>();
        for (int id : t.order()) names.add(t.graph().nodes().get(id).name());
        assertEquals("SumBackward0", names.get(0));
        assertEquals("AddBackward0", names.get(1));
        assertEquals(5, names.size());
        assertTrue(names.indexOf("MulBackward0") < t.order().indexOf(4), "w's AccumulateGrad runs after MulBackward0");
        assertEquals("tensor([4., 5., 6.])", t.grads().get(4).toString());          // dloss/dw = x
        assertEquals("tensor([1., 1., 1.])", t.grads().get(3).toString());          // dloss/db
        assertNull(w.grad());                                                         // .grad untouched
        loss.backward();                                                              // graph retained
        assertEquals("tensor([4., 5., 6.])", w.grad().toString());
    }

    @Test void stepsHighlightWhatRanSoFar() throws Exception {
        Tensor loss = affineSum();
        List<String> frames = AutogradSvg.steps(loss);
        assertEquals(6, frames.size());
        Map<String, Element> first = boxes(parse(frames.get(0)));
        assertFalse(first.get("n0").getAttribute("class").contains("done"));
        assertFalse(text(first.get("leaf4")).contains("grad"));
        Map<String, Element> second = boxes(parse(frames.get(2)));
        assertEquals("node fn done", second.get("n0").getAttribute("class"));
        assertEquals("node fn done current", second.get("n1").getAttribute("class"));
        assertEquals("node fn", second.get("n2").getAttribute("class"));
        assertTrue(text(second.get("n1")).contains("grad: [1., 1., 1.]"));
        Map<String, Element> last = boxes(parse(frames.get(5)));
        for (String k : List.of("n0", "n1", "n2", "n3", "n4")) assertTrue(last.get(k).getAttribute("class").contains("done"), k);
        assertTrue(text(last.get("leaf4")).contains("grad: [4., 5., 6.]"));
    }

    @Test void gradientsAfterBackwardAndNoGraph() throws Exception {
        Tensor loss = affineSum();
        loss.backward();
        assertTrue(text(boxes(parse(AutogradSvg.render(loss))).get("leaf4")).contains("grad: [4., 5., 6.]"));
        String none = AutogradSvg.render(Torch.ones(2));
        assertTrue(parse(none).getDocumentElement().getTextContent().contains("no graph"));
        assertEquals(List.of("(5, 7)"), AutogradSvg.compact(Torch.zeros(5, 7)));
        assertEquals(List.of("[[1., 2.],", " [3., 4.]]"), AutogradSvg.compact("tensor([[1., 2.],\n        [3., 4.]], grad_fn=<AddBackward0>)"));
    }

    /** A chain a thousand nodes deep (an unrolled loop) lays out and traces (adjacency lists, no per-node scans of all edges). */
    @Test void deepChain() throws Exception {
        Tensor x = Torch.tensor(new double[] {1, 2}).requiresGrad_();
        Tensor y = x;
        for (int i = 0; i < 1000; i++) y = y.mul(1.001);
        Tensor loss = y.sum();
        Document doc = parse(AutogradSvg.render(loss));
        assertEquals(1000 + 1 + 1 + 1 + 1, doc.getElementsByTagName("g").getLength());   // muls, sum, AccumulateGrad, leaf, output
        assertEquals(1002, BackwardTrace.of(loss).order().size());
    }
}
