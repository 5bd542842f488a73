package torch4j.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import torch4j.DType;
import torch4j.Device;
import torch4j.TensorOptions;
import torch4j.Torch;
import torch4j.Tensor;
import torch4j.autograd.GradMode;

/**
 * The base class of every network, PyTorch's {@code torch.nn.Module}. Subclasses register their
 * parameters, buffers and child modules by name (the names become {@link #stateDict()} keys, such
 * as {@code hidden.weight}) and override {@link #forward(Tensor)}; {@link #call(Tensor)} runs it
 * with the hooks, as calling a module does in Python. {@code toString()} is PyTorch's repr.
 *
 * <pre>{@code
 * jshell> class Net extends Module {
 *    ...>     final Linear hidden = register("hidden", new Linear(1, 10));
 *    ...>     final Linear predict = register("predict", new Linear(10, 1));
 *    ...>     public Tensor forward(Tensor x) { return predict.call(F.relu(hidden.call(x))); }
 *    ...> }
 * jshell> new Net()
 * $2 ==> Net(
 *   (hidden): Linear(in_features=1, out_features=10, bias=True)
 *   (predict): Linear(in_features=10, out_features=1, bias=True)
 * )
 * }</pre>
 *
 * <p>{@code java.lang.Module} has the same simple name: next to {@code import torch4j.nn.*}, add
 * the single-type import {@code import torch4j.nn.Module;}, which takes precedence.
 */
public class Module {
    // insertion-ordered as Python's dicts; a null value is PyTorch's None (a registered but absent bias)
    final LinkedHashMap<String, Parameter> parameters = new LinkedHashMap<>();
    final LinkedHashMap<String, Tensor> buffers = new LinkedHashMap<>();
    final Set<String> nonPersistentBuffers = new LinkedHashSet<>();
    final LinkedHashMap<String, Module> modules = new LinkedHashMap<>();
    private final Hooks hooks = new Hooks();
    boolean training = true;

    /** An empty module, in training mode. */
    public Module() {}

    // ---------------------------------------------------------------- forward and call

    /**
     * The computation of a one-input module; subclasses override it. Call modules through
     * {@link #call(Tensor)} so that hooks run.
     *
     * @throws UnsupportedOperationException PyTorch's NotImplementedError text when not overridden
     */
    public Tensor forward(Tensor input) { throw missingForward(); }

    /** The computation of a two-input module, such as a loss {@code (input, target)}. */
    public Tensor forward(Tensor input, Tensor other) { throw missingForward(); }

    private UnsupportedOperationException missingForward() {
        return new UnsupportedOperationException("Module [" + getName() + "] is missing the required \"forward\" function");
    }

    /**
     * Runs the module as Python's {@code module(x)}: forward pre-hooks, {@link #forward(Tensor)},
     * then forward hooks.
     * <pre>{@code
     * jshell> manualSeed(0); new Linear(3, 1).call(ones(3))
     * $1 ==> tensor([-0.5947], grad_fn=<AddBackward0>)
     * }</pre>
     */
    public Tensor call(Tensor input) {
        if (hooks.isEmpty()) return forward(input);
        return hooks.run(this, new Tensor[]{input});
    }

    /** {@code module(input, other)}: a two-input module such as a loss, with its hooks. */
    public Tensor call(Tensor input, Tensor other) {
        if (hooks.isEmpty()) return forward(input, other);
        return hooks.run(this, new Tensor[]{input, other});
    }

    /** Forward with one, two or more inputs (the hooks' view of a call). */
    final Tensor forwardWith(Tensor[] inputs) {
        return switch (inputs.length) {
            case 1 -> forward(inputs[0]);
            case 2 -> forward(inputs[0], inputs[1]);
            default -> forwardMany(inputs);
        };
    }

    /** Forward with three or more inputs: the three-input losses (MarginRankingLoss, TripletMarginLoss) override it. */
    Tensor forwardMany(Tensor[] inputs) {
        throw new IllegalArgumentException("forward() takes 1 or 2 tensors but " + inputs.length + " were given");
    }

    /** {@code module(*inputs)} with its hooks, for modules whose forward takes three or more tensors. */
    final Tensor callWith(Tensor... inputs) {
        if (hooks.isEmpty()) return forwardWith(inputs);
        return hooks.run(this, inputs);
    }

    /** A hook run before forward; it may return replacement inputs, or null to keep them. */
    @FunctionalInterface
    public interface ForwardPreHook { Tensor[] apply(Module module, Tensor[] input); }

    /** A hook run after forward; it may return a replacement output, or null to keep it. */
    @FunctionalInterface
    public interface ForwardHook { Tensor apply(Module module, Tensor[] input, Tensor output); }

    /** What a register call returns: {@code remove()} unregisters the hook. */
    public interface RemovableHandle { void remove(); }

    /**
     * Registers a hook run after every {@link #call} ({@code register_forward_hook}).
     * <pre>{@code
     * jshell> var h = net.registerForwardHook((m, in, out) -> { System.out.println(out.shape()); return null; })
     * }</pre>
     */
    public RemovableHandle registerForwardHook(ForwardHook hook) { return hooks.addForward(hook); }

    /** Registers a hook run before every {@link #call} ({@code register_forward_pre_hook}). */
    public RemovableHandle registerForwardPreHook(ForwardPreHook hook) { return hooks.addPre(hook); }

    // ---------------------------------------------------------------- registration

    /**
     * Registers {@code param} (null registers PyTorch's None, as a layer without bias does) under
     * {@code name}; it then appears in {@link #parameters()} and {@link #stateDict()}.
     */
    public void registerParameter(String name, Parameter param) {
        checkName(name, "parameter", parameters);
        parameters.put(name, param);
    }

    /** Registers a persistent buffer: state that is not trained but is saved ({@code register_buffer}). */
    public void registerBuffer(String name, Tensor tensor) { registerBuffer(name, tensor, true); }

    /** Registers a buffer; a non-persistent one is left out of {@link #stateDict()}. */
    public void registerBuffer(String name, Tensor tensor, boolean persistent) {
        checkName(name, "buffer", buffers);
        buffers.put(name, tensor);
        if (persistent) nonPersistentBuffers.remove(name);
        else nonPersistentBuffers.add(name);
    }

    /** Registers a child module under {@code name} (any name without a dot, e.g. {@code extra-layer}). */
    public void addModule(String name, Module module) {
        if (name == null) throw new IllegalArgumentException("module name should be a string. Got null");
        if (name.contains(".")) throw new IllegalArgumentException("module name can't contain \".\", got: " + name);
        if (name.isEmpty()) throw new IllegalArgumentException("module name can't be empty string \"\"");
        if (!modules.containsKey(name) && (parameters.containsKey(name) || buffers.containsKey(name)))
            throw new IllegalArgumentException("attribute '" + name + "' already exists");
        modules.put(name, module);
    }

    /** Same as {@link #addModule} ({@code register_module}). */
    public void registerModule(String name, Module module) { addModule(name, module); }

    /**
     * Registers a child module and returns it, so a field is declared in one line:
     * {@code final Linear hidden = register("hidden", new Linear(1, 10));} (Python's
     * {@code self.hidden = nn.Linear(1, 10)}).
     */
    public <M extends Module> M register(String name, M module) {
        addModule(name, module);
        return module;
    }

    /** Registers a parameter and returns it ({@code self.w = nn.Parameter(...)}). */
    public Parameter register(String name, Parameter param) {
        registerParameter(name, param);
        return param;
    }

    private void checkName(String name, String kind, Map<String, ?> own) {
        if (name == null) throw new IllegalArgumentException(kind + " name should be a string. Got null");
        if (name.contains(".")) throw new IllegalArgumentException(kind + " name can't contain \".\"");
        if (name.isEmpty()) throw new IllegalArgumentException(kind + " name can't be empty string \"\"");
        boolean elsewhere = (own != parameters && parameters.containsKey(name)) || (own != buffers && buffers.containsKey(name))
                || modules.containsKey(name);
        if (!own.containsKey(name) && elsewhere) throw new IllegalArgumentException("attribute '" + name + "' already exists");
    }

    // ---------------------------------------------------------------- lookup

    /** The submodule at a dotted path such as {@code features.0} ({@code get_submodule}); "" is this module. */
    public Module getSubmodule(String target) {
        if (target.isEmpty()) return this;
        Module mod = this;
        for (String item : target.split("\\.", -1)) {
            if (!mod.modules.containsKey(item)) throw new IllegalArgumentException(mod.getName() + " has no attribute `" + item + "`");
            mod = mod.modules.get(item);
            if (mod == null) throw new IllegalArgumentException("`" + item + "` is not an nn.Module");
        }
        return mod;
    }

    /** The parameter at a dotted path such as {@code hidden.weight} ({@code get_parameter}). */
    public Parameter getParameter(String target) {
        int dot = target.lastIndexOf('.');
        Module mod = getSubmodule(dot < 0 ? "" : target.substring(0, dot));
        String name = target.substring(dot + 1);
        if (!mod.parameters.containsKey(name)) throw new IllegalArgumentException(mod.getName() + " has no attribute `" + name + "`");
        return mod.parameters.get(name);
    }

    /** The buffer at a dotted path ({@code get_buffer}). */
    public Tensor getBuffer(String target) {
        int dot = target.lastIndexOf('.');
        Module mod = getSubmodule(dot < 0 ? "" : target.substring(0, dot));
        String name = target.substring(dot + 1);
        if (!mod.buffers.containsKey(name)) throw new IllegalArgumentException(mod.getName() + " has no attribute `" + name + "`");
        return mod.buffers.get(name);
    }

    // ---------------------------------------------------------------- iteration (PyTorch's order)

    /**
     * Every module of the tree with its dotted name, this one first (named "") then depth first in
     * registration order; a module reachable twice is listed once ({@code named_modules()}).
     */
    public Map<String, Module> namedModules() {
        LinkedHashMap<String, Module> out = new LinkedHashMap<>();
        collectModules(Collections.newSetFromMap(new IdentityHashMap<>()), "", out);
        return out;
    }

    private void collectModules(Set<Module> memo, String prefix, Map<String, Module> out) {
        if (!memo.add(this)) return;
        out.put(prefix, this);
        for (var e : modules.entrySet())
            if (e.getValue() != null) e.getValue().collectModules(memo, prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out);
    }

    /** Every module of the tree, this one first ({@code modules()}). */
    public List<Module> modules() { return new ArrayList<>(namedModules().values()); }

    /** The direct children with their names ({@code named_children()}). */
    public Map<String, Module> namedChildren() {
        LinkedHashMap<String, Module> out = new LinkedHashMap<>();
        Set<Module> memo = Collections.newSetFromMap(new IdentityHashMap<>());
        for (var e : modules.entrySet())
            if (e.getValue() != null && memo.add(e.getValue())) out.put(e.getKey(), e.getValue());
        return out;
    }

    /** The direct children ({@code children()}). */
    public List<Module> children() { return new ArrayList<>(namedChildren().values()); }

    /**
     * Every parameter of the tree with its dotted name, each parameter once
     * ({@code named_parameters()}).
     * <pre>{@code
     * jshell> new Net().namedParameters().keySet()
     * $1 ==> [hidden.weight, hidden.bias, predict.weight, predict.bias]
     * }</pre>
     */
    public Map<String, Tensor> namedParameters() { return namedParameters(true); }

    /** The parameters with their names; only this module's own when not {@code recurse}. */
    public Map<String, Tensor> namedParameters(boolean recurse) { return namedMembers(recurse, m -> m.parameters); }

    /** Every parameter of the tree, each once, in {@link #namedParameters()}'s order ({@code parameters()}). */
    public List<Tensor> parameters() { return new ArrayList<>(namedParameters().values()); }

    /** The parameters; only this module's own when not {@code recurse}. */
    public List<Tensor> parameters(boolean recurse) { return new ArrayList<>(namedParameters(recurse).values()); }

    /** Every buffer of the tree with its dotted name ({@code named_buffers()}). */
    public Map<String, Tensor> namedBuffers() { return namedMembers(true, m -> m.buffers); }

    /** Every buffer of the tree ({@code buffers()}). */
    public List<Tensor> buffers() { return new ArrayList<>(namedBuffers().values()); }

    private Map<String, Tensor> namedMembers(boolean recurse, java.util.function.Function<Module, Map<String, ? extends Tensor>> members) {
        LinkedHashMap<String, Tensor> out = new LinkedHashMap<>();
        Set<Tensor> memo = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, Module> mods = recurse ? namedModules() : Map.of("", this);
        for (var m : mods.entrySet())
            for (var e : members.apply(m.getValue()).entrySet()) {
                Tensor v = e.getValue();
                if (v == null || !memo.add(v)) continue;
                out.put(m.getKey().isEmpty() ? e.getKey() : m.getKey() + "." + e.getKey(), v);
            }
        return out;
    }

    // ---------------------------------------------------------------- modes, gradients, conversion

    /** Training mode for this module and all below ({@code train()}); returns this. */
    public Module train() { return train(true); }

    /** Sets training mode ({@code train(mode)}): dropout drops only in training. */
    public Module train(boolean mode) {
        training = mode;
        for (Module child : children()) child.train(mode);
        return this;
    }

    /** Evaluation mode, {@code train(false)}. */
    public Module eval() { return train(false); }

    /** Whether in training mode: PyTorch's attribute {@code module.training} (attributes are methods). */
    public boolean training() { return training; }
    /** The same, in Java's spelling. */
    public boolean isTraining() { return training; }

    /**
     * Zeroes the gradients of every parameter in place ({@code zero_grad()}, PyTorch 1.13's
     * default {@code set_to_none=False}).
     */
    public void zeroGrad() { zeroGrad(false); }

    /** Clears the gradients to null when {@code setToNone}, else zeroes them in place. */
    public void zeroGrad(boolean setToNone) {
        for (Tensor p : parameters()) {
            Tensor g = p.grad();
            if (g == null) continue;
            if (setToNone) p.setGrad(null);
            else {
                if (g.gradFn() != null) g.detach_();
                else g.requiresGrad_(false);
                g.zero_();
            }
        }
    }

    /**
     * Sets {@code requires_grad} of every parameter ({@code requires_grad_(False)} freezes a
     * module for fine-tuning); returns this.
     * <pre>{@code
     * jshell> net.hidden.requiresGrad_(false); net.hidden.weight.requiresGrad()
     * $1 ==> false
     * }</pre>
     */
    public Module requiresGrad_(boolean requiresGrad) {
        for (Tensor p : parameters()) p.requiresGrad_(requiresGrad);
        return this;
    }

    /** Calls {@code fn} on every submodule then on this one, as PyTorch's {@code apply(fn)}. */
    public Module apply(Consumer<Module> fn) {
        for (Module child : children()) child.apply(fn);
        fn.accept(this);
        return this;
    }

    /**
     * Converts floating-point parameters and buffers to {@code dtype}, keeping each Parameter
     * object (its {@code .data} is swapped, as PyTorch does), and returns this.
     * <pre>{@code
     * jshell> new Linear(2, 1).to(float64).weight.dtype()
     * $1 ==> torch.float64
     * }</pre>
     */
    public <M extends Module> M to(DType dtype) {
        if (!dtype.isFloatingPoint())
            throw new IllegalArgumentException("nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=" + dtype);
        return applyToTensors(t -> t.isFloatingPoint() ? t.to(dtype) : t);
    }

    /**
     * Moves parameters, their gradients and buffers to {@code device}, keeping each Parameter
     * object (its {@code .data} is swapped, as PyTorch's {@code _apply} does), and returns this.
     * <pre>{@code
     * jshell> var net = new Linear(2, 3).to(Device.META)
     * jshell> net.weight
     * $2 ==> Parameter containing:
     * tensor(..., device='meta', size=(3, 2), requires_grad=True)
     * }</pre>
     */
    public <M extends Module> M to(Device device) { return applyToTensors(t -> t.to(device)); }

    /** Moves to the device named by {@code spec} ({@code "cpu"}, {@code "meta"}, {@code "cuda:0"}). */
    public <M extends Module> M to(String spec) { return to(Device.of(spec)); }

    /** {@code module.to(device, dtype)}: both at once; only floating-point tensors change dtype. */
    public <M extends Module> M to(Device device, DType dtype) {
        if (!dtype.isFloatingPoint())
            throw new IllegalArgumentException("nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=" + dtype);
        return applyToTensors(t -> t.isFloatingPoint() ? t.to(device, dtype) : t.to(device));
    }

    /** {@code module.cpu()}. */
    public <M extends Module> M cpu() { return to(Device.CPU); }

    /** {@code module.cuda()}: to the current CUDA device (PyTorch's error without CUDA). */
    public <M extends Module> M cuda() { return to(Device.CUDA); }

    /**
     * {@code module.to_empty(device=...)}: parameters and buffers become uninitialised tensors of
     * the same shapes on {@code device} (here zero-filled), without copying data: the way to
     * materialise a model built on the meta device, before loading weights or re-initialising.
     */
    public <M extends Module> M toEmpty(Device device) { return applyToTensors(t -> Torch.emptyLike(t, TensorOptions.device(device))); }

    /** {@code module.to_empty(device="cpu")}. */
    public <M extends Module> M toEmpty(String device) { return toEmpty(Device.of(device)); }

    /** {@code module.double()}: floating-point parameters and buffers to float64. */
    public Module toDouble() { return applyToTensors(t -> t.isFloatingPoint() ? t.toDouble() : t); }

    /** {@code module.float()}: floating-point parameters and buffers to float32. */
    public Module toFloat() { return applyToTensors(t -> t.isFloatingPoint() ? t.toFloat() : t); }

    /** PyTorch's {@code _apply}: children first, then parameters (and their grads) through {@code .data}, then buffers. */
    @SuppressWarnings("unchecked")   // returns this: the caller names its own class (Net net = new Net().to(device))
    <M extends Module> M applyToTensors(UnaryOperator<Tensor> fn) {
        for (Module child : children()) child.applyToTensors(fn);
        try (var _ = GradMode.noGrad()) {
            for (Parameter p : parameters.values()) {
                if (p == null) continue;
                p.setData(fn.apply(p.data()));
                if (p.grad() != null) p.grad().setData(fn.apply(p.grad().data()));
            }
            for (var e : buffers.entrySet())
                if (e.getValue() != null) e.setValue(fn.apply(e.getValue()));
        }
        return (M) this;
    }

    // ---------------------------------------------------------------- state dict

    /**
     * Parameters and persistent buffers by dotted name, detached ({@code state_dict()}): the
     * order is registration order, this module's own first, then each child's. Like PyTorch's, it
     * is an OrderedDict whose {@code _metadata} holds each module's version (see
     * {@link torch4j.serialization.OrderedDict}), so {@code Torch.save} writes what PyTorch writes.
     * <pre>{@code
     * jshell> new Net().stateDict().keySet()
     * $1 ==> [hidden.weight, hidden.bias, predict.weight, predict.bias]
     * }</pre>
     */
    public Map<String, Tensor> stateDict() {
        var out = new torch4j.serialization.OrderedDict<String, Tensor>();
        out.setMetadata(new torch4j.serialization.OrderedDict<String, Map<String, Object>>());
        StateDicts.save(this, "", out);
        return out;
    }

    /** Copies values from {@code stateDict} into the parameters and buffers, strictly ({@code load_state_dict}). */
    public IncompatibleKeys loadStateDict(Map<String, Tensor> stateDict) { return loadStateDict(stateDict, true); }

    /**
     * Copies values from {@code stateDict}; when {@code strict}, every key must match, else
     * PyTorch's "Error(s) in loading state_dict for Net" with the missing and unexpected keys.
     */
    public IncompatibleKeys loadStateDict(Map<String, Tensor> stateDict, boolean strict) {
        return StateDicts.load(this, stateDict, strict);
    }

    // ---------------------------------------------------------------- repr

    /** The class name PyTorch prints ({@code _get_name()}); anonymous classes show their superclass. */
    public String getName() {
        Class<?> c = getClass();
        while (c.getSimpleName().isEmpty()) c = c.getSuperclass();
        return c.getSimpleName();
    }

    /** The text inside the parentheses of this module's repr, such as {@code in_features=1, out_features=10, bias=True}. */
    public String extraRepr() { return ""; }

    /** PyTorch's {@code nn.Module.__repr__}: name, extra repr, then the children indented by two. */
    @Override public String toString() {
        List<String> extraLines = new ArrayList<>();
        String extra = extraRepr();
        if (!extra.isEmpty()) extraLines.addAll(List.of(extra.split("\n", -1)));
        List<String> childLines = new ArrayList<>();
        for (var e : modules.entrySet())
            childLines.add("(" + e.getKey() + "): " + addIndent(String.valueOf(e.getValue() == null ? "None" : e.getValue()), 2));
        StringBuilder s = new StringBuilder(getName()).append('(');
        if (!extraLines.isEmpty() || !childLines.isEmpty()) {
            if (extraLines.size() == 1 && childLines.isEmpty()) s.append(extraLines.get(0));
            else {
                List<String> lines = new ArrayList<>(extraLines);
                lines.addAll(childLines);
                s.append("\n  ").append(String.join("\n  ", lines)).append('\n');
            }
        }
        return s.append(')').toString();
    }

    private static String addIndent(String s, int spaces) {
        String[] lines = s.split("\n", -1);
        if (lines.length == 1) return s;
        String pad = " ".repeat(spaces);
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) out.append('\n').append(pad).append(lines[i]);
        return out.toString();
    }
}
