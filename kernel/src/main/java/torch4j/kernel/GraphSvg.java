package torch4j.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import torch4j.autograd.GraphView;

/**
 * Draws a backward graph as SVG in pure Java (no Graphviz): nodes in layers by their distance
 * from the root, leaves (AccumulateGrad, the tensors that get .grad) on top and the root at the
 * bottom, arrows in the forward direction as torchviz draws them. Each box shows the node's name
 * and output shape, and the value and gradient where known; one node can be highlighted (the one
 * backward is running in a step-through).
 */
final class GraphSvg {
    private static final int CHAR_W = 7, LINE_H = 15, PAD = 8, GAP_X = 24, GAP_Y = 44, MAX_LINES = 6, MAX_CHARS = 64;

    private GraphSvg() {}

    /** A node's box: its text lines and where it sits. */
    private static final class Box {
        final GraphView.GraphNode node;
        final List<String> lines = new ArrayList<>();
        int layer, x, y, w, h;
        double order;

        Box(GraphView.GraphNode node) {
            this.node = node;
        }
    }

    /**
     * The SVG of {@code graph}; {@code grads} maps node ids to the gradient text shown in them
     * (the step-through's incoming gradients), {@code done} the nodes backward has run,
     * {@code current} the node to highlight (-1 for none); while {@code stepping}, the leaves'
     * final .grad stays hidden until backward reaches them.
     */
    static String render(GraphView.Graph graph, Map<Integer, String> grads, java.util.Set<Integer> done, int current, boolean stepping) {
        List<GraphView.GraphNode> nodes = graph.nodes();
        if (nodes.isEmpty())
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"30\"><text x=\"8\" y=\"20\" "
                    + "font-family=\"monospace\" font-size=\"12\">(no graph: the tensor does not require grad)</text></svg>";
        List<Box> boxes = new ArrayList<>();
        for (GraphView.GraphNode n : nodes) boxes.add(new Box(n));
        layers(boxes, graph.edges());
        for (Box b : boxes) text(b, grads.get(b.node.id()), stepping);
        int height = place(boxes, graph.edges());
        int width = boxes.stream().mapToInt(b -> b.x + b.w).max().orElse(0) + PAD;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-family=\"DejaVu Sans Mono, Menlo, monospace\" font-size=\"12\">\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        for (GraphView.GraphEdge e : graph.edges()) {
            Box consumer = boxes.get(e.from()), input = boxes.get(e.to());
            int x1 = input.x + input.w / 2, y1 = input.y + input.h, x2 = consumer.x + consumer.w / 2, y2 = consumer.y;
            svg.append("<path d=\"M").append(x1).append(',').append(y1).append(" C").append(x1).append(',').append((y1 + y2) / 2)
                    .append(' ').append(x2).append(',').append((y1 + y2) / 2).append(' ').append(x2).append(',').append(y2)
                    .append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>\n");
        }
        for (Box b : boxes) {
            boolean leaf = b.node.name().equals("AccumulateGrad");
            String fill = b.node.id() == current ? "#fde0d9" : done.contains(b.node.id()) ? "#fff6cc" : leaf ? "#dbeafe" : b.node.id() == 0 ? "#dcfce7" : "#f3f4f6";
            String stroke = b.node.id() == current ? "#ee4c2c" : "#6b7280";
            svg.append("<g><title>").append(escape(String.join("\n", b.lines))).append("</title>")
                    .append("<rect x=\"").append(b.x).append("\" y=\"").append(b.y).append("\" width=\"").append(b.w).append("\" height=\"").append(b.h)
                    .append("\" rx=\"6\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                    .append("\" stroke-width=\"").append(b.node.id() == current ? 2.5 : 1).append("\"/>\n");
            for (int i = 0; i < b.lines.size(); i++) {
                svg.append("<text x=\"").append(b.x + PAD).append("\" y=\"").append(b.y + PAD + LINE_H * (i + 1) - 4).append('"')
                        .append(i == 0 ? " font-weight=\"bold\"" : "").append(" xml:space=\"preserve\">")
                        .append(escape(b.lines.get(i))).append("</text>\n");
            }
            svg.append("</g>\n");
        }
        return svg.append("</svg>").toString();
    }

    /** Layer of a node: its longest distance from the root, so every arrow points down. */
    private static void layers(List<Box> boxes, List<GraphView.GraphEdge> edges) {
        Map<Integer, List<Integer>> inputs = new HashMap<>();
        int[] indegree = new int[boxes.size()];
        for (GraphView.GraphEdge e : edges) {
            inputs.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
            indegree[e.to()]++;
        }
        // Kahn's order from the root: a node's layer is final once every consumer has been seen
        List<Integer> ready = new ArrayList<>(List.of(0));
        while (!ready.isEmpty()) {
            int n = ready.removeLast();
            for (int in : inputs.getOrDefault(n, List.of())) {
                boxes.get(in).layer = Math.max(boxes.get(in).layer, boxes.get(n).layer + 1);
                if (--indegree[in] == 0) ready.add(in);
            }
        }
    }

    private static void text(Box b, String grad, boolean stepping) {
        GraphView.GraphNode n = b.node;
        b.lines.add(n.name() + (n.shape() == null ? "" : " " + Arrays.toString(n.shape())));
        if (n.value() != null) addBlock(b.lines, "value: ", n.value());
        String g = grad != null || stepping ? grad : n.grad();
        if (g != null) addBlock(b.lines, "grad: ", g);
        int longest = b.lines.stream().mapToInt(String::length).max().orElse(8);
        b.w = Math.max(90, longest * CHAR_W + 2 * PAD);
        b.h = b.lines.size() * LINE_H + 2 * PAD - 2;
    }

    /** A tensor repr under a label, cut to a few lines of bounded length so a large tensor keeps its box small. */
    private static void addBlock(List<String> lines, String label, String repr) {
        String[] rows = repr.split("\n");
        for (int i = 0; i < Math.min(rows.length, MAX_LINES); i++) {
            String row = (i == 0 ? label : " ".repeat(label.length())) + rows[i];
            lines.add(row.length() > MAX_CHARS ? row.substring(0, MAX_CHARS - 1) + "…" : row);
        }
        if (rows.length > MAX_LINES) lines.add(" ".repeat(label.length()) + "…");
    }

    /** Positions: layers bottom-up from the deepest, boxes ordered by their consumers' positions (one barycentre pass). */
    private static int place(List<Box> boxes, List<GraphView.GraphEdge> edges) {
        int deepest = boxes.stream().mapToInt(b -> b.layer).max().orElse(0);
        List<List<Box>> byLayer = new ArrayList<>();
        for (int l = 0; l <= deepest; l++) byLayer.add(new ArrayList<>());
        for (Box b : boxes) {
            b.order = b.node.id();
            byLayer.get(b.layer).add(b);
        }
        Map<Integer, List<Integer>> consumers = new HashMap<>();
        for (GraphView.GraphEdge e : edges) consumers.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        int y = PAD;
        int[] layerY = new int[deepest + 1];
        for (int l = deepest; l >= 0; l--) {
            layerY[l] = y;
            y += byLayer.get(l).stream().mapToInt(b -> b.h).max().orElse(0) + GAP_Y;
        }
        for (int l = 0; l <= deepest; l++) {
            List<Box> row = byLayer.get(l);
            if (l > 0) {
                for (Box b : row) {
                    List<Integer> cs = consumers.getOrDefault(b.node.id(), List.of());
                    b.order = cs.stream().mapToDouble(c -> boxes.get(c).x + boxes.get(c).w / 2.0).average().orElse(b.node.id());
                }
            }
            row.sort(Comparator.comparingDouble((Box b) -> b.order).thenComparingInt(b -> b.node.id()));
            int x = PAD;
            for (Box b : row) {
                b.x = x;
                b.y = layerY[l];
                x += b.w + GAP_X;
            }
        }
        centre(byLayer);
        return y - GAP_Y + PAD;
    }

    /** Centres each layer under the widest one. */
    private static void centre(List<List<Box>> byLayer) {
        int widest = 0;
        for (List<Box> row : byLayer) if (!row.isEmpty()) widest = Math.max(widest, row.getLast().x + row.getLast().w);
        for (List<Box> row : byLayer) {
            if (row.isEmpty()) continue;
            int shift = (widest - (row.getLast().x + row.getLast().w)) / 2;
            for (Box b : row) b.x += shift;
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
