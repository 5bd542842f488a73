package torch4j.nn;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import torch4j.Tensor;

/**
 * Parameters in a list ({@code nn.ParameterList}), registered under "0", "1", … so their
 * {@code stateDict()} keys are {@code name.0}, {@code name.1} as in PyTorch; a plain tensor added
 * to it is wrapped in a {@link Parameter}, as PyTorch 1.13 does. Not callable.
 *
 * <pre>{@code
 * jshell> new ParameterList(List.of(ones(2, 3), zeros(4)))
 * $1 ==> ParameterList(
 *     (0): Parameter containing: [torch.float32 of size 2x3]
 *     (1): Parameter containing: [torch.float32 of size 4]
 * )
 * }</pre>
 */
public class ParameterList extends Module implements Iterable<Parameter> {
    /** An empty list. */
    public ParameterList() {}

    /** {@code nn.ParameterList(values)}: each appended in order. */
    public ParameterList(Iterable<? extends Tensor> values) { extend(values); }

    /** The number of parameters ({@code len}). */
    public int size() { return parameters.size(); }

    /** The parameter at {@code index}, negative counting from the end ({@code l[i]}). */
    public Parameter get(int index) { return parameters.get(Integer.toString(Sequential.wrap(index, size()))); }

    /** Replaces the parameter at {@code index} ({@code l[i] = value}); a tensor is wrapped in a Parameter. */
    public void set(int index, Tensor value) { registerParameter(Integer.toString(Sequential.wrap(index, size())), wrap(value)); }

    /** Adds {@code value} at the end and returns this list ({@code append}). */
    public ParameterList append(Tensor value) {
        registerParameter(Integer.toString(size()), wrap(value));
        return this;
    }

    /** Appends each of {@code values} ({@code extend}, {@code +=}). */
    public ParameterList extend(Iterable<? extends Tensor> values) {
        for (Tensor v : values) append(v);
        return this;
    }

    /** PyTorch wraps a plain tensor (sharing its data) in a Parameter. */
    static Parameter wrap(Tensor value) {
        java.util.Objects.requireNonNull(value, "value");
        return value instanceof Parameter p ? p : new Parameter(value);
    }

    @Override public Iterator<Parameter> iterator() { return List.copyOf(parameters.values()).iterator(); }

    /** PyTorch's "ParameterList should not be called." */
    @Override public Tensor call(Tensor input) { throw notCallable(); }

    @Override public Tensor call(Tensor input, Tensor other) { throw notCallable(); }

    private IllegalArgumentException notCallable() { return new IllegalArgumentException("ParameterList should not be called."); }

    @Override public String extraRepr() {
        List<String> lines = new ArrayList<>();
        int k = 0;
        for (Parameter p : this) lines.add("  (" + k++ + "): Parameter containing: [" + p.dtype() + " of size " + sizeString(p) + deviceString(p) + "]");
        return String.join("\n", lines);
    }

    /** {@code 'x'.join(str(s) for s in p.size())}. */
    static String sizeString(Tensor p) {
        StringBuilder s = new StringBuilder();
        for (long d : p.shape().toLongArray()) s.append(s.isEmpty() ? "" : "x").append(d);
        return s.toString();
    }

    /** " (GPU n)" for a CUDA tensor, as PyTorch's reprs of parameter containers add. */
    static String deviceString(Tensor p) {
        return p.device().isCuda() ? " (GPU " + Math.max(p.device().index(), 0) + ")" : "";
    }
}
