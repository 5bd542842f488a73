package torch4j.session;

/**
 * Thrown in place of {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} called by
 * snippet code: the session's JVM is the REPL's or the kernel's, so a snippet must not end it.
 * Snippet bytecode is rewritten to call {@link #exit} instead (see {@link SessionExecutionControl}).
 */
public final class SnippetExit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    SnippetExit(int status) {
        super("System.exit(" + status + ")", null, false, false);
        this.status = status;
    }

    /** The status the snippet asked to exit with. */
    public int status() { return status; }

    /** Called by rewritten snippet code instead of {@code System.exit(status)}. */
    public static void exit(int status) { throw new SnippetExit(status); }

    /** Called by rewritten snippet code instead of {@code runtime.exit(status)} and {@code runtime.halt(status)}. */
    public static void exit(Runtime runtime, int status) { throw new SnippetExit(status); }
}
