package torch4j.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import torch4j.Tensor;

/**
 * The backward graph of a tensor, to look at: as an indented tree of node names with their output
 * shapes (and, after backward, the leaves' gradients), or as nodes and edges for a drawing.
 *
 * <pre>{@code
 * jshell> System.out.println(GraphView.render(x.mul(2).sum()))
 * SumBackward0 []
 * └─ MulBackward0 [2]
 *    ├─ AccumulateGrad [2]
 *    └─ None
 * }</pre>
 */
public final class GraphView {
    private GraphView() {}

    /**
     * One node: {@code id} in discovery order (the root is 0), its name, the shape of the tensor
     * it makes the gradient for, and for leaves their value and gradient (PyTorch reprs; null
     * where there is none). The root also carries the tensor's value.
     */
    public record GraphNode(int id, String name, long[] shape, String value, String grad) {}

    /** A gradient flowing from node {@code from} to node {@code to}'s input {@code inputNr}. */
    public record GraphEdge(int from, int to, int inputNr) {}

    /** Nodes and edges; an empty graph for a tensor without grad_fn that does not require grad. */
    public record Graph(List<GraphNode> nodes, List<GraphEdge> edges) {}

    /** The structured form, for drawing (the kernel renders it as SVG). */
    public static Graph of(Tensor root) {
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        Node start = root.gradientEdge().function();
        if (start == null) return new Graph(nodes, edges);
        Map<Node, Integer> ids = new IdentityHashMap<>();
        List<Node> order = new ArrayList<>();
        ids.put(start, 0);
        order.add(start);
        for (int i = 0; i < order.size(); i++) {
            Node n = order.get(i);
            for (Edge e : n.nextFunctions()) {
                if (e.function() == null) continue;
                Integer id = ids.get(e.function());
                if (id == null) {
                    id = order.size();
                    ids.put(e.function(), id);
                    order.add(e.function());
                }
                edges.add(new GraphEdge(i, id, e.inputNr()));
            }
        }
        for (int i = 0; i < order.size(); i++) {
            Node n = order.get(i);
            String value = null, grad = null;
            if (n instanceof AccumulateGrad acc) {
                value = acc.variable().toString();
                grad = acc.variable().grad() == null ? null : acc.variable().grad().toString();
            } else if (i == 0) {
                value = root.toString();
            }
            nodes.add(new GraphNode(i, n.displayName(), n.outputShape(), value, grad));
        }
        return new Graph(nodes, edges);
    }

    /** The names of every node reachable from {@code root}'s grad_fn (or its AccumulateGrad). */
    public static Set<String> nodeNames(Tensor root) {
        Set<String> names = new LinkedHashSet<>();
        Node start = root.gradientEdge().function();
        if (start == null) return names;
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        List<Node> todo = new ArrayList<>(List.of(start));
        seen.put(start, true);
        while (!todo.isEmpty()) {
            Node n = todo.removeLast();
            names.add(n.name());
            for (Edge e : n.nextFunctions())
                if (e.function() != null && seen.put(e.function(), true) == null) todo.add(e.function());
        }
        return names;
    }

    /**
     * The tree as text: one line per node (name and output shape), children indented below with
     * box-drawing branches, {@code None} for inputs that need no gradient, a node reached twice
     * printed in full once and then as {@code (see #id)}; leaves show their {@code .grad} once
     * backward has run. What the REPL prints for {@code :graph EXPR}.
     */
    public static String render(Tensor root) {
        Node start = root.gradientEdge().function();
        if (start == null) return "(no graph: the tensor does not require grad)";
        StringBuilder sb = new StringBuilder();
        Map<Node, Integer> printed = new IdentityHashMap<>();
        line(sb, start, "", "", printed);
        return sb.toString().stripTrailing();
    }

    private record Frame(Node node, String lead, String childLead) {}

    /** Pre-order walk with an explicit stack, so a graph thousands of nodes deep prints without overflowing. */
    private static void line(StringBuilder sb, Node root, String rootLead, String rootChildLead, Map<Node, Integer> printed) {
        java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        stack.push(new Frame(root, rootLead, rootChildLead));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            Node n = f.node();
            if (n == null) {
                sb.append(f.lead()).append("None\n");
                continue;
            }
            Integer seen = printed.get(n);
            sb.append(f.lead()).append(n.displayName());
            if (seen != null) {
                sb.append(" (see #").append(seen).append(")\n");
                continue;
            }
            int id = printed.size();
            printed.put(n, id);
            long[] shape = n.outputShape();
            if (shape != null) sb.append(' ').append(Arrays.toString(shape));
            if (n.nextFunctions().stream().anyMatch(e -> e.function() != null) || n instanceof AccumulateGrad) sb.append("  #").append(id);
            sb.append('\n');
            if (n instanceof AccumulateGrad acc && acc.variable().grad() != null)
                for (String l : ("grad: " + acc.variable().grad()).split("\n")) sb.append(f.childLead()).append("   ").append(l).append('\n');
            List<Edge> next = n.nextFunctions();
            for (int i = next.size() - 1; i >= 0; i--) {
                boolean last = i == next.size() - 1;
                stack.push(new Frame(next.get(i).function(), f.childLead() + (last ? "└─ " : "├─ "), f.childLead() + (last ? "   " : "│  ")));
            }
        }
    }
}
