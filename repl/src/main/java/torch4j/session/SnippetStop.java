package torch4j.session;

import java.util.function.BooleanSupplier;

/**
 * The stop check at the start of every snippet's run: snippet bytecode is rewritten to call
 * {@link #check} first (see {@link SessionExecutionControl}). It closes the gap JShell's own stop
 * leaves: {@code JShell.stop()} does nothing while the snippet is still being compiled, and JShell
 * clears its stop flag as each run starts, so an interrupt in a cell's first moments was lost and
 * the loop ran on. The session's interrupt flag, which only the session clears (when the eval
 * ends), is checked here instead.
 */
public final class SnippetStop {
    /**
     * The running session's "stop requested" test. Inheritable: JShell runs each snippet on a
     * thread it creates from the evaluating thread, which sets this around the run.
     */
    static final InheritableThreadLocal<BooleanSupplier> CURRENT = new InheritableThreadLocal<>();

    private SnippetStop() {}

    /**
     * Called by rewritten snippet code as it starts: ends the run, as JShell's own stop does (with
     * a ThreadDeath that JShell reports as a stopped snippet), when the session was interrupted.
     */
    @SuppressWarnings("removal")
    public static void check() {
        BooleanSupplier stop = CURRENT.get();
        if (stop != null && stop.getAsBoolean()) throw new ThreadDeath();
    }
}
