package torch4j.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import torch4j.DType;
import torch4j.Tensor;

/**
 * A node of the backward graph, PyTorch's {@code grad_fn}: it turns the gradient of its outputs
 * into gradients of its inputs, which flow along {@link #nextFunctions()}.
 *
 * <pre>{@code
 * jshell> var y = x.mul(2).sum()
 * jshell> y.gradFn()
 * $1 ==> <SumBackward0>
 * jshell> y.gradFn().nextFunctions()
 * $2 ==> [(MulBackward0, 0)]
 * }</pre>
 */
public abstract class Node {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Edge[] next = new Edge[0];
    private long[][] inputShapes = new long[0][];
    private DType[] inputTypes = new DType[0];
    private long[] outputShape;
    private DType outputType;
    /** Creation order; the engine runs later nodes first, as PyTorch does. */
    final long sequenceNr;
    private int numOutputs = 1;
    private List<Hook> preHooks;
    private List<Hook> retainHooks;

    private record Hook(int outputNr, Function<Tensor, Tensor> fn) {}

    /** Where the forward op ran, kept in anomaly mode to say which line made a failing node. */
    final Throwable forwardTrace;

    protected Node() {
        this.sequenceNr = SEQUENCE.getAndIncrement();
        this.forwardTrace = GradMode.isAnomalyEnabled() ? new Throwable("forward") : null;
    }

    /** Nodes that should run as soon as they are ready (PyTorch gives AccumulateGrad the largest sequence number). */
    protected Node(long sequenceNr) {
        this.sequenceNr = sequenceNr;
        this.forwardTrace = null;
    }

    /** PyTorch's node name, e.g. {@code MulBackward0}. */
    public abstract String name();

    /**
     * The gradient of each input (null where an input needs none) from the gradients of the
     * outputs (one per output; null where none arrived, but never all null).
     */
    protected abstract Tensor[] apply(Tensor[] gradOutputs);

    /** How many outputs this node has gradients for (split and unbind have one per piece). */
    public int numOutputs() { return numOutputs; }

    /** Sets the number of outputs (internal: multi-output ops). */
    public void setNumOutputs(int n) { numOutputs = n; }

    /** Frees saved tensors after a backward that does not retain the graph. */
    protected void release() {}

    /** Where each input's gradient goes, in input order; PyTorch's {@code next_functions}. */
    public List<Edge> nextFunctions() { return Collections.unmodifiableList(Arrays.asList(next)); }

    /** Whether input {@code i} needs a gradient (it has a node to receive it). */
    public boolean needsInputGrad(int i) { return i < next.length && next[i].function() != null; }

    /**
     * Connects this node to its inputs (internal: the op classes call it when they record the
     * node), remembering their shapes and dtypes so gradients can be reduced and cast to match.
     */
    public void connect(Tensor... inputs) {
        next = new Edge[inputs.length];
        inputShapes = new long[inputs.length][];
        inputTypes = new DType[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            Tensor t = inputs[i];
            next[i] = t == null ? new Edge(null, 0) : t.gradientEdge();
            if (t != null) {
                inputShapes[i] = t.shape().toLongArray();
                inputTypes[i] = t.dtype();
            }
        }
    }

    /**
     * Connects this node to {@code first} and to the inputs 1.. of {@code other} (internal: CopySlices
     * takes the place of an in-place op on a view, over the view's base and the op's other inputs).
     */
    public void connectFrom(Tensor first, Node other) {
        int n = other.next.length;
        next = new Edge[n];
        inputShapes = new long[n][];
        inputTypes = new DType[n];
        next[0] = first.gradientEdge();
        inputShapes[0] = first.shape().toLongArray();
        inputTypes[0] = first.dtype();
        for (int i = 1; i < n; i++) {
            next[i] = other.next[i];
            inputShapes[i] = other.inputShapes[i];
            inputTypes[i] = other.inputTypes[i];
        }
    }

    /** Records the shape and dtype of the output (for the graph view); internal. */
    public void setOutputMetadata(long[] shape, DType dtype) {
        this.outputShape = shape;
        this.outputType = dtype;
    }

    /** The shape of the output this node computes the gradient for (null if unknown). */
    public long[] outputShape() { return outputShape == null ? null : outputShape.clone(); }

    /** The dtype of that output (null if unknown). */
    public DType outputType() { return outputType; }

    long[] inputShape(int i) { return inputShapes[i]; }

    DType inputType(int i) { return inputTypes[i]; }

    /** How many inputs this node has edges for. */
    public int numInputs() { return next.length; }

    /** A removable registration, PyTorch's {@code RemovableHandle}. */
    public interface HookHandle { void remove(); }

    /** A hook on the gradient of output {@code outputNr} arriving at this node (tensor hooks); it may return a replacement or null. */
    public HookHandle registerPreHook(int outputNr, Function<Tensor, Tensor> hook) {
        if (preHooks == null) preHooks = new ArrayList<>(1);
        Hook h = new Hook(outputNr, hook);
        preHooks.add(h);
        return () -> preHooks.remove(h);
    }

    /** A hook that observes the final gradient of output {@code outputNr} (retain_grad); runs after the pre-hooks. */
    public void registerRetainHook(int outputNr, Function<Tensor, Tensor> hook) {
        if (retainHooks == null) retainHooks = new ArrayList<>(1);
        retainHooks.add(new Hook(outputNr, hook));
    }

    void runPreHooks(Tensor[] grads) {
        if (preHooks != null)
            for (Hook h : List.copyOf(preHooks)) {
                if (grads[h.outputNr()] == null) continue;
                Tensor r = h.fn().apply(grads[h.outputNr()]);
                if (r != null) grads[h.outputNr()] = r;
            }
        if (retainHooks != null)
            for (Hook h : retainHooks) if (grads[h.outputNr()] != null) h.fn().apply(grads[h.outputNr()]);
    }

    /** The name without C++ namespace, as Python's repr shows it ({@code AccumulateGrad}). */
    public String displayName() {
        String n = name();
        return n.substring(n.lastIndexOf(':') + 1);
    }

    @Override public String toString() { return "<" + displayName() + ">"; }
}
