package torch4j.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import torch4j.Tensor;
import torch4j.autograd.Autograd;
import torch4j.autograd.Edge;
import torch4j.autograd.GraphView;
import torch4j.autograd.Node;

/**
 * One backward pass, watched node by node: the graph ({@link GraphView#of}), the order in which the
 * engine ran its nodes, and the gradient that arrived at each (for an AccumulateGrad: the gradient
 * its leaf receives). Made by running the real engine over a retained graph with
 * {@code autograd.grad}, so the leaves' {@code .grad} stay untouched and the graph can still be
 * used for {@code backward()} afterwards.
 *
 * <pre>{@code
 * jshell> var t = BackwardTrace.of(w.mul(x).add(b).sum())
 * jshell> t.order().stream().map(i -> t.graph().nodes().get(i).name()).toList()
 * $2 ==> [SumBackward0, AddBackward0, AccumulateGrad, MulBackward0, AccumulateGrad]
 * }</pre>
 *
 * @param graph the nodes and edges, ids as in {@link GraphView#of}
 * @param order node ids in the order the engine ran them
 * @param grads per node id, the gradient of its (first) output as it arrived
 */
public record BackwardTrace(GraphView.Graph graph, List<Integer> order, Map<Integer, Tensor> grads) {

    /** Traces the backward of a scalar {@code root}. */
    public static BackwardTrace of(Tensor root) { return of(root, null); }

    /** Traces the backward of {@code root} seeded with {@code gradient} (null: ones, for a scalar root). */
    public static BackwardTrace of(Tensor root, Tensor gradient) {
        GraphView.Graph graph = GraphView.of(root);
        List<Integer> order = new ArrayList<>();
        java.util.Set<Integer> ran = new java.util.HashSet<>();
        Map<Integer, Tensor> grads = new LinkedHashMap<>();
        if (graph.nodes().isEmpty()) return new BackwardTrace(graph, order, grads);
        List<Node> nodes = discover(root.gradientEdge().function());
        List<Tensor> leaves = new ArrayList<>();
        List<Node.HookHandle> handles = new ArrayList<>();
        try {
            for (int id = 0; id < nodes.size(); id++) {
                Node node = nodes.get(id);
                if (node instanceof torch4j.autograd.AccumulateGrad acc) leaves.add(acc.variable());
                int nodeId = id;
                for (int out = 0; out < node.numOutputs(); out++) {
                    int outputNr = out;
                    handles.add(node.registerPreHook(out, g -> {
                        if (!grads.containsKey(nodeId) || outputNr == 0) grads.put(nodeId, g.detach());
                        if (ran.add(nodeId)) order.add(nodeId);
                        return null;
                    }));
                }
            }
            Autograd.grad(List.of(root), leaves, gradient == null ? null : List.of(gradient), true, false, true);
        } finally {
            for (Node.HookHandle h : handles) h.remove();
        }
        return new BackwardTrace(graph, List.copyOf(order), Map.copyOf(grads));
    }

    /** The nodes in {@link GraphView#of}'s discovery order (breadth first from the root's grad_fn). */
    private static List<Node> discover(Node start) {
        List<Node> order = new ArrayList<>(List.of(start));
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        seen.put(start, true);
        for (int i = 0; i < order.size(); i++)
            for (Edge e : order.get(i).nextFunctions())
                if (e.function() != null && seen.put(e.function(), true) == null) order.add(e.function());
        return order;
    }
}
