package torch4j.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.SnippetEvent;

/**
 * What every session starts with: imports of torch4j's packages and static {@code Torch}
 * members, and Python-like helpers ({@code print}, {@code display}, {@code updateDisplay}) from
 * {@link Builtins}, which call the static methods here, imported in one snippet (one javac compile
 * instead of ten snippet methods).
 *
 * <pre>
 * jshell&gt; print("loss", tensor(0.5), 3)
 * loss tensor(0.5000) 3
 * </pre>
 */
public final class Prelude {
    private Prelude() {}

    /** The session whose code runs now (display calls go to its sink). */
    static volatile Session active;

    /** Imports, each with a class whose presence says the package exists on this classpath. */
    private static final String[][] IMPORTS = {
            {"import java.util.*;", "java.util.List"},
            {"import java.util.function.*;", "java.util.function.Function"},
            {"import java.util.stream.*;", "java.util.stream.Stream"},
            {"import torch4j.*;", "torch4j.Tensor"},
            {"import static torch4j.Torch.*;", "torch4j.Torch"},
            {"import torch4j.autograd.*;", "torch4j.autograd.GraphView"},
            {"import torch4j.nn.*;", "torch4j.nn.Module"},
            // a single-type import outranks java.lang's on-demand one: `class Net extends Module`
            // means torch4j's Module, not java.lang.Module ("reference to Module is ambiguous")
            {"import torch4j.nn.Module;", "torch4j.nn.Module"},
            {"import torch4j.nn.functional.F;", "torch4j.nn.functional.F"},
            {"import torch4j.nn.init.Init;", "torch4j.nn.init.Init"},
            {"import torch4j.nn.utils.rnn.*;", "torch4j.nn.utils.rnn.PackedSequence"},
            {"import torch4j.optim.*;", "torch4j.optim.Optimizer"},
            {"import torch4j.optim.schedulers.*;", "torch4j.optim.schedulers.LRScheduler"},
            {"import torch4j.utils.data.*;", "torch4j.utils.data.Dataset"},
            {"import torch4j.serialization.*;", "torch4j.serialization.SafeTensors"},
            {"import torch4j.vision.transforms.*;", "torch4j.vision.transforms.Transform"},
            {"import torch4j.vision.datasets.*;", "torch4j.vision.datasets.MNIST"},
            {"import torch4j.vision.utils.VisionUtils;", "torch4j.vision.utils.VisionUtils"},
            {"import torch4j.vision.models.Models;", "torch4j.vision.models.Models"},
            {"import static torch4j.plot.Plt.*;", "torch4j.plot.Plt"},
            {"import torch4j.track.*;", "torch4j.track.Track"},
    };

    /**
     * The helpers as snippet methods, each with its parameter types as {@link #erased} gives them:
     * what a session declares for a helper name only when the learner declares a method of that
     * name with the same parameter types (see {@link #clashes}). Otherwise {@link Builtins} has
     * them, imported: an import costs JShell a few milliseconds, a snippet method tens (two
     * overloads of one name, twice that), and the ten of them were half the prelude's time.
     */
    private static final List<String[]> HELPERS = List.of(
            new String[]{"print", "", "void print() { torch4j.session.Prelude.print(); }"},
            new String[]{"print", "Object,Object[]", "void print(Object first, Object... rest) { torch4j.session.Prelude.print(torch4j.session.Prelude.prepend(first, rest)); }"},
            new String[]{"list", "Iterable", "torch4j.print.PyList list(Iterable<?> items) { return torch4j.session.Builtins.list(items); }"},
            new String[]{"str", "Object", "String str(Object value) { return torch4j.session.Builtins.str(value); }"},
            new String[]{"format", "Object,String", "String format(Object value, String spec) { return torch4j.session.Builtins.format(value, spec); }"},
            new String[]{"display", "Object", "void display(Object value) { torch4j.session.Prelude.display(value, null); }"},
            new String[]{"display", "Object,String", "void display(Object value, String displayId) { torch4j.session.Prelude.display(value, displayId); }"},
            new String[]{"updateDisplay", "String,Object", "void updateDisplay(String displayId, Object value) { torch4j.session.Prelude.updateDisplay(displayId, value); }"},
            new String[]{"clearOutput", "", "void clearOutput() { torch4j.session.Prelude.clearOutput(false); }"},
            new String[]{"clearOutput", "boolean", "void clearOutput(boolean wait) { torch4j.session.Prelude.clearOutput(wait); }"});

    /**
     * The import that starts the helpers' import snippet: JShell keys an import snippet by its
     * first import, and a later snippet with the same key replaces it (as {@link #shadow} does), so
     * it is one no learner types.
     */
    private static final String KEY = "import torch4j.session.Builtins;";

    /**
     * The prelude's snippets for packages present on {@code loader}: each import on its own (JShell
     * names types by the import snippets it knows: {@code Tensor}, not {@code torch4j.Tensor}, in
     * {@code :vars}), then one snippet importing the helpers of {@link Builtins} by name; an import
     * costs JShell a few milliseconds, each of the ten helper methods it replaces tens.
     */
    static List<String> snippets(ClassLoader loader) {
        List<String> out = new ArrayList<>(imports(loader));
        out.add(importSnippet(Set.of()));
        return out;
    }

    /** The same imports and helpers as {@link #snippets}, one snippet each: what a JShell that rejects the combined snippet gets. */
    static List<String> separateSnippets(ClassLoader loader) {
        List<String> out = new ArrayList<>(imports(loader));
        for (String[] h : HELPERS) out.add(h[2]);
        return out;
    }

    /** The helpers' import snippet, the helpers named in {@code declared} left out (they are snippet methods). */
    static String importSnippet(Set<String> declared) {
        StringJoiner all = new StringJoiner(" ");
        all.add(KEY);
        new LinkedHashSet<>(HELPERS.stream().map(h -> h[0]).toList()).forEach(name -> {
            if (!declared.contains(name)) all.add("import static torch4j.session.Builtins." + name + ";");
        });
        return all.toString();
    }

    private static List<String> imports(ClassLoader loader) {
        List<String> out = new ArrayList<>();
        for (String[] imp : IMPORTS) {
            try {
                Class.forName(imp[1], false, loader);
                out.add(imp[0]);
            } catch (ClassNotFoundException | LinkageError e) {
                // the package is not on this classpath (an optional module): no import
            }
        }
        return out;
    }

    /**
     * Evaluates the prelude in {@code shell}; where a JShell rejects the helpers' import snippet (one
     * that takes one import per snippet), each import and helper on its own.
     */
    static void load(JShell shell, ClassLoader loader) {
        if (!eval(shell, snippets(loader), false)) eval(shell, separateSnippets(loader), true);
    }

    private static boolean eval(JShell shell, List<String> snippets, boolean mustWork) {
        for (String snippet : snippets) {
            for (SnippetEvent e : shell.eval(snippet)) {
                if (e.causeSnippet() == null && !e.status().isDefined()) {
                    if (!mustWork) return false;
                    throw new IllegalStateException("prelude snippet failed: " + snippet + " "
                            + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                }
            }
        }
        return true;
    }

    /**
     * After the learner declared {@code method} in {@code shell}: when it {@link #clashes} with a
     * helper (their own {@code void display(Object x)}), that name leaves the import snippet
     * (replaced: same key) and its other overloads become snippet methods, so the learner's
     * replaces the helper and the rest stay. {@code shadowed}: the names done so far in this shell.
     */
    static void shadow(JShell shell, MethodSnippet method, Set<String> shadowed) {
        if (shadowed.contains(method.name()) || !clashes(method.name(), method.parameterTypes())) return;
        shadowed.add(method.name());
        shell.eval(importSnippet(shadowed));
        for (String overload : otherOverloads(method.name(), method.parameterTypes())) shell.eval(overload);
    }

    /**
     * Whether a learner's method {@code name} with parameter types {@code parameterTypes} (JShell's
     * text of them) has a helper's name and parameter types: beside the imported helper, calls
     * would be ambiguous, so the session declares that name's helpers as snippet methods instead
     * (as the helpers were before), where the learner's replaces the one it matches.
     */
    static boolean clashes(String name, String parameterTypes) {
        String mine = erased(parameterTypes);
        return HELPERS.stream().anyMatch(h -> h[0].equals(name) && h[1].equals(mine));
    }

    /** The snippet methods of helper {@code name} other than the one with {@code parameterTypes}. */
    static List<String> otherOverloads(String name, String parameterTypes) {
        String mine = erased(parameterTypes);
        return HELPERS.stream().filter(h -> h[0].equals(name) && !h[1].equals(mine)).map(h -> h[2]).toList();
    }

    /** {@code java.util.List<?>,String...} as {@code List,String[]}: parameter types compared as the JVM tells overloads apart. */
    static String erased(String parameterTypes) {
        String t = parameterTypes.replaceAll("\\s+", "").replace("...", "[]");
        String previous;
        do {
            previous = t;
            t = t.replaceAll("<[^<>]*>", "");
        } while (!t.equals(previous));
        return t.replaceAll("[\\w$]+\\.(?=[\\w$])", "");
    }

    /** Python's print: the str of each value, separated by spaces, then a newline. */
    public static void print(Object... values) {
        StringJoiner line = new StringJoiner(" ");
        if (values == null) line.add("null");
        else for (Object v : values) line.add(Repr.str(v));
        System.out.println(line);
    }

    /** {@code first} followed by {@code rest}: the values of a {@code print(first, rest...)} call. */
    public static Object[] prepend(Object first, Object[] rest) {
        if (rest == null) rest = new Object[]{null};   // print(x, null) passes a null array
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** Shows {@code value} through the active session's display sink (rendered by {@link Renderers}). */
    public static void display(Object value, String displayId) {
        displayValue(value, displayId, false);
    }

    /** Replaces the display named {@code displayId} with {@code value}. */
    public static void updateDisplay(String displayId, Object value) {
        displayValue(value, displayId, true);
    }

    /** IPython's {@code clear_output(wait)}: the output shown so far goes (see {@link DisplaySink#clearOutput}). */
    public static void clearOutput(boolean wait) {
        System.out.flush();
        sink().clearOutput(wait);
    }

    /** Plot {@code show()} goes to the active session's sink, so the REPL draws it and the kernel sends it. */
    static void routePlots() {
        torch4j.plot.Plt.setShowHandler(Prelude::displayValue);
        torch4j.track.Track.setLiveSink(new TrackLive());
        torch4j.track.Track.setCodeSource(() -> {
            Session s = active;
            return s == null ? null : s.code();
        });
    }

    /** Hands {@code value} to the active sink, rendered as far as that sink shows it. */
    private static void displayValue(Object value, String displayId, boolean update) {
        DisplaySink sink = sink();
        MimeBundle bundle = sink.showsRichData() ? Renderers.render(value) : MimeBundle.ofText(Repr.of(value));
        sink.displayValue(value, bundle, displayId, update);
    }

    /** The sink of the session running code, or one that prints text when none is (code outside a session). */
    public static DisplaySink sink() {
        Session s = active;
        return s != null ? s.options().display() : DisplaySink.text(System.out);
    }
}
