package torch4j.kernel;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    Outcome execute(String code);

    /**
     * Runs the cell of execution count {@code executionCount}: errors name it as IPython does
     * ({@code Cell In[5], line 2}). By default the same as {@link #execute(String)}.
     */
    default Outcome execute(String code, int executionCount) {
        return execute(code);
    }

    /** Stops the running cell, from any thread (a tight loop too). */
    void interrupt();

    Completion complete(String code, int cursor);

    Completeness isComplete(String code);

    /** The documentation of the symbol at {@code cursor}, as a MIME bundle; empty when there is none. */
    Optional<Map<String, String>> inspect(String code, int cursor, int detailLevel);

    @Override
    void close();
}
