package torch4j.repl;

import java.io.PrintStream;
import java.util.List;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * A two-minute tour of torch4j tensors: each step is real Java evaluated by an in-process
 * JShell, printed the way the REPL will show it ({@code >>>} then the value's repr).
 * Run it with {@code ./torch4j}.
 */
public final class Tour {
    private Tour() {}

    /** Imports every snippet sees, as the REPL prelude will. */
    static final List<String> PRELUDE = List.of(
            "import torch4j.*;",
            "import static torch4j.Torch.*;",
            "import java.util.List;");

    /** The tour, in the order of the tensor lesson: create, inspect, view, compute, reduce, join. */
    static final List<String> STEPS = List.of(
            "// tensors from Java values: doubles give float32, ints give int64",
            "tensor(new double[][]{{1, 2}, {3, 4}})",
            "arange(6)",
            "var x = arange(12).view(3, 4)",
            "x.shape()",
            "x.dtype()",
            "// views share memory: writing through a transpose changes x",
            "x.t().select(0, 1).fill_(-1L); x",
            "x.isContiguous() + \" \" + x.t().isContiguous()",
            "// broadcasting and type promotion",
            "x.add(0.5)",
            "ones(3, 1).mul(tensor(1, 2, 3))",
            "// reductions",
            "var y = linspace(0, 1, 6).view(2, 3)",
            "y.sum(0)",
            "y.mean()",
            "y.max(1)",
            "// joining and sorting",
            "cat(List.of(y, y), 1)",
            "tensor(3, 1, 2).sort()",
            "// random numbers: PyTorch's generator, so the same seed prints the same numbers",
            "manualSeed(42); randn(2, 2)",
            "randperm(5)",
            "// errors carry PyTorch's words",
            "ones(3).add(ones(4))");

    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs every step, printing code and result; returns the number of steps that failed to compile. */
    static int run(PrintStream out) {
        int failures = 0;
        try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            for (String s : PRELUDE) shell.eval(s);
            for (String step : STEPS) {
                if (step.startsWith("//")) { out.println(); out.println(step.replaceFirst("^// ?", "# ")); continue; }
                out.println(">>> " + step);
                failures += show(shell, step, out);
            }
        }
        return failures;
    }

    /** Evaluates every complete snippet in {@code code}; an expression echoes its value, a declaration stays quiet. */
    private static int show(JShell shell, String code, PrintStream out) {
        int failures = 0;
        String remaining = code;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
            String source = info.source() != null ? info.source() : remaining;
            remaining = info.source() != null ? info.remaining() : "";
            for (SnippetEvent e : shell.eval(source)) {
                if (e.causeSnippet() != null) continue;   // updates of dependent snippets, not this one
                if (e.exception() != null) {
                    Throwable t = e.exception();
                    out.println(t instanceof EvalException ee ? ee.getExceptionClassName() + ": " + ee.getMessage() : t.toString());
                } else if (e.status() == Snippet.Status.REJECTED) {
                    out.println("compile error: " + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                    failures++;
                } else if (e.value() != null && isExpression(e.snippet())) {
                    out.println(unquote(e.value()));
                }
            }
        }
        return failures;
    }

    private static boolean isExpression(Snippet s) {
        return s.kind() == Snippet.Kind.EXPRESSION || s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    /** JShell quotes string values; the tour shows them as print() would. */
    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
