package torch4j.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import torch4j.Tensor;

/**
 * Runs the backward graph: counts each node's dependencies, then runs nodes whose gradients are
 * complete (later-created first, as PyTorch), summing gradients that meet at a node. With
 * {@code captures} it runs only what leads to them and returns their gradients (autograd.grad).
 */
final class Engine {
    private Engine() {}

    static Tensor[] execute(List<Edge> roots, List<Tensor> rootGrads, boolean keepGraph, boolean createGraph, List<Edge> captures) {
        Map<Node, Integer> deps = new IdentityHashMap<>();
        List<Node> order = discover(roots, deps);
        Map<Node, Boolean> needed = captures == null ? null : needed(order, captures);
        Map<Node, Tensor[]> buffers = new IdentityHashMap<>();
        Tensor[] captured = captures == null ? null : new Tensor[captures.size()];
        Set<Tensor> sums = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        PriorityQueue<Node> ready = new PriorityQueue<>((a, b) -> Long.compare(b.sequenceNr, a.sequenceNr));
        for (int i = 0; i < roots.size(); i++) {
            Edge e = roots.get(i);
            accumulate(buffers, null, e, rootGrads.get(i));
        }
        for (Edge e : roots) if (deps.getOrDefault(e.function(), 0) == 0 && !ready.contains(e.function())) ready.add(e.function());
        boolean anomaly = GradMode.isAnomalyEnabled();
        try (var _ = GradMode.setGradEnabled(createGraph)) {
            while (!ready.isEmpty()) {
                Node node = ready.poll();
                Tensor[] buffer = buffers.remove(node);
                boolean any = buffer != null;
                if (any && !sums.isEmpty()) for (Tensor t : buffer) if (t != null) sums.remove(t);   // handed on: no longer the engine's alone
                if (any) node.runPreHooks(buffer);
                if (captures != null) {
                    for (int c = 0; c < captures.size(); c++)
                        if (captures.get(c).function() == node && buffer != null) captured[c] = buffer[captures.get(c).inputNr()];
                    if (node instanceof AccumulateGrad || !needed.getOrDefault(node, false)) continue;
                }
                Tensor[] out;
                try {
                    out = !any ? new Tensor[node.numInputs()] : node.apply(buffer);
                    if (anomaly) checkNan(node, out);
                } catch (RuntimeException e) {
                    if (anomaly) reportForward(node);
                    throw e;
                }
                if (!keepGraph) node.release();
                for (int i = 0; i < node.numInputs(); i++) {
                    Edge e = node.nextFunctions().get(i);
                    if (e.function() == null) continue;
                    Tensor g = i < out.length ? out[i] : null;
                    if (g != null) accumulate(buffers, createGraph ? null : sums, e, conform(node, i, g));
                    int left = deps.merge(e.function(), -1, Integer::sum);
                    if (left == 0) ready.add(e.function());
                }
            }
        }
        return captured;
    }

    /** Every node reachable from the roots, with the number of edges into it; in discovery order. */
    private static List<Node> discover(List<Edge> roots, Map<Node, Integer> deps) {
        List<Node> order = new ArrayList<>();
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Node> stack = new ArrayDeque<>();
        for (Edge e : roots) if (seen.put(e.function(), true) == null) { stack.push(e.function()); order.add(e.function()); }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            for (Edge e : n.nextFunctions()) {
                Node m = e.function();
                if (m == null) continue;
                deps.merge(m, 1, Integer::sum);
                if (seen.put(m, true) == null) { stack.push(m); order.add(m); }
            }
        }
        return order;
    }

    /** Nodes from which a captured edge can be reached (only those run in autograd.grad). */
    private static Map<Node, Boolean> needed(List<Node> nodes, List<Edge> captures) {
        Map<Node, Boolean> memo = new IdentityHashMap<>();
        Map<Node, Boolean> targets = new IdentityHashMap<>();
        for (Edge c : captures) targets.put(c.function(), true);
        for (Node n : nodes) reaches(n, targets, memo);
        // a node runs when one of its inputs leads to a capture
        Map<Node, Boolean> run = new HashMap<>();
        for (Node n : nodes) {
            boolean any = false;
            for (Edge e : n.nextFunctions()) if (e.function() != null && memo.getOrDefault(e.function(), false)) any = true;
            run.put(n, any);
        }
        Map<Node, Boolean> result = new IdentityHashMap<>();
        result.putAll(run);
        return result;
    }

    private static boolean reaches(Node start, Map<Node, Boolean> targets, Map<Node, Boolean> memo) {
        // iterative post-order so long chains do not overflow the stack
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            Node n = stack.peek();
            if (memo.containsKey(n)) { stack.pop(); continue; }
            boolean pending = false, any = targets.containsKey(n);
            for (Edge e : n.nextFunctions()) {
                Node m = e.function();
                if (m == null) continue;
                Boolean r = memo.get(m);
                if (r == null) { stack.push(m); pending = true; } else if (r) any = true;
            }
            if (!pending) { memo.put(n, any); stack.pop(); }
        }
        return memo.get(start);
    }

    /**
     * Sums the gradients that meet at one input of a node, in arrival order. A sum the engine made
     * itself ({@code sums}: nobody else holds it) takes the next terms in place, as PyTorch's
     * InputBuffer does when it holds the last reference: the same additions in the same order, so
     * the same bits, without a new tensor per term (an RNN's weights get one term per time step).
     * {@code sums} is null where the sum must stay out of place (a graph is being built).
     */
    private static void accumulate(Map<Node, Tensor[]> buffers, Set<Tensor> sums, Edge e, Tensor g) {
        Tensor[] buf = buffers.computeIfAbsent(e.function(), k -> new Tensor[k.numOutputs()]);
        int i = e.inputNr();
        Tensor old = buf[i];
        if (old == null) {
            buf[i] = g;
        } else if (sums != null && sums.contains(old) && old.dtype() == g.dtype() && old.shape().equals(g.shape())) {
            old.add_(g);
        } else {
            buf[i] = old.add(g);
            if (sums != null) sums.add(buf[i]);
        }
    }

    /** Sums a broadcast gradient back to the input's shape and casts it to the input's dtype. */
    private static Tensor conform(Node node, int i, Tensor g) {
        long[] shape = node.inputShape(i);
        if (shape != null && !java.util.Arrays.equals(shape, g.shape().toLongArray())) g = sumTo(g, shape);
        if (node.inputType(i) != null && node.inputType(i) != g.dtype()) g = g.to(node.inputType(i));
        return g;
    }

    static Tensor sumTo(Tensor g, long[] shape) {
        int lead = g.dim() - shape.length;
        if (lead < 0) return g.reshape(shape);
        if (lead > 0) {
            long[] dims = new long[lead];
            for (int d = 0; d < lead; d++) dims[d] = d;
            g = g.sum(dims);
        }
        for (int d = 0; d < shape.length; d++)
            if (shape[d] == 1 && g.size(d) != 1) g = g.sum(d, true);
        return g;
    }

    /** Anomaly mode's warning: where the forward op of the failing node ran (see {@link ForwardTrace}). */
    private static void reportForward(Node node) {
        StringBuilder sb = new StringBuilder("UserWarning: Error detected in " + node.displayName() + ".");
        if (node.forwardTrace != null) {
            sb.append(" Traceback of forward call that caused the error:");
            for (String line : ForwardTrace.lines(node.forwardTrace.getStackTrace())) sb.append('\n').append(line);
        }
        System.err.println(sb);
    }

    private static void checkNan(Node node, Tensor[] out) {
        for (int i = 0; i < out.length; i++)
            if (out[i] != null && out[i].isFloatingPoint() && out[i].isnan().any().booleanValue())
                throw new IllegalStateException("Function '" + node.name() + "' returned nan values in its " + i + "th output.");
    }
}
