package torch4j.session;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * What every session starts with: imports of torch4j's packages and static {@code Torch}
 * members, and Python-like helpers ({@code print}, {@code display}, {@code updateDisplay})
 * declared as snippet methods that call the static methods here.
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

    /** The helper methods every session declares. */
    private static final List<String> HELPERS = List.of(
            // first and rest, not Object...: print(x.tolist()) then infers tolist's <T> as an Object
            // (a PyList), where a lone Object... parameter would infer Object[] and fail to cast
            "void print() { torch4j.session.Prelude.print(); }",
            "void print(Object first, Object... rest) { torch4j.session.Prelude.print(torch4j.session.Prelude.prepend(first, rest)); }",
            // an f-string's fields: f"{x}" -> str(x), f"{x:.4f}" -> format(x, ".4f")
            // Python's list(iterable): list(d.keys()) -> list(d.keySet()) prints ['state', 'param_groups']
            "torch4j.print.PyList list(Iterable<?> items) { var l = new torch4j.print.PyList(); items.forEach(l::add); return l; }",
            "String str(Object value) { return torch4j.print.FormatSpec.str(torch4j.print.ItemValues.python(value)); }",
            "String format(Object value, String spec) { return torch4j.print.FormatSpec.format(torch4j.print.ItemValues.python(value), spec); }",
            "void display(Object value) { torch4j.session.Prelude.display(value, null); }",
            "void display(Object value, String displayId) { torch4j.session.Prelude.display(value, displayId); }",
            "void updateDisplay(String displayId, Object value) { torch4j.session.Prelude.updateDisplay(displayId, value); }",
            "void clearOutput() { torch4j.session.Prelude.clearOutput(false); }",
            "void clearOutput(boolean wait) { torch4j.session.Prelude.clearOutput(wait); }");

    /** The prelude's snippets for packages present on {@code loader}. */
    static List<String> snippets(ClassLoader loader) {
        List<String> out = new ArrayList<>();
        for (String[] imp : IMPORTS) {
            try {
                Class.forName(imp[1], false, loader);
                out.add(imp[0]);
            } catch (ClassNotFoundException | LinkageError e) {
                // the package is not on this classpath (an optional module): no import
            }
        }
        out.addAll(HELPERS);
        return out;
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
        sink().displayValue(value, Renderers.render(value), displayId, false);
    }

    /** Replaces the display named {@code displayId} with {@code value}. */
    public static void updateDisplay(String displayId, Object value) {
        sink().displayValue(value, Renderers.render(value), displayId, true);
    }

    /** IPython's {@code clear_output(wait)}: the output shown so far goes (see {@link DisplaySink#clearOutput}). */
    public static void clearOutput(boolean wait) {
        System.out.flush();
        sink().clearOutput(wait);
    }

    /** Plot {@code show()} goes to the active session's sink, so the REPL draws it and the kernel sends it. */
    static void routePlots() {
        torch4j.plot.Plt.setShowHandler((figure, displayId, update) ->
                sink().displayValue(figure, Renderers.render(figure), displayId, update));
        torch4j.track.Track.setLiveSink(new TrackLive());
        torch4j.track.Track.setCodeSource(() -> {
            Session s = active;
            return s == null ? null : s.code();
        });
    }

    /** The sink of the session running code, or one that prints text when none is (code outside a session). */
    public static DisplaySink sink() {
        Session s = active;
        return s != null ? s.options().display() : DisplaySink.text(System.out);
    }
}
