package torch4j.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import torch4j.Tensor;
import torch4j.autograd.GraphView;

/**
 * The autograd graph of a tensor as SVG, drawn in pure Java the way torchviz draws it: leaf
 * tensors (blue) at the top feeding their {@code AccumulateGrad}, backward nodes (grey, PyTorch's
 * names such as {@code MulBackward0}) below, the output tensor (green) at the bottom, arrows
 * pointing down the direction data flowed forward. Small tensors show their values, larger ones
 * their shape; leaves show their {@code .grad} once backward has run.
 *
 * <pre>{@code
 * jshell> display(AutogradSvg.graph(loss))                // the kernel shows image/svg+xml
 * jshell> var frames = AutogradSvg.stepImages(loss)       // frame k: the first k nodes run
 * jshell> display(frames.get(0), "bw"); for (var f : frames) { updateDisplay("bw", f); Thread.sleep(800); }
 * }</pre>
 *
 * Layout: longest-path layering from the output, then barycentre ordering within the layers.
 */
public final class AutogradSvg {
    private AutogradSvg() {}

    /** Tensors with at most this many elements show their values; larger ones only their shape. */
    static final int MAX_VALUES = 8;

    /** The graph of {@code root} (leaves' gradients shown where {@code .grad} is set); a note when there is no graph. */
    public static String render(Tensor root) {
        GraphView.Graph g = GraphView.of(root);
        Map<Integer, List<String>> grads = new HashMap<>();
        for (GraphView.GraphNode n : g.nodes()) if (n.grad() != null) grads.put(n.id(), compact(n.grad()));
        return draw(g, Set.of(), -1, grads, leafGradsOnly(g, grads));
    }

    /** {@link #render(Tensor)} as a value a notebook shows as a picture ({@code display(AutogradSvg.graph(loss))}). */
    public static SvgImage graph(Tensor root) { return new SvgImage(render(root)); }

    /** {@link #steps(Tensor)} as pictures, for {@code display}/{@code updateDisplay} one frame at a time. */
    public static java.util.List<SvgImage> stepImages(Tensor root) {
        return steps(root).stream().map(SvgImage::new).toList();
    }

    /**
     * A step-through of {@code root}'s backward (scalar root): frame 0 is the graph before
     * backward; frame k has the first k nodes the engine ran highlighted (green border; the k-th,
     * just run, orange), each showing the gradient that arrived at it, and the leaves the gradient
     * they receive. The engine really runs (see {@link BackwardTrace}); {@code .grad} is untouched.
     */
    public static List<String> steps(Tensor root) { return steps(BackwardTrace.of(root)); }

    /** The frames of an existing trace. */
    public static List<String> steps(BackwardTrace trace) {
        List<String> frames = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        Map<Integer, List<String>> grads = new HashMap<>();
        frames.add(draw(trace.graph(), Set.of(), -1, Map.of(), Map.of()));
        for (int id : trace.order()) {
            done.add(id);
            Tensor g = trace.grads().get(id);
            if (g != null) grads.put(id, compact(g));
            frames.add(draw(trace.graph(), done, id, grads, leafGradsOnly(trace.graph(), grads)));
        }
        return frames;
    }

    private static Map<Integer, List<String>> leafGradsOnly(GraphView.Graph g, Map<Integer, List<String>> grads) {
        Map<Integer, List<String>> leaf = new HashMap<>();
        for (var e : grads.entrySet()) if (g.nodes().get(e.getKey()).name().equals("AccumulateGrad")) leaf.put(e.getKey(), e.getValue());
        return leaf;
    }

    /** A box of the drawing: a backward node, a leaf tensor (above its AccumulateGrad) or the output tensor. */
    private record Box(String key, String kind, int node, List<String> lines) {}

    private static String draw(GraphView.Graph g, Set<Integer> done, int current, Map<Integer, List<String>> fnGrads,
                               Map<Integer, List<String>> leafGrads) {
        if (g.nodes().isEmpty())
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"30\"><text x=\"8\" y=\"20\" font-family=\"monospace\""
                    + " font-size=\"12\">(no graph: the tensor does not require grad)</text></svg>";
        List<Box> boxes = new ArrayList<>();
        List<int[]> links = new ArrayList<>();   // [upper box, lower box]: an arrow down from upper to lower
        Map<Integer, Integer> boxOfNode = new HashMap<>();
        for (GraphView.GraphNode n : g.nodes()) {
            List<String> lines = new ArrayList<>(List.of(n.name()));
            if (!n.name().equals("AccumulateGrad") && n.shape() != null && n.id() != 0) lines.add(shape(n.shape()));
            if (!n.name().equals("AccumulateGrad") && fnGrads.containsKey(n.id())) lines.addAll(prefixed("grad: ", fnGrads.get(n.id())));
            boxOfNode.put(n.id(), boxes.size());
            boxes.add(new Box("n" + n.id(), "fn", n.id(), lines));
        }
        for (GraphView.GraphEdge e : g.edges()) links.add(new int[] {boxOfNode.get(e.to()), boxOfNode.get(e.from())});
        for (GraphView.GraphNode n : g.nodes()) {
            if (!n.name().equals("AccumulateGrad")) continue;
            List<String> lines = new ArrayList<>();
            lines.add(shape(n.shape()));
            if (n.value() != null && n.shape() != null && numel(n.shape()) <= MAX_VALUES) lines.addAll(compact(n.value()));
            if (leafGrads.containsKey(n.id())) lines.addAll(prefixed("grad: ", leafGrads.get(n.id())));
            links.add(new int[] {boxes.size(), boxOfNode.get(n.id())});
            boxes.add(new Box("leaf" + n.id(), "leaf", n.id(), lines));
        }
        GraphView.GraphNode root = g.nodes().get(0);
        if (!root.name().equals("AccumulateGrad")) {
            List<String> lines = new ArrayList<>(List.of(shape(root.shape())));
            if (root.value() != null && root.shape() != null && numel(root.shape()) <= MAX_VALUES) lines.addAll(compact(root.value()));
            links.add(new int[] {boxOfNode.get(0), boxes.size()});
            boxes.add(new Box("out", "out", 0, lines));
        }
        return SvgLayout.svg(boxes.stream().map(b -> new SvgLayout.Item(b.key(), b.kind(), b.lines(),
                done.contains(b.node()), b.node() == current && !b.kind().equals("out"), b.kind().equals("fn") ? g.nodes().get(b.node()).name() : null)).toList(), links);
    }

    private static List<String> prefixed(String prefix, List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) out.add((i == 0 ? prefix : " ".repeat(prefix.length())) + lines.get(i));
        return out;
    }

    /** torchviz's shape label: {@code (2, 3)}; {@code ()} for a scalar. */
    static String shape(long[] shape) {
        if (shape == null) return "(?)";
        String s = Arrays.toString(shape);
        return "(" + s.substring(1, s.length() - 1) + (shape.length == 1 ? "," : "") + ")";
    }

    private static long numel(long[] shape) {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    /** A tensor's value lines without {@code tensor(...)} and its keyword suffixes; its shape when large. */
    static List<String> compact(Tensor t) {
        if (t.numel() > MAX_VALUES) return List.of(shape(t.shape().toLongArray()));
        return compact(t.toString());
    }

    static List<String> compact(String repr) {
        String s = repr.strip();
        if (s.startsWith("Parameter containing:\n")) s = s.substring("Parameter containing:\n".length());
        if (s.startsWith("tensor(") && s.endsWith(")")) s = s.substring(7, s.length() - 1);
        s = s.replaceAll(",\\s*(requires_grad=True|grad_fn=<\\w+>|dtype=[\\w.]+|device='[^']*')", "");
        List<String> lines = new ArrayList<>();
        for (String l : s.split("\n")) lines.add(l.startsWith("       ") ? l.substring(7) : l);
        return lines;
    }

    /** Row-and-column placement and the SVG text. */
    static final class SvgLayout {
        private SvgLayout() {}

        record Item(String key, String kind, List<String> lines, boolean done, boolean current, String name) {}

        static final double CHAR_W = 7.25, LINE_H = 15, PAD = 8, GAP_X = 24, GAP_Y = 36;

        static String svg(List<Item> items, List<int[]> links) {
            int n = items.size();
            int[] depth = depths(n, links);
            int maxDepth = Arrays.stream(depth).max().orElse(0);
            List<List<Integer>> rows = new ArrayList<>();
            for (int r = 0; r <= maxDepth; r++) rows.add(new ArrayList<>());
            for (int i = 0; i < n; i++) rows.get(maxDepth - depth[i]).add(i);
            order(rows, links, n);
            double[] w = new double[n], h = new double[n], x = new double[n], y = new double[n];
            for (int i = 0; i < n; i++) {
                int chars = items.get(i).lines().stream().mapToInt(String::length).max().orElse(1);
                w[i] = chars * CHAR_W + 2 * PAD;
                h[i] = items.get(i).lines().size() * LINE_H + 2 * PAD - 4;
            }
            double width = 0, top = 10;
            double[] rowW = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                for (int i : rows.get(r)) rowW[r] += w[i] + GAP_X;
                width = Math.max(width, rowW[r]);
            }
            for (int r = 0; r < rows.size(); r++) {
                double left = 10 + (width - rowW[r]) / 2 + GAP_X / 2, rowH = 0;
                for (int i : rows.get(r)) {
                    x[i] = left;
                    y[i] = top;
                    left += w[i] + GAP_X;
                    rowH = Math.max(rowH, h[i]);
                }
                for (int i : rows.get(r)) y[i] += (rowH - h[i]) / 2;
                top += rowH + GAP_Y;
            }
            double totalW = width + 20, totalH = top - GAP_Y + 10;
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n",
                    totalW, totalH, totalW, totalH));
            sb.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
                    + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>\n");
            sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
            for (int[] l : links) {
                int a = l[0], b = l[1];
                sb.append(String.format(Locale.ROOT, "<path class=\"edge\" data-from=\"%s\" data-to=\"%s\" d=\"M%.1f,%.1f L%.1f,%.1f\" stroke=\"#333\" fill=\"none\" marker-end=\"url(#arrow)\"/>\n",
                        items.get(a).key(), items.get(b).key(), x[a] + w[a] / 2, y[a] + h[a], x[b] + w[b] / 2, y[b]));
            }
            for (int i = 0; i < n; i++) {
                Item it = items.get(i);
                String fill = switch (it.kind()) {
                    case "leaf" -> "#add8e6";
                    case "out" -> "#caff70";
                    default -> it.done() ? "#e6f5d0" : "#d3d3d3";
                };
                String stroke = it.current() ? "#ff7f0e" : it.done() ? "#2ca02c" : "#333";
                double sw = it.current() ? 3 : it.done() ? 2 : 1;
                sb.append("<g class=\"node ").append(it.kind()).append(it.done() ? " done" : "").append(it.current() ? " current" : "")
                        .append("\" data-key=\"").append(it.key()).append('"');
                if (it.name() != null) sb.append(" data-name=\"").append(Html.escape(it.name())).append('"');
                sb.append(">\n");
                sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.0f\"/>\n",
                        x[i], y[i], w[i], h[i], fill, stroke, sw));
                for (int k = 0; k < it.lines().size(); k++) {
                    String line = it.lines().get(k);
                    boolean title = k == 0 && it.kind().equals("fn");
                    boolean grad = line.startsWith("grad: ") || k > 0 && it.lines().get(k - 1).startsWith("grad: ") && line.startsWith("      ");
                    sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-family=\"DejaVu Sans Mono, monospace\" font-size=\"12\" xml:space=\"preserve\"%s%s>%s</text>\n",
                            x[i] + PAD, y[i] + PAD + 10 + k * LINE_H, title ? " font-weight=\"bold\"" : "", grad ? " fill=\"#d62728\"" : "", Html.escape(line)));
                }
                sb.append("</g>\n");
            }
            return sb.append("</svg>\n").toString();
        }

        /** Longest path from the bottom (the output) to each box, following the arrows backwards. */
        static int[] depths(int n, List<int[]> links) {
            int[] depth = new int[n], pending = new int[n];
            List<List<Integer>> ups = new ArrayList<>();
            for (int i = 0; i < n; i++) ups.add(new ArrayList<>());
            for (int[] l : links) {
                ups.get(l[1]).add(l[0]);
                pending[l[0]]++;
            }
            ArrayList<Integer> queue = new ArrayList<>();
            for (int i = 0; i < n; i++) if (pending[i] == 0) queue.add(i);
            for (int q = 0; q < queue.size(); q++) {
                int b = queue.get(q);
                for (int a : ups.get(b)) {
                    depth[a] = Math.max(depth[a], depth[b] + 1);
                    if (--pending[a] == 0) queue.add(a);
                }
            }
            return depth;
        }

        /** Barycentre ordering: down from the top row by the positions of the boxes above, then up by those below. */
        static void order(List<List<Integer>> rows, List<int[]> links, int n) {
            List<List<Integer>> uppers = new ArrayList<>(), lowers = new ArrayList<>();
            for (int i = 0; i < n; i++) { uppers.add(new ArrayList<>()); lowers.add(new ArrayList<>()); }
            for (int[] l : links) { uppers.get(l[1]).add(l[0]); lowers.get(l[0]).add(l[1]); }
            double[] pos = new double[n];
            for (List<Integer> row : rows) place(row, pos);
            for (int sweep = 0; sweep < 2; sweep++) {
                for (int r = 1; r < rows.size(); r++) sortBy(rows.get(r), pos, uppers);
                for (int r = rows.size() - 2; r >= 0; r--) sortBy(rows.get(r), pos, lowers);
            }
        }

        /** Sorts a row by the mean position of each box's neighbours (boxes without any keep their place). */
        private static void sortBy(List<Integer> row, double[] pos, List<List<Integer>> neighbours) {
            Map<Integer, Double> key = new HashMap<>();
            for (int i : row) {
                List<Integer> nb = neighbours.get(i);
                double sum = 0;
                for (int j : nb) sum += pos[j];
                key.put(i, nb.isEmpty() ? pos[i] : sum / nb.size());
            }
            row.sort(Comparator.comparingDouble(key::get));
            place(row, pos);
        }

        private static void place(List<Integer> row, double[] pos) {
            for (int k = 0; k < row.size(); k++) pos[row.get(k)] = (k + 0.5) / row.size();
        }
    }
}
