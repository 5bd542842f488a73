package torch4j.kernel;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What runs the cells: the kernel speaks the protocol, an interpreter evaluates code. The torch4j
 * kernel's interpreter is {@link SessionInterpreter} (the shared JShell session of the REPL);
 * the protocol tests use a small scripted one.
 *
 * <pre>{@code
 * jshell> interpreter.execute("1 + 1").result()
 * $1 ==> {text/plain=2}
 * }</pre>
 */
public interface Interpreter extends AutoCloseable {

    /** Where a cell's output goes: stdout and stderr as printed, System.in, and rich displays. */
    record Io(PrintStream out, PrintStream err, InputStream in, Display display) {}

    /** Rich output sent while a cell runs: display_data, and update_display_data of an earlier one. */
    interface Display {
        /** Shows {@code bundle} (MIME type to data; images base64); {@code displayId} may be null. */
        void display(Map<String, String> bundle, String displayId);

        /** Replaces what the display {@code displayId} shows. */
        void update(Map<String, String> bundle, String displayId);

        /** Clears the cell's output: clear_output, at once or ({@code wait}) when the next output arrives. */
        void clearOutput(boolean wait);
    }

    /** A cell's error as Jupyter shows it: exception name, message and readable traceback lines. */
    record Failure(String ename, String evalue, List<String> traceback) {}

    /**
     * How an interrupted cell ends, as the torch4j session reports it (Python's KeyboardInterrupt);
     * also the kernel's answer for a cell interrupted before an interpreter ran it.
     */
    Failure INTERRUPTED = new Failure("Interrupted", "Interrupted", List.of("\u001b[0;31mInterrupted\u001b[0m"));

    /**
     * How a cell ended: the MIME bundle of its value (null when it has none to show), or the
     * failure that stopped it (null when it ran through); {@code page} is help text for the
     * pager (IPython's {@code obj?}), null for a normal cell.
     */
    record Outcome(Map<String, String> result, Failure failure, Map<String, String> page) {
        public Outcome(Map<String, String> result, Failure failure) {
            this(result, failure, null);
        }
    }

    /** Candidates replacing the code between {@code start} and {@code end} (UTF-16 indices). */
    record Completion(List<String> matches, int start, int end) {}

    /** "complete", "incomplete", "invalid" or "unknown", and the indent for the next line. */
    record Completeness(String status, String indent) {}

    /** Creates the interpreter once the kernel knows where output goes. */
    @FunctionalInterface
    interface Factory {
        Interpreter start(Io io) throws Exception;
    }

    /** Runs a cell: its snippets in order, stopping at the first error. */
    default Outcome execute(String code) {
        return execute(code, () -> false);
    }

    /**
     * Runs a cell, which ends as {@link #INTERRUPTED} when {@code interrupted} turns true: the
     * kernel's own record that this cell was interrupted, possibly before it started (checked
     * before the cell runs and as each of its snippets starts; cheap and thread-safe).
     */
    Outcome execute(String code, BooleanSupplier interrupted);

    /**
     * {@link #execute(String, BooleanSupplier)} for the cell of execution count
     * {@code executionCount}: errors name it as IPython does ({@code Cell In[5], line 2}); a
     * negative count names no cell. By default the same as {@code execute(code, interrupted)}.
     */
    default Outcome execute(String code, int executionCount, BooleanSupplier interrupted) {
        return execute(code, interrupted);
    }

    /** {@link #execute(String, int, BooleanSupplier)}, never interrupted by the caller. */
    default Outcome execute(String code, int executionCount) {
        return execute(code, executionCount, () -> false);
    }

    /**
     * Stops the running cell, from any thread (a tight loop too). Does nothing while no cell
     * runs: the kernel decides which cell an interrupt is meant for.
     */
    void interrupt();

    /**
     * Whether the running cell's own code runs at this moment, rather than being compiled (a
     * printed unfinished line waits for a read of System.in only while code runs).
     */
    default boolean runningCode() {
        return true;
    }

    Completion complete(String code, int cursor);

    Completeness isComplete(String code);

    /** The documentation of the symbol at {@code cursor}, as a MIME bundle; empty when there is none. */
    Optional<Map<String, String>> inspect(String code, int cursor, int detailLevel);

    @Override
    void close();
}
