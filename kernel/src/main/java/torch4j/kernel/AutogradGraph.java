package torch4j.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import torch4j.Tensor;
import torch4j.autograd.GraphView;
import torch4j.autograd.Node;

/**
 * The backward graph of a tensor, to look at in a notebook: {@code display(AutogradGraph.of(loss))}
 * draws it as SVG (no Graphviz), each node with its output shape, the leaves with their value and
 * .grad; {@link #stepBackward} runs backward one node at a time, redrawing one display with the
 * gradient arriving at each node. In the REPL it prints as {@link GraphView#render}'s tree.
 *
 * <pre>{@code
 * jshell> var x = ones(2).requiresGrad_(); var loss = x.mul(3).sum();
 * jshell> display(AutogradGraph.of(loss))        // SumBackward0 <- MulBackward0 <- AccumulateGrad
 * jshell> AutogradGraph.stepBackward(loss, 700)  // one display, redrawn per backward step
 * }</pre>
 */
public final class AutogradGraph {
    private static volatile Interpreter.Display display;

    private final Tensor root;
    private final Map<Integer, String> grads;
    private final Set<Integer> done;
    private final int current;
    private final boolean stepping;

    private AutogradGraph(Tensor root, Map<Integer, String> grads, Set<Integer> done, int current, boolean stepping) {
        this.root = root;
        this.grads = grads;
        this.done = done;
        this.current = current;
        this.stepping = stepping;
    }

    /** The graph behind {@code root} (its grad_fn and everything it reaches), as it is now. */
    public static AutogradGraph of(Tensor root) {
        return new AutogradGraph(root, Map.of(), Set.of(), -1, false);
    }

    /** The drawing, as an SVG document. */
    public String toSvg() {
        return GraphSvg.render(GraphView.of(root), grads, done, current, stepping);
    }

    /** The MIME bundle a notebook shows: the tree as text and the drawing as SVG. */
    public Map<String, String> toMimeBundle() {
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put("text/plain", toString());
        bundle.put("image/svg+xml", toSvg());
        return bundle;
    }

    /** GraphView's indented tree of the graph. */
    @Override
    public String toString() {
        return GraphView.render(root);
    }

    /** Where {@link #stepBackward} draws: the kernel sets its display; null prints the steps as text. */
    static void setDisplay(Interpreter.Display d) {
        display = d;
    }

    /**
     * Runs {@code root.backward()} and shows it step by step in one display: first the graph, then
     * once per node in the order the engine runs them, the node highlighted with the gradient that
     * arrived at it, {@code delayMillis} apart; the leaves end with their .grad.
     */
    public static void stepBackward(Tensor root, long delayMillis) {
        Map<Node, Integer> ids = nodeIds(root);
        List<Integer> order = new ArrayList<>();
        Map<Integer, String> grads = new HashMap<>();
        List<Node.HookHandle> handles = new ArrayList<>();
        for (Map.Entry<Node, Integer> e : ids.entrySet()) {
            Node n = e.getKey();
            int id = e.getValue();
            for (int out = 0; out < n.numOutputs(); out++) {
                handles.add(n.registerPreHook(out, g -> {
                    synchronized (grads) {
                        grads.merge(id, g.toString(), (a, b) -> a + "\n" + b);
                        order.add(id);
                    }
                    return null;
                }));
            }
        }
        try {
            root.backward();
        } finally {
            handles.forEach(Node.HookHandle::remove);
        }
        String displayId = "backward-" + UUID.randomUUID();
        show(new AutogradGraph(root, Map.of(), Set.of(), -1, true), displayId, false);
        Map<Integer, String> shown = new HashMap<>();
        Set<Integer> done = new HashSet<>();
        for (int id : order.stream().distinct().toList()) {
            pause(delayMillis);
            shown.put(id, grads.get(id));
            show(new AutogradGraph(root, Map.copyOf(shown), Set.copyOf(done), id, true), displayId, true);
            done.add(id);
        }
        pause(delayMillis);
        show(new AutogradGraph(root, Map.of(), Set.copyOf(done), -1, false), displayId, true);
    }

    private static void show(AutogradGraph g, String displayId, boolean update) {
        Interpreter.Display d = display;
        if (d == null) {
            System.out.println(g.current < 0 ? g : "step: node #" + g.current + " gets grad " + g.grads.get(g.current));
            return;
        }
        if (update) d.update(g.toMimeBundle(), displayId);
        else d.display(g.toMimeBundle(), displayId);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Node ids as GraphView numbers them: breadth-first discovery from the root, the root 0. */
    private static Map<Node, Integer> nodeIds(Tensor root) {
        Map<Node, Integer> ids = new IdentityHashMap<>();
        Node start = root.gradientEdge().function();
        if (start == null) return ids;
        List<Node> order = new ArrayList<>(List.of(start));
        ids.put(start, 0);
        for (int i = 0; i < order.size(); i++)
            for (var e : order.get(i).nextFunctions())
                if (e.function() != null && !ids.containsKey(e.function())) {
                    ids.put(e.function(), order.size());
                    order.add(e.function());
                }
        return ids;
    }
}
