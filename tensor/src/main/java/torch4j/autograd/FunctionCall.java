package torch4j.autograd;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import torch4j.Tensor;

/**
 * How a custom {@link Autograd.Function} runs, following PyTorch 1.13's
 * {@code THPFunction_apply}, {@code _wrap_outputs} and {@code PyNode::apply}: forward without
 * recording, its outputs attached to a {@link FunctionCtx} node, and backward's results checked
 * the way PyTorch checks them. {@code forward}/{@code backward} are found by name, as Python finds
 * the static methods, so they may declare whatever parameters {@code apply} is called with.
 */
final class FunctionCall {
    private FunctionCall() {}

    static Object[] apply(Autograd.Function fn, Object[] args) {
        TensorHistory history = TensorHistory.get();
        boolean[] tensorArg = new boolean[args.length];
        List<Tensor> tensors = new ArrayList<>();
        boolean anyRequires = false;
        for (int i = 0; i < args.length; i++)
            if (args[i] instanceof Tensor t) {
                tensorArg[i] = true;
                tensors.add(t);
                anyRequires |= t.requiresGrad();
            }
        boolean executable = anyRequires && GradMode.isEnabled();
        boolean[] needs = new boolean[args.length];
        // PyTorch's needs_input_grad is requires_grad itself, even where no_grad keeps the graph from being recorded
        for (int i = 0; i < args.length; i++) needs[i] = tensorArg[i] && ((Tensor) args[i]).requiresGrad();
        FunctionCtx ctx = new FunctionCtx(fn, needs, tensorArg);
        if (executable) ctx.connect(tensors.toArray(new Tensor[0]));
        Object raw;
        try (var _ = GradMode.setGradEnabled(false)) {
            raw = invoke(fn, "forward", ctx, args);
        }
        Tensor[] outputs = outputs(fn, raw);
        wrap(ctx, history, tensors, outputs, executable);
        ctx.packSaved(executable);
        return new Object[]{outputs, raw instanceof Tensor};
    }

    private static Tensor[] outputs(Autograd.Function fn, Object raw) {
        if (raw instanceof Tensor t) return new Tensor[]{t};
        if (raw instanceof Tensor[] ts) return ts.clone();
        if (raw instanceof List<?> list && list.stream().allMatch(o -> o == null || o instanceof Tensor))
            return list.toArray(new Tensor[0]);
        throw new IllegalStateException(className(fn.getClass()) + ".forward must return a Tensor, a Tensor[] or a List<Tensor> (got "
                + (raw == null ? "null" : raw.getClass().getSimpleName()) + ")");
    }

    /** PyTorch's {@code _wrap_outputs}: which outputs join the graph, as what. */
    private static void wrap(FunctionCtx ctx, TensorHistory history, List<Tensor> inputs, Tensor[] outputs, boolean executable) {
        int dirtySeen = 0;
        for (Tensor t : inputs) if (ctx.isDirty(t)) t.storage().bumpVersion();
        for (int i = 0; i < outputs.length; i++) {
            Tensor var = outputs[i];
            if (var == null) {
                if (executable) ctx.addOutputInfo(null);
                continue;
            }
            boolean isInput = inputs.stream().anyMatch(t -> t == var);
            boolean modified = ctx.isDirty(var);
            if (modified) dirtySeen++;
            boolean differentiable = executable && !ctx.isNonDifferentiable(var) && var.isFloatingPoint();
            if (!differentiable) {
                if (!var.requiresGrad()) {
                    if (isInput && !modified) outputs[i] = history.alias(var);
                } else if (isInput) {
                    outputs[i] = var.detach();
                } else if (!history.isView(var)) {
                    var.detach_();
                }
            } else if (modified) {
                if (var.isLeaf() && var.requiresGrad())
                    throw new IllegalStateException("a leaf Variable that requires grad has been used in an in-place operation.");
                if (!isInput)
                    System.err.println("UserWarning: Only input Tensors should be given to ctx.mark_dirty(). If a Tensor is not an"
                            + " input, there is no need to pass it to mark_dirty().");
                if (history.isView(var))
                    throw new IllegalStateException("torch4j's custom Functions cannot mark dirty a view of a tensor in the graph"
                            + " (PyTorch rewrites the graph of its base); give the Function a clone() instead");
                history.setHistory(var, ctx, i);
            } else if (isInput) {
                outputs[i] = history.alias(var);
                history.setHistory(outputs[i], ctx, i);
            } else {
                history.setHistory(var, ctx, i);
            }
            if (executable) ctx.addOutputInfo(var);
        }
        if (dirtySeen != ctx.numDirty())
            throw new IllegalStateException("Some elements marked as dirty during the forward method were not returned as output."
                    + " The inputs that are modified inplace must all be outputs of the Function.");
        if (executable) {
            ctx.setNumOutputs(outputs.length);
            for (Tensor o : outputs)
                if (o != null) { ctx.setOutputMetadata(o.shape().toLongArray(), o.dtype()); break; }
        }
    }

    /** {@code PyNode::apply}: runs backward and checks what it returned; one gradient per tensor input. */
    static Tensor[] backward(FunctionCtx ctx, Tensor[] grads) {
        Object[] args = new Object[grads.length];
        System.arraycopy(grads, 0, args, 0, grads.length);
        Object raw = invoke(ctx.function(), "backward", ctx, args);
        Object[] results = raw instanceof Object[] arr ? arr
                : raw instanceof List<?> list ? list.toArray() : new Object[]{raw};
        int expected = ctx.numArgs();
        if (results.length > expected) {
            boolean allNone = true;
            for (int i = expected; i < results.length; i++) allNone &= results[i] == null;
            if (allNone) results = Arrays.copyOf(results, expected);
        }
        if (results.length != expected)
            throw new IllegalStateException("function " + ctx.name() + " returned an incorrect number of gradients (expected "
                    + expected + ", got " + results.length + ")");
        List<Tensor> out = new ArrayList<>();
        for (int i = 0; i < expected; i++) {
            Object r = results[i];
            if (!ctx.isTensorArg(i)) {
                if (r != null)
                    throw new IllegalStateException("function " + ctx.name() + " returned a gradient different than None at position "
                            + (i + 1) + ", but the corresponding forward input was not a Variable");
                continue;
            }
            if (r != null && !(r instanceof Tensor))
                throw new IllegalStateException("expected Variable or None (got " + r.getClass().getSimpleName() + ")");
            out.add((Tensor) r);
        }
        for (int i = 0; i < out.size(); i++) {
            Tensor g = out.get(i);
            if (g == null || ctx.nextFunctions().get(i).function() == null) continue;
            long[] want = ctx.inputShape(i), got = g.shape().toLongArray();
            if (!Arrays.equals(want, got) && !expandable(want, got))
                throw new IllegalStateException("Function " + ctx.name() + " returned an invalid gradient at index " + i + " - got "
                        + Arrays.toString(got) + " but expected shape compatible with " + Arrays.toString(want));
        }
        return out.toArray(new Tensor[0]);
    }

    /** Whether {@code shape} broadcasts to {@code target} (the gradient is then summed back to it). */
    private static boolean expandable(long[] shape, long[] target) {
        if (shape.length > target.length) return false;
        for (int i = 1; i <= shape.length; i++) {
            long s = shape[shape.length - i], t = target[target.length - i];
            if (s != t && s != 1) return false;
        }
        return true;
    }

    /** The class's name as Python would show it: the simple name, or the binary name's last part for an anonymous class. */
    static String className(Class<?> c) {
        String s = c.getSimpleName();
        if (!s.isEmpty()) return s;
        String n = c.getName();
        return n.substring(Math.max(n.lastIndexOf('.'), n.lastIndexOf('$')) + 1);
    }

    // ---------------------------------------------------------------- finding and calling forward/backward

    private static final ClassValue<List<Method>> FORWARDS = methods("forward");
    private static final ClassValue<List<Method>> BACKWARDS = methods("backward");

    private static ClassValue<List<Method>> methods(String name) {
        return new ClassValue<>() {
            @Override protected List<Method> computeValue(Class<?> type) {
                List<Method> found = new ArrayList<>();
                for (Class<?> c = type; c != null && c != Autograd.Function.class; c = c.getSuperclass())
                    for (Method m : c.getDeclaredMethods())
                        if (m.getName().equals(name) && !m.isBridge() && m.getParameterCount() >= 1
                                && m.getParameterTypes()[0].isAssignableFrom(FunctionCtx.class)) {
                            m.setAccessible(true);
                            found.add(m);
                        }
                return List.copyOf(found);
            }
        };
    }

    private static Object invoke(Autograd.Function fn, String name, FunctionCtx ctx, Object[] args) {
        List<Method> candidates = (name.equals("forward") ? FORWARDS : BACKWARDS).get(fn.getClass());
        if (candidates.isEmpty())
            throw new UnsupportedOperationException(name.equals("forward")
                    ? "You must implement the forward function for custom autograd.Function."
                    : "You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD.");
        for (Method m : candidates) {
            Object[] call = Arguments.fit(m, ctx, args);
            if (call == null) continue;
            try {
                return m.invoke(Modifier.isStatic(m.getModifiers()) ? null : fn, call);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        StringJoiner given = new StringJoiner(", ", "(", ")");
        for (Object a : args) given.add(a == null ? "null" : a.getClass().getSimpleName());
        throw new IllegalArgumentException(className(fn.getClass()) + "." + name + " takes " + Arguments.describe(candidates.get(0))
                + ", which does not fit the arguments " + given);
    }
}
