package torch4j.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import torch4j.session.DisplaySink;
import torch4j.session.EvalError;
import torch4j.session.Evaluation;
import torch4j.session.Session;
import torch4j.session.SessionOptions;

/**
 * The interactive torch4j REPL: JLine 3 line editing (history kept in {@code ~/.torch4j_history},
 * multi-line input while JShell says the snippet is incomplete, Tab completion, Shift-Tab
 * documentation, highlighting) over a {@link Session}. The prompt appears at once; JShell and the
 * prelude start in the background and the first snippet (or Tab) waits for them. Keys typed while
 * a snippet runs appear at the next prompt ({@link TypeAhead}); what a background thread prints
 * goes above the prompt ({@link PromptAwareOutput}).
 *
 * <pre>
 * &gt;&gt;&gt; manualSeed(42); randn(2, 2)
 * tensor([[0.3367, 0.1288],
 *         [0.2345, 0.2303]])
 * </pre>
 */
final class Repl {
    static final String PROMPT = ">>> ";
    static final String CONTINUATION = "... ";

    private final Terminal terminal;
    private final PromptAwareOutput output;
    private final PrintStream out;
    private final TypeAhead typeAhead;
    private final CompletableFuture<Session> session;
    /**
     * Set by Ctrl-C after the line editor accepted a line, until the next prompt: the line's eval
     * stops even when it has not started yet (the session alone would only stop a running one).
     */
    private final java.util.concurrent.atomic.AtomicBoolean lineInterrupted = new java.util.concurrent.atomic.AtomicBoolean();
    /** Warm-up rounds of 7 snippets: about 4 s of one core, after which a trivial snippet compiles in ~13 ms. */
    private static final int WARM_UP_ROUNDS = 40;

    private Repl(Terminal terminal, CompletableFuture<Session> session) {
        this.terminal = terminal;
        this.typeAhead = new TypeAhead(terminal);
        this.output = new PromptAwareOutput(terminal);
        this.out = new PrintStream(output, true, StandardCharsets.UTF_8);
        this.session = session;
    }

    /** Runs the REPL until :exit or Ctrl-D; returns the process exit status. */
    static int run() throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).name("torch4j").build();
        CompletableFuture<Session> session = new CompletableFuture<>();
        Repl repl = new Repl(terminal, session);
        Thread starter = new Thread(() -> {
            try {
                Session started = Session.start(SessionOptions.of(repl.out, repl.out, repl.typeAhead.input(), repl.displaySink()));
                session.complete(started);
                started.warmUp(WARM_UP_ROUNDS, () -> false);   // in the background, pausing while a snippet runs
            } catch (Throwable t) {
                session.completeExceptionally(t);
            }
        }, "torch4j-session-start");
        starter.setDaemon(true);
        starter.start();
        try {
            return repl.loop();
        } finally {
            if (session.isDone() && !session.isCompletedExceptionally()) session.join().close();
            terminal.close();
        }
    }

    /** {@code $TORCH4J_HISTORY}, else {@code ~/.torch4j_history}. */
    static Path historyFile() {
        String env = System.getenv("TORCH4J_HISTORY");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".torch4j_history");
    }

    private DisplaySink displaySink() {
        return new TerminalDisplay(out, terminal::getWidth, System.getenv());
    }

    private int loop() {
        JavaLineParser parser = new JavaLineParser(session);
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal).appName("torch4j")
                .parser(parser).completer(parser).highlighter(new JavaHighlighter())
                .variable(LineReader.HISTORY_FILE, historyFile())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                // no INDENTATION: with it, JLine's '}' (insert-close-curly) deletes up to that many
                // spaces before the bracket even mid-line ("{ return x; }" became "{ return x;}")
                .variable(LineReader.INDENTATION, 0)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .build();
        output.attach(reader);   // a background thread's output goes above the prompt
        reader.getWidgets().put("torch4j-doc", () -> showDocumentation(reader));
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference("torch4j-doc"), KeyMap.key(terminal, org.jline.utils.InfoCmp.Capability.key_btab));
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference("torch4j-doc"), "\033[Z");
        terminal.writer().println("torch4j — PyTorch for Java. Type Java; :help for commands, Ctrl-D to leave.");
        terminal.flush();
        Commands commands = new Commands(this);
        // Ctrl-C outside the line editor (which puts its own handler in while it reads): also
        // between Enter and the eval's start, where it used to go nowhere and the loop ran on
        terminal.handle(Terminal.Signal.INT, s -> onCtrlC());
        while (true) {
            String line;
            lineInterrupted.set(false);                     // a Ctrl-C between lines stops nothing
            output.prompting(true);
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;                                   // Ctrl-C at the prompt clears the line
            } catch (EndOfFileException e) {
                return 0;                                   // Ctrl-D
            } finally {
                output.prompting(false);
            }
            // a Ctrl-C as the line was accepted reached the editor's handler, which interrupts this thread
            if (Thread.interrupted()) lineInterrupted.set(true);
            if (line.isBlank()) continue;
            if (line.strip().startsWith(":")) {
                if (!runGuarded(() -> commands.run(line))) return 0;
                continue;
            }
            Integer exit = evalAndShow(line);
            if (exit != null) return exit;
        }
    }

    /** Evaluates a line with Ctrl-C bound to interrupt; returns an exit status when the code called System.exit. */
    private Integer evalAndShow(String code) {
        Integer[] exit = {null};
        runGuarded(() -> {
            List<Evaluation> evs = session().eval(code, lineInterrupted::get);
            for (int i = 0; i < evs.size(); i++) {
                Evaluation ev = evs.get(i);
                if (ev.error() != null && ev.error().kind().equals("exit")) {
                    exit[0] = ev.error().exitStatus().orElse(0);
                    return true;
                }
                // of several snippets on a line only the last one's value shows (as in Jupyter):
                // manualSeed(42); randn(2) shows the tensor
                if (ev.error() != null || i == evs.size() - 1) show(ev);
            }
            return true;
        });
        return exit[0];
    }

    /** Runs REPL work with Ctrl-C stopping the running snippet instead of the process. */
    private boolean runGuarded(java.util.function.BooleanSupplier work) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> onCtrlC());
        try {
            return work.getAsBoolean();
        } catch (RuntimeException e) {
            error("torch4j: " + e);
            return true;
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            out.flush();
        }
    }

    /** Ctrl-C while a line runs (or is about to): stops it. */
    private void onCtrlC() {
        lineInterrupted.set(true);
        if (session.isDone()) session.join().interrupt();
    }

    /** Prints what a snippet shows: its echo, or its error. */
    void show(Evaluation ev) {
        if (ev.error() != null) {
            EvalError e = ev.error();
            if (e.kind().equals("interrupted")) { error("Interrupted"); return; }
            String[] lines = e.render().split("\n", 2);
            error(lines[0]);
            if (lines.length > 1) println(lines[1]);
            return;
        }
        if (ev.echo() != null) println(ev.echo());
    }

    Session session() {
        return session.join();
    }

    /** {@code :set echo all}: declarations show their value too (an expression ending in ';' still does not). */
    void echoAll(boolean all) {
        session().echoDeclarations(all);
    }

    void println(String text) {
        out.println(text);
    }

    void error(String text) {
        out.println(new AttributedString(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)).toAnsi(terminal));
    }

    PrintStream errStream() {
        return out;
    }

    private boolean showDocumentation(LineReader reader) {
        String buffer = reader.getBuffer().toString();
        int cursor = reader.getBuffer().cursor();
        session.join().documentation(buffer, cursor).ifPresentOrElse(
                reader::printAbove,
                () -> reader.printAbove("(no documentation for the name at the cursor)"));
        return true;
    }
}
