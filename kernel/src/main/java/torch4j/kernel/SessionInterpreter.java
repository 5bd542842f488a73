package torch4j.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.lang.model.SourceVersion;
import torch4j.plot.Figure;
import torch4j.plot.Plt;
import torch4j.session.Completions;
import torch4j.session.DisplaySink;
import torch4j.session.EvalError;
import torch4j.session.Evaluation;
import torch4j.session.MimeBundle;
import torch4j.session.Renderers;
import torch4j.session.Session;
import torch4j.session.SessionOptions;

/**
 * Cells run by the torch4j session, the JShell engine the REPL uses too (DESIGN §5): the cell's
 * snippets run in order and stop at the first error; the last snippet's value, if it shows one,
 * is the cell's result, rendered by the session's renderer registry (text/plain always, plus
 * HTML, PNG or SVG where a renderer has them: the display module's renderers). {@code display(obj)},
 * {@code updateDisplay(id, obj)} and plot {@code show()} reach the notebook through the session's
 * display sink as display_data / update_display_data; a figure drawn but not shown appears after
 * the cell. The kernel says it is ready once the session has compiled one throwaway snippet; after
 * the first cell (or two seconds without one) the session warms JShell's compiler in the background.
 * A cell {@code randn?} shows the documentation in the pager, as IPython's {@code obj?}.
 *
 * <pre>{@code
 * jshell> SessionInterpreter.start(io).execute("manualSeed(0); randn(2)").result().get("text/plain")
 * $1 ==> "tensor([ 1.5410, -0.2934])"
 * }</pre>
 */
public final class SessionInterpreter implements Interpreter {
    private static final String RED = "\u001b[0;31m", RESET = "\u001b[0m";
    /** A help request, IPython's {@code obj?}: a dotted name (a call's parentheses allowed) and a question mark. */
    private static final java.util.regex.Pattern HELP_TARGET = java.util.regex.Pattern.compile("[\\w$.() ]+\\?");

    /** Rounds of warm-up snippets (7 each) for JShell's compiler: about 4 s of one core in the background. */
    private static final int WARM_UP_ROUNDS = 40;

    /**
     * How long after start the warm-up waits for a first cell: a client that was told "ready"
     * usually sends it at once (run all, nbconvert), and on two cores it then runs alone instead
     * of beside the warm-up's compiles (measured at load 20: 0.6-1.2 s beside them).
     */
    private static final long WARM_UP_DELAY_MS = 2000;

    private final Session session;
    private final Display display;
    private final java.util.concurrent.CountDownLatch firstCellDone = new java.util.concurrent.CountDownLatch(1);

    private SessionInterpreter(Session session, Display display) {
        this.session = session;
        this.display = display;
    }

    /** Starts a session whose output, input and displays go through the kernel's {@code io}. */
    public static Interpreter start(Io io) {
        DisplaySink sink = new DisplaySink() {
            @Override
            public void display(MimeBundle bundle, String displayId) {
                io.display().display(bundle.data(), displayId);
            }

            @Override
            public void updateDisplay(MimeBundle bundle, String displayId) {
                io.display().update(bundle.data(), displayId);
            }

            @Override
            public void clearOutput(boolean wait) {
                io.display().clearOutput(wait);
            }

            @Override
            public boolean updatesInPlace() { return true; }
        };
        Session session = Session.start(SessionOptions.of(io.out(), io.err(), io.in(), sink));
        // the kernel answers kernel_info once this returns: the first cell must not pay JShell's first compile
        session.prime();
        SessionInterpreter interpreter = new SessionInterpreter(session, io.display());
        // warm JShell's compiler in a shadow session while the learner types (it pauses while a cell runs)
        Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("torch4j-warm-up").start(() -> {
            try {
                interpreter.firstCellDone.await(WARM_UP_DELAY_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            interpreter.session.warmUp(WARM_UP_ROUNDS, () -> false);
        });
        return interpreter;
    }

    @Override
    public Outcome execute(String code, BooleanSupplier interrupted) {
        return run(code, null, interrupted);
    }

    /** Runs a cell; errors name it {@code Cell In[n]} (n its execution count) as IPython does. */
    @Override
    public Outcome execute(String code, int executionCount, BooleanSupplier interrupted) {
        return run(code, executionCount < 0 ? null : "Cell In[" + executionCount + "]", interrupted);
    }

    /** Runs a cell whose errors name it {@code origin} (null: the session's own numbering). */
    private Outcome run(String code, String origin, BooleanSupplier interrupted) {
        String asked = code.strip();
        if (asked.length() > 1 && asked.endsWith("?") && !asked.endsWith("??") && HELP_TARGET.matcher(asked).matches()) {
            String name = asked.substring(0, asked.length() - 1).strip();
            return inspect(name, name.length(), 0)
                    .map(doc -> new Outcome(null, null, doc))
                    .orElseGet(() -> new Outcome(null, new Failure("NoDocumentation", "no documentation for " + name,
                            List.of(RED + "no documentation for " + name + RESET))));
        }
        List<Evaluation> evaluations;
        try {
            evaluations = origin == null ? session.eval(code, interrupted) : session.eval(code, origin, interrupted);
        } finally {
            firstCellDone.countDown();
            // what the cell drew without show() appears below it, as with matplotlib's inline backend
            Figure drawn = Plt.takeUnshown();
            if (drawn != null) display.display(Renderers.render(drawn).data(), drawn.displayId());
        }
        for (Evaluation e : evaluations)
            if (e.error() != null) return new Outcome(null, failure(e.error()));
        if (evaluations.isEmpty()) return new Outcome(null, null);
        Evaluation last = evaluations.getLast();
        if (last.echo() == null) return new Outcome(null, null);
        return new Outcome(bundle(last), null);
    }

    /**
     * The echo as text/plain (what the REPL prints), with the richer forms the renderers give the
     * live value; a cell ending in a variable's name ({@code x}) shows that variable's value.
     */
    private Map<String, String> bundle(Evaluation e) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("text/plain", e.echo());
        Object value = e.value();
        if (value == null && e.hasValue()) {
            String name = e.source().strip().replaceAll(";$", "").strip();
            if (SourceVersion.isIdentifier(name)) value = session.valueOf(name).orElse(null);
        }
        if (value != null) {
            try {
                Renderers.render(value).data().forEach(data::putIfAbsent);
            } catch (RuntimeException renderFailed) {
                // a renderer's bug must not lose the cell's result: the text is still there
            }
        }
        return data;
    }

    /** The error as Jupyter shows it: the traceback's first line is the header, in red as IPython's. */
    private static Failure failure(EvalError error) {
        List<String> lines = new ArrayList<>(List.of(error.render().split("\n", -1)));
        if (!lines.isEmpty()) lines.set(0, RED + lines.getFirst() + RESET);
        String message = error.message() == null ? "" : error.message();
        return new Failure(error.name(), message, lines);
    }

    @Override
    public void interrupt() {
        session.interrupt();
    }

    @Override
    public boolean runningCode() {
        return session.snippetRunning();
    }

    @Override
    public Completion complete(String code, int cursor) {
        Completions c = session.complete(code, cursor);
        return new Completion(c.candidates(), c.anchor(), cursor);
    }

    @Override
    public Completeness isComplete(String code) {
        torch4j.session.Completeness c = session.isComplete(code);
        return new Completeness(c.status().name().toLowerCase(java.util.Locale.ROOT), c.indent());
    }

    /**
     * The Javadoc and signatures of the symbol at the cursor. JShell documents a method from
     * inside its call ({@code Math.abs(|}); a notebook asks with the cursor on the name
     * ({@code Math.ab|s}), so without an answer there the name is completed to a call and asked again.
     */
    @Override
    public Optional<Map<String, String>> inspect(String code, int cursor, int detailLevel) {
        Optional<String> doc = session.documentation(code, cursor);
        if (doc.isEmpty()) {
            int end = cursor;
            while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) end++;
            if (end > 0 && Character.isJavaIdentifierPart(code.charAt(end - 1))) {
                String call = code.substring(0, end) + "(";
                doc = session.documentation(call, call.length());
            }
        }
        return doc.map(text -> Map.of("text/plain", text));
    }

    @Override
    public void close() {
        session.close();
    }
}
