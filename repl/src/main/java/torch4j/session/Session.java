package torch4j.session;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.VarSnippet;

/**
 * One interactive torch4j session, shared by the terminal REPL and the Jupyter kernel: JShell
 * running snippets in this JVM (values stay live objects), a prelude of imports and helpers,
 * Python-like echo, readable errors, interrupts, completion and variable listing.
 *
 * <pre>
 * jshell&gt; var s = Session.start(SessionOptions.standard())
 * jshell&gt; s.eval("manualSeed(0); randn(2)").getLast().echo()
 * $2 ==&gt; "tensor([ 1.5410, -0.2934])"
 * </pre>
 */
public final class Session implements AutoCloseable {
    private final SessionOptions options;
    private final String classpath;
    private SessionExecutionControl.Provider provider;
    private JShell shell;
    private volatile boolean closed;
    private final List<String> history = new ArrayList<>();
    private volatile String lastSnippetId;
    private volatile boolean evaluating;   // a learner's snippet is running: warm-up waits
    private final SourceMap sources = new SourceMap();   // snippet id -> the learner's cell and line
    private volatile SourceMap.Place running;           // where the snippet being evaluated came from
    private final SessionCode code = new SessionCode();  // the cells or the script run, for Track's saveCode
    private int inputs;                                  // entries evaluated without a name: Input In [n]
    private volatile boolean echoDeclarations;

    private final EvalInterrupts interrupts = new EvalInterrupts();
    private final Set<String> shadowed = new java.util.HashSet<>();   // helpers the learner redeclared (Prelude.clashes)
    private List<String> pending;   // set-up snippets still to run after the prelude (startDeferred); null once loaded

    private Session(SessionOptions options) {
        this.options = options;
        this.classpath = System.getProperty("java.class.path");
        this.echoDeclarations = options.echoDeclarations();
    }

    /** Starts JShell in-process (values stay live objects) and loads the prelude. */
    public static Session start(SessionOptions options) {
        Session s = create(options);
        s.loadPrelude();
        return s;
    }

    /**
     * {@link #start}, but the prelude and then {@code setUp} are evaluated only when something
     * first needs JShell's compiler or variables (an eval, completion, {@link #valueOf}...);
     * {@link #split} works at once. A script that runs as one compiled unit never needs them, and
     * the prelude is a third of a short script's start (about 0.4 s of CPU, cold).
     */
    public static Session startDeferred(SessionOptions options, List<String> setUp) {
        Session s = create(options);
        s.pending = new ArrayList<>(setUp);
        return s;
    }

    private static Session create(SessionOptions options) {
        SessionStreams.install();
        Prelude.routePlots();
        // sqlite-jdbc (torch4j.track's store) logs through SLF4J when its API is on the classpath
        // (Tablesaw brings it), and SLF4J 2 then warns on stderr that no provider is bound: three
        // lines of noise before a learner's first tracked run. The user's own setting wins.
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
        // anomaly mode's forward traces name the learner's cells, as this session's errors do
        torch4j.autograd.ForwardTrace.setFormatter(Session::forwardTrace);
        Session s = new Session(options);
        s.open();
        return s;
    }

    /** The options this session was started with. */
    public SessionOptions options() { return options; }

    private synchronized void open() {
        provider = new SessionExecutionControl.Provider(Session.class.getClassLoader(), interrupts::stopRequested);
        shell = JShell.builder()
                .executionEngine(provider, Map.of())
                .out(options.out()).err(options.err()).in(options.in())
                .compilerOptions("-proc:none")
                .build();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) shell.addToClasspath(entry);
        }
        shadowed.clear();
    }

    /** Evaluates the prelude now and marks it loaded. */
    private void loadPrelude() {
        Prelude.load(shell, Session.class.getClassLoader());
        pending = null;
    }

    /** Evaluates the prelude and the set-up snippets if {@link #startDeferred} put them off. */
    private synchronized void ensurePrelude() {
        if (pending == null) return;
        List<String> setUp = pending;
        loadPrelude();
        for (String snippet : setUp) shell.eval(snippet);
    }

    /**
     * Splits {@code code} into snippets (JShell's source analysis), runs them in order and stops
     * at the first error. User code's standard streams go to this session's streams meanwhile.
     * Errors name the code as the n-th entry, {@code Input In [n]}, counted over this session's
     * unnamed evals (the REPL's entries).
     */
    public List<Evaluation> eval(String code) {
        return eval(code, nextInputName(), EvalInterrupts.NEVER);
    }

    /**
     * {@link #eval(String)}, also stopped (with an "interrupted" error) when {@code interrupted}
     * turns true: it is checked before each snippet and as each starts to run. For a host that
     * takes an interrupt before the eval starts (a kernel whose cell is queued); it is called
     * from the evaluating threads, so it must be cheap and thread-safe.
     */
    public List<Evaluation> eval(String code, BooleanSupplier interrupted) {
        return eval(code, nextInputName(), interrupted);
    }

    /** {@code Input In [n]}: the name of this session's n-th unnamed eval, as IPython 8.0-8.4 named the terminal's inputs. */
    private synchronized String nextInputName() {
        return "Input In [" + ++inputs + "]";
    }

    /**
     * {@link #eval(String)}, with errors naming the code {@code origin} and its lines: the kernel
     * passes {@code Cell In[5]} for the cell of execution count 5, as IPython names cells.
     */
    public List<Evaluation> eval(String code, String origin) {
        return eval(code, origin, EvalInterrupts.NEVER);
    }

    /** {@link #eval(String, String)} stopped when {@code interrupted} turns true, as {@link #eval(String, BooleanSupplier)}. */
    public synchronized List<Evaluation> eval(String code, String origin, BooleanSupplier interrupted) {
        ensurePrelude();
        List<Evaluation> results = new ArrayList<>();
        String remaining = code;
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        SourceMap.Origin cell = SourceMap.Origin.of(origin, code);
        interrupts.enter(interrupted);
        try {
            while (remaining != null && !remaining.isBlank()) {
                remaining = remaining.stripLeading();   // so the snippet's line 1 is the line its code starts on
                SourceMap.Place place = new SourceMap.Place(cell, SourceMap.lineOf(code, code.length() - remaining.length()));
                CompletionInfo info = analysis.analyzeCompletion(remaining);
                String source;
                switch (info.completeness()) {
                    case EMPTY -> { return results; }
                    case COMPLETE, COMPLETE_WITH_SEMI -> { source = info.source(); remaining = info.remaining(); }
                    default -> { source = remaining; remaining = null; }   // incomplete or unknown: JShell says why
                }
                Evaluation ev = interrupts.stopRequested() ? interrupted(source) : evalSnippet(source, place);
                results.add(ev);
                if (!ev.ok()) break;
                history.add(source.strip());
            }
            return results;
        } finally {
            interrupts.leave();
        }
    }

    /** One snippet of a longer source, and where it starts in that source. */
    public record Chunk(String source, int offset) {}

    /**
     * Splits {@code code} into snippets as {@link #eval} would, with each one's start offset (after
     * blank lines and comments), so a script runner can report the line of an error. An unfinished
     * tail comes last, whole.
     */
    public synchronized List<Chunk> split(String code) {
        return SourceText.split(shell.sourceCodeAnalysis(), code);
    }

    /** Runs one snippet exactly as given (it must be a single snippet, as {@link #split} returns them). */
    public Evaluation evalOne(String source) {
        return evalOne(nextInputName(), source, new Chunk(source, 0));
    }

    /**
     * Runs one snippet of a longer text (as {@link #split} returns them): a script runner passes
     * the script's name ({@code File "lesson.jsh"}) and whole text, so errors name the script's lines.
     */
    public synchronized Evaluation evalOne(String origin, String text, Chunk chunk) {
        ensurePrelude();
        SourceMap.Place place = new SourceMap.Place(SourceMap.Origin.of(origin, text), SourceMap.lineOf(text, chunk.offset()));
        interrupts.enter(EvalInterrupts.NEVER);
        try {
            Evaluation ev = interrupts.stopRequested() ? interrupted(chunk.source()) : evalSnippet(chunk.source(), place);
            if (ev.ok()) history.add(chunk.source().strip());
            return ev;
        } finally {
            interrupts.leave();
        }
    }

    /** Whether an eval runs (an interrupt() now stops it); for tests. */
    boolean inEval() {
        return interrupts.inEval();
    }

    private static Evaluation interrupted(String source) {
        return new Evaluation(source, null, false, null, new EvalError("interrupted", "Interrupted", "Interrupted", List.of()));
    }

    private Evaluation evalSnippet(String source, SourceMap.Place place) {
        Prelude.active = this;
        running = place;
        code.entered(place.origin());
        SessionStreams.route(options.out(), options.err(), options.in());
        List<SnippetEvent> events;
        evaluating = true;
        try {
            events = shell.eval(source);
        } finally {
            evaluating = false;
            running = null;
            System.out.flush();
            System.err.flush();
        }
        SnippetEvent main = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        if (main == null) return new Evaluation(source, null, false, null, null);
        Snippet snippet = main.snippet();
        lastSnippetId = snippet.id();
        sources.put(snippet, shell.sourceCodeAnalysis().wrapper(snippet).fullClassName().replaceFirst("^REPL\\.\\$JShell\\$", ""), place);
        if (main.status() == Snippet.Status.REJECTED) {
            return new Evaluation(source, null, false, null, Errors.compile(shell, snippet, place, sources));
        }
        if (main.exception() != null) {
            return new Evaluation(source, null, false, null, Errors.exception(main.exception(), snippet.id(), place, sources));
        }
        if (provider.control().takeStopped()) return interrupted(source);
        if (snippet instanceof jdk.jshell.MethodSnippet method && main.status().isDefined()) Prelude.shadow(shell, method, shadowed);
        if (main.status() == Snippet.Status.RECOVERABLE_DEFINED || main.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            return new Evaluation(source, null, false, Errors.unresolvedNote(shell, snippet), null);
        }
        boolean expression = snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                || (snippet.kind() == Snippet.Kind.EXPRESSION && snippet.subKind().hasValue());
        boolean declaration = snippet.kind() == Snippet.Kind.VAR && !expression;
        // as IPython: an expression ending in ';' runs without showing its value (manualSeed(42);)
        boolean silenced = !declaration && SourceText.endsWithSemicolon(source);
        if (snippet instanceof VarSnippet v && snippet.subKind().hasValue()) {
            Object value = liveValue(v);
            // An expression's value is shown, not kept as JShell's $N variable: every variable
            // still defined is imported into each later snippet's compilation, so keeping them
            // made each eval slower (measured: a trivial one went from 5 ms to 12-17 ms over 200).
            if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) shell.drop(snippet);
            boolean echo = (expression && !silenced) || (declaration && echoDeclarations && snippet.subKind().hasValue());
            return new Evaluation(source, value, true, echo ? Repr.of(value) : null, null);
        }
        if (snippet instanceof jdk.jshell.ExpressionSnippet x && snippet.subKind().hasValue()) {
            // an expression naming an existing variable (x) or assigning one (x = ...): show the variable
            Object value = valueOf(x.name()).orElse(null);
            String echo = silenced ? null : value != null ? Repr.of(value) : main.value();
            return new Evaluation(source, value, true, echo, null);
        }
        return new Evaluation(source, null, false, null, null);
    }

    /**
     * Anomaly mode's forward trace of a node made by snippet code: the learner's frames at their
     * cells, as errors show them; torch4j's plain form when none of them is the learner's.
     */
    private static List<String> forwardTrace(StackTraceElement[] frames) {
        Session s = Prelude.active;
        List<Traceback.Frame> mine = s == null || s.closed ? List.of() : RawFrames.frames(frames, s.shell, s.sources, s.running);
        return mine.isEmpty() ? torch4j.autograd.ForwardTrace.plain(frames) : Traceback.render(mine);
    }

    /** Whether a declaration ({@code var x = ...}) echoes its value as an expression does (the REPL's {@code :set echo all}). */
    public void echoDeclarations(boolean echo) {
        echoDeclarations = echo;
    }

    private Object liveValue(VarSnippet v) {
        try {
            shell.varValue(v);
            return provider.control().liveValue();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    /** What the warm-up's names start with: they exist for a moment in this session and are never offered or listed. */
    private static final String WARM_UP_PREFIX = "warm$";

    /** Snippets shaped like a learner's first lines, compiled and dropped by {@link #warmUp}. */
    private static final List<String> WARM_UP = List.of(
            "1 + 1", "var warm$ = arange(6).view(2, 3);", "warm$.sum(1)", "int warm$f(int a) { return a * 2; }",
            "warm$f(3)", "for (int i = 0; i < 2; i++) { warm$.add(i); }", "\"text\".length()");

    /**
     * Compiles, runs and drops the first of the warm-up snippets ({@code 1 + 1}) in this session, in
     * the caller's thread: JShell's first compile after the prelude costs several times a warm one
     * (its expression path, the value's class loaded and run), so a host that says "ready" after
     * this gets the learner's first snippet answered at about warm speed. The kernel calls it before
     * it answers kernel_info; the rest of the warm-up ({@link #warmUp}) follows in the background.
     */
    public synchronized void prime() {
        if (closed) return;
        ensurePrelude();
        for (SnippetEvent e : shell.eval(WARM_UP.getFirst()))
            if (e.causeSnippet() == null && shell.status(e.snippet()).isActive()) shell.drop(e.snippet());
    }

    /**
     * Warms the JIT for JShell's compiler, so the learner's snippets compile at warm speed: runs
     * throwaway snippets, {@code rounds} times over, in a private shadow session (same prelude,
     * no output) that is closed afterwards. JIT-compiled code is shared by every JShell in the
     * JVM, while each JShell's bookkeeping grows with every snippet it has seen (measured: an
     * eval after 700 warm-up snippets in the same session took 27 ms, after 20 it took 13 ms), so
     * this session stays as small as the learner made it. The warm-up pauses while this session
     * evaluates, and ends early when {@code stop} says so or the session closes.
     */
    public void warmUp(int rounds, java.util.function.BooleanSupplier stop) {
        if (stop.getAsBoolean() || closed) return;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        Session shadow = new Session(SessionOptions.of(discard, discard, InputStream.nullInputStream(), DisplaySink.text(discard)));
        try {
            runWarmUp(this, 1, stop);      // this session's own first compiles (JShell's per-instance set-up)
            shadow.open();
            runWarmUp(shadow, rounds, stop);
            runWarmUp(this, 2, stop);      // and its own javac contexts, warm now that the JIT is (12 -> 10 ms per eval)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            shadow.close();
        }
    }

    /** Rounds of {@link #WARM_UP} in {@code target}, one snippet at a time, dropped after each round. */
    private void runWarmUp(Session target, int rounds, java.util.function.BooleanSupplier stop) throws InterruptedException {
        for (int r = 0; r < rounds; r++) {
            List<Snippet> made = new ArrayList<>();
            try {
                for (String code : WARM_UP) {
                    while (evaluating && !closed && !stop.getAsBoolean()) Thread.sleep(2);
                    if (stop.getAsBoolean() || closed) return;
                    synchronized (target) {
                        if (target.closed) return;
                        for (SnippetEvent e : target.shell.eval(code)) if (e.causeSnippet() == null) made.add(e.snippet());
                    }
                }
            } finally {
                synchronized (target) {
                    if (!target.closed) for (Snippet sn : made) if (target.shell.status(sn).isActive()) target.shell.drop(sn);
                }
            }
        }
    }

    /**
     * Stops the running eval, from any thread, wherever it is: while JShell still compiles a
     * snippet, between snippets, or while one runs (a tight loop too). Does nothing while no eval
     * runs, so an interrupt between two evals does not stop the next one.
     */
    public void interrupt() {
        if (closed) return;
        interrupts.request(() -> {
            JShell s = shell;
            if (s != null) s.stop();
        });
    }

    /** Whether snippet code runs at this moment: false while JShell compiles a snippet, between snippets and between evals. */
    public boolean snippetRunning() {
        SessionExecutionControl.Provider p = provider;
        SessionExecutionControl c = p == null ? null : p.control();
        return c != null && c.running();
    }

    /** Whether {@code code} is ready to run, needs more lines, or is invalid. */
    public synchronized Completeness isComplete(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = code;
        while (remaining != null && !remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            switch (info.completeness()) {
                case EMPTY -> { return new Completeness(Completeness.Status.COMPLETE, ""); }
                case COMPLETE, COMPLETE_WITH_SEMI -> remaining = info.remaining();
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return new Completeness(Completeness.Status.INCOMPLETE, SourceText.indentFor(remaining));
                }
                default -> { return new Completeness(Completeness.Status.INVALID, ""); }
            }
        }
        return new Completeness(Completeness.Status.COMPLETE, "");
    }

    /** Completion candidates at {@code cursor} from JShell's source analysis (members after {@code x.}, statics, variables, types). */
    public synchronized Completions complete(String code, int cursor) {
        ensurePrelude();
        int[] anchor = {cursor};
        List<SourceCodeAnalysis.Suggestion> suggestions = shell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor);
        Set<String> typed = new LinkedHashSet<>();
        Set<String> rest = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion s : suggestions) {
            String c = s.continuation();
            if (c.startsWith("$") || c.equals("do_it$(") || c.startsWith(WARM_UP_PREFIX)) continue;   // JShell's internals, the warm-up's
            (s.matchesType() ? typed : rest).add(c);
        }
        typed.addAll(rest);
        return new Completions(new ArrayList<>(typed), anchor[0]);
    }

    /** The signature (and Javadoc where sources are available) of the symbol at {@code cursor}. */
    public synchronized Optional<String> documentation(String code, int cursor) {
        ensurePrelude();
        List<SourceCodeAnalysis.Documentation> docs = shell.sourceCodeAnalysis().documentation(code, cursor, true);
        if (docs.isEmpty() && cursor > 0 && Character.isJavaIdentifierPart(code.charAt(cursor - 1))) {
            // a bare method name (randn|): JShell documents the call that starts after it
            docs = shell.sourceCodeAnalysis().documentation(code.substring(0, cursor) + "(", cursor + 1, true);
        }
        if (docs.isEmpty()) return Optional.empty();
        StringBuilder sb = new StringBuilder();
        for (SourceCodeAnalysis.Documentation d : docs) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(d.signature());
            if (d.javadoc() != null && !d.javadoc().isBlank()) sb.append('\n').append(d.javadoc().strip()).append('\n');
        }
        return Optional.of(sb.toString());
    }

    /** The session's variables in declaration order (JShell's temporaries {@code $1} left out). */
    public synchronized List<VarInfo> vars() {
        ensurePrelude();
        List<VarInfo> out = new ArrayList<>();
        shell.variables().forEach(v -> {
            if (v.name().startsWith("$") || v.name().startsWith(WARM_UP_PREFIX) || !shell.status(v).isActive()) return;
            out.add(VarInfo.of(v.name(), v.typeName(), liveValue(v)));
        });
        return out;
    }

    /** The live value of variable {@code name}, if the session has it. */
    public synchronized Optional<Object> valueOf(String name) {
        ensurePrelude();
        return shell.variables().filter(v -> v.name().equals(name) && shell.status(v).isActive())
                .reduce((a, b) -> b).map(this::liveValue);
    }

    /** JShell's id of the last snippet run ({@code 12} in a frame {@code (#12:3)}), for mapping frames to a script's lines. */
    public String lastSnippetId() {
        return lastSnippetId;
    }

    /**
     * The code this session runs, as {@code RunOptions.saveCode} saves it: the script's file while
     * it runs one, else the cells (entries) run so far, the running one last; null before any.
     */
    public torch4j.track.RunCode code() {
        return code.current();
    }

    /** The sources of the snippets that ran without error since the start (or the last reset), in order. */
    public synchronized List<String> history() {
        return List.copyOf(history);
    }

    /** Drops every snippet and variable and starts over with the prelude. */
    public synchronized void reset() {
        shell.close();
        history.clear();
        sources.clear();
        code.clear();
        open();
        loadPrelude();
    }

    /** Ends the session. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        shell.close();
        if (Prelude.active == this) {
            Prelude.active = null;
            SessionStreams.restore();
        }
    }
}
