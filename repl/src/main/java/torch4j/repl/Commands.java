package torch4j.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import torch4j.Tensor;
import torch4j.autograd.GraphView;
import torch4j.session.Evaluation;
import torch4j.session.VarInfo;

/**
 * The REPL's {@code :commands}: help, variables, the autograd graph of an expression, timing,
 * loading and saving snippets, reset, echo settings and exit.
 */
final class Commands {
    static final List<String> NAMES = List.of(":help", ":vars", ":graph", ":time", ":load", ":save", ":reset", ":set", ":exit");

    static final String HELP = """
            Type Java; an expression shows its value, a declaration stays quiet.
            The prelude imports torch4j (static Torch members too: randn(2, 3)), nn, optim and
            utils.data, and defines print(...) as Python's.

              :help            this text
              :vars            the session's variables (shape, dtype, device, requires_grad for tensors)
              :graph EXPR      the autograd graph behind a tensor expression
              :time EXPR       run EXPR and show how long it took
              :load FILE       run a .jsh script in this session
              :save FILE       write the snippets that ran to FILE
              :reset           forget every variable and start over
              :set echo all    declarations echo their value too (:set echo expressions: only expressions)
              :exit            leave (Ctrl-D too)

            Keys: Tab completes, Shift-Tab shows the documentation of the name at the cursor,
            Ctrl-C stops a running snippet (or clears the line), Ctrl-R searches the history.""";

    private final Repl repl;

    Commands(Repl repl) {
        this.repl = repl;
    }

    /** Runs a command line; false when the REPL should end. */
    boolean run(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        String name = space < 0 ? trimmed : trimmed.substring(0, space);
        String arg = space < 0 ? "" : trimmed.substring(space + 1).strip();
        switch (name) {
            case ":help", ":h", ":?" -> repl.println(HELP);
            case ":exit", ":quit", ":q" -> { return false; }
            case ":vars" -> vars();
            case ":graph" -> graph(arg);
            case ":time" -> time(arg);
            case ":load" -> load(arg);
            case ":save" -> save(arg);
            case ":reset" -> { repl.session().reset(); repl.println("session reset"); }
            case ":set" -> set(arg);
            default -> repl.error("unknown command " + name + " (:help lists them)");
        }
        return true;
    }

    private void vars() {
        List<VarInfo> vars = repl.session().vars();
        if (vars.isEmpty()) { repl.println("no variables"); return; }
        int nameWidth = Math.max(4, vars.stream().mapToInt(v -> v.name().length()).max().orElse(0));
        int typeWidth = Math.max(4, vars.stream().mapToInt(v -> v.type().length()).max().orElse(0));
        String format = "%-" + nameWidth + "s  %-" + typeWidth + "s  %s";
        repl.println(String.format(format, "name", "type", "value"));
        for (VarInfo v : vars) {
            String value = v.isTensor()
                    ? String.format(Locale.ROOT, "shape=%s dtype=%s device=%s requires_grad=%s", v.shape(), v.dtype(), v.device(),
                            v.requiresGrad() ? "True" : "False")
                    : v.summary();
            repl.println(String.format(format, v.name(), v.type(), value));
        }
    }

    private void graph(String expr) {
        if (expr.isEmpty()) { repl.error(":graph needs a tensor expression, e.g. :graph loss"); return; }
        Evaluation ev = lastOf(repl.session().eval(expr));
        if (ev == null) return;
        if (!ev.ok()) { repl.show(ev); return; }
        if (!(ev.value() instanceof Tensor t)) {
            repl.error(":graph needs a tensor, got " + (ev.value() == null ? "no value" : ev.value().getClass().getSimpleName()));
            return;
        }
        repl.println(GraphView.render(t));
    }

    private void time(String expr) {
        if (expr.isEmpty()) { repl.error(":time needs code to run, e.g. :time a.matmul(b)"); return; }
        long start = System.nanoTime();
        List<Evaluation> evs = repl.session().eval(expr);
        long nanos = System.nanoTime() - start;
        evs.forEach(repl::show);
        repl.println("Wall time: " + formatNanos(nanos));
    }

    /** IPython's %time style: the unit that keeps three significant digits readable. */
    static String formatNanos(long nanos) {
        if (nanos < 1_000) return nanos + " ns";
        if (nanos < 1_000_000) return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
        if (nanos < 1_000_000_000) return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    private void load(String file) {
        if (file.isEmpty()) { repl.error(":load needs a file name"); return; }
        ScriptRunner.Outcome outcome = ScriptRunner.run(repl.session(), Path.of(file), repl.errStream());
        if (outcome.ok()) repl.println("loaded " + file);
    }

    private void save(String file) {
        if (file.isEmpty()) { repl.error(":save needs a file name"); return; }
        Path target = Path.of(file).toAbsolutePath();
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".torch4j-save", ".tmp");
            Files.writeString(tmp, String.join("\n", repl.session().history()) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            repl.println("saved " + repl.session().history().size() + " snippets to " + file);
        } catch (IOException e) {
            repl.error("cannot save " + file + ": " + e.getMessage());
        }
    }

    private void set(String arg) {
        switch (arg) {
            case "echo all" -> repl.echoAll(true);
            case "echo expressions" -> repl.echoAll(false);
            default -> repl.error(":set echo all | :set echo expressions");
        }
    }

    private static Evaluation lastOf(List<Evaluation> evs) {
        return evs.isEmpty() ? null : evs.getLast();
    }
}
