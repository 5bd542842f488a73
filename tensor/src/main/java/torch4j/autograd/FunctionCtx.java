package torch4j.autograd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import torch4j.DType;
import torch4j.Device;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * The {@code ctx} of a custom {@link Autograd.Function}: what its {@code forward} leaves for its
 * {@code backward}. As in PyTorch, it is also the backward node itself: {@code y.gradFn()} of an
 * output is this object, named after the Function's class ({@code MyReLUBackward}).
 *
 * <pre>{@code
 * jshell> ctx.saveForBackward(input)          // ctx.save_for_backward(input)
 * jshell> var input = ctx.savedTensors()[0]    // input, = ctx.saved_tensors
 * jshell> ctx.set("alpha", 0.5)               // ctx.alpha = 0.5
 * jshell> double alpha = ctx.get("alpha")      // ctx.alpha
 * jshell> ctx.needsInputGrad(1)               // ctx.needs_input_grad[1]
 * }</pre>
 */
public final class FunctionCtx extends Node {
    private final Autograd.Function function;
    private final boolean[] needsInputGrad;
    private final boolean[] tensorArg;
    private final Map<String, Object> data = new LinkedHashMap<>();
    private Tensor[] toSave;
    private SavedTensor[] saved;
    private boolean released;
    private final Set<Tensor> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Tensor> nonDifferentiable = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean materializeGrads = true;
    /** Shape, dtype and device of each tensor output: the zeros a missing output gradient becomes. */
    private final List<Object[]> outputInfo = new ArrayList<>();

    FunctionCtx(Autograd.Function function, boolean[] needsInputGrad, boolean[] tensorArg) {
        this.function = function;
        this.needsInputGrad = needsInputGrad;
        this.tensorArg = tensorArg;
    }

    /** PyTorch's name: the Function's class name and {@code Backward} ({@code MyReLUBackward}). */
    @Override public String name() { return FunctionCall.className(function.getClass()) + "Backward"; }

    // ---------------------------------------------------------------- what forward calls

    /**
     * {@code ctx.save_for_backward(*tensors)}: inputs, outputs or intermediate tensors (null is
     * PyTorch's None), checked against later in-place changes and freed after backward.
     */
    public void saveForBackward(Tensor... tensors) { toSave = tensors.clone(); }

    /**
     * {@code ctx.saved_tensors}: what {@link #saveForBackward} kept, in order. After a backward
     * without {@code retainGraph} they are freed, and reading them fails as in PyTorch.
     */
    public Tensor[] savedTensors() {
        if (released) throw SavedTensor.backwardTwice();
        if (saved == null) {
            return toSave == null ? new Tensor[0] : toSave.clone();
        }
        Tensor[] out = new Tensor[saved.length];
        for (int i = 0; i < saved.length; i++) out[i] = saved[i] == null ? null : saved[i].unpack(this);
        return out;
    }

    /**
     * {@code ctx.needs_input_grad[i]}: whether argument {@code i} of {@code apply} (counting
     * non-tensor arguments too, which never need one) needs a gradient, so backward can skip it.
     */
    @Override public boolean needsInputGrad(int i) { return needsInputGrad[i]; }

    /** {@code ctx.needs_input_grad}: one flag per argument of {@code apply}. */
    public List<Boolean> needsInputGrad() {
        List<Boolean> flags = new ArrayList<>(needsInputGrad.length);
        for (boolean b : needsInputGrad) flags.add(b);
        return List.copyOf(flags);
    }

    /**
     * {@code ctx.mark_dirty(*tensors)}: forward modified these inputs in place and returns them;
     * they become outputs of this node (their version is bumped, as PyTorch does).
     */
    public void markDirty(Tensor... tensors) { Collections.addAll(dirty, tensors); }

    /** {@code ctx.mark_non_differentiable(*tensors)}: these outputs do not require grad (backward still gets a zero gradient slot for them). */
    public void markNonDifferentiable(Tensor... tensors) { Collections.addAll(nonDifferentiable, tensors); }

    /** {@code ctx.set_materialize_grads(value)}: false passes null, not zeros, for outputs that got no gradient. */
    public void setMaterializeGrads(boolean value) { materializeGrads = value; }

    /** Keeps a non-tensor value for backward ({@code ctx.name = value} in Python). */
    public void set(String name, Object value) { data.put(name, value); }

    /**
     * A value kept with {@link #set}, typed by the assignment it appears in
     * ({@code double alpha = ctx.get("alpha")}).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String name) {
        if (!data.containsKey(name)) throw new IllegalArgumentException("'" + name() + "' object has no attribute '" + name + "'");
        return (T) data.get(name);
    }

    /** The values kept with {@link #set}, by name (C++'s {@code ctx->saved_data}). */
    public Map<String, Object> savedData() { return data; }

    // ---------------------------------------------------------------- used by apply and the engine

    Autograd.Function function() { return function; }

    boolean isTensorArg(int i) { return tensorArg[i]; }

    int numArgs() { return tensorArg.length; }

    boolean isDirty(Tensor t) { return dirty.contains(t); }

    int numDirty() { return dirty.size(); }

    boolean isNonDifferentiable(Tensor t) { return nonDifferentiable.contains(t); }

    void addOutputInfo(Tensor out) { outputInfo.add(out == null ? null : new Object[]{out.shape().toLongArray(), out.dtype(), out.device()}); }

    /** Turns the tensors forward saved into checked saved tensors (an output is saved as this node's). */
    void packSaved(boolean executable) {
        if (!executable || toSave == null) { toSave = null; return; }
        saved = new SavedTensor[toSave.length];
        for (int i = 0; i < toSave.length; i++)
            if (toSave[i] != null) saved[i] = new SavedTensor(toSave[i], toSave[i].gradFn() == this);
        toSave = null;
    }

    @Override protected Tensor[] apply(Tensor[] gradOutputs) {
        Tensor[] grads = gradOutputs.clone();
        if (materializeGrads)
            for (int i = 0; i < grads.length; i++)
                if (grads[i] == null && outputInfo.get(i) != null) {
                    Object[] info = outputInfo.get(i);
                    grads[i] = Torch.zeros((long[]) info[0], (DType) info[1], (Device) info[2]);
                }
        return FunctionCall.backward(this, grads);
    }

    @Override protected void release() {
        released = true;
        if (saved != null) for (SavedTensor s : saved) if (s != null) s.release();
    }
}
