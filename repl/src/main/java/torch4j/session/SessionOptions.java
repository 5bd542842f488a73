package torch4j.session;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * How a {@link Session} talks to its host.
 *
 * @param out              where user code's {@code System.out} goes while it runs
 * @param err              where user code's {@code System.err} goes while it runs
 * @param in               what user code's {@code System.in} reads
 * @param display          where {@code display(...)} and plots go
 * @param echoDeclarations whether a declaration ({@code var x = ...}) echoes its value as an expression does
 */
public record SessionOptions(PrintStream out, PrintStream err, InputStream in, DisplaySink display,
                             boolean echoDeclarations) {
    /** Options with quiet declarations. */
    public static SessionOptions of(PrintStream out, PrintStream err, InputStream in, DisplaySink display) {
        return new SessionOptions(out, err, in, display, false);
    }

    /** The process's own streams, a text display and quiet declarations. */
    public static SessionOptions standard() {
        return of(System.out, System.err, System.in, DisplaySink.text(System.out));
    }

    /** These options with declarations echoing (or not). */
    public SessionOptions withEchoDeclarations(boolean echo) {
        return new SessionOptions(out, err, in, display, echo);
    }
}
