package torch4j.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Routes {@code System.out}, {@code System.err} and {@code System.in} to the streams of the
 * session that runs code. JShell's local execution runs snippets in this JVM, so user code writes
 * to the process's streams; these switches are installed once and point at the active session
 * (the REPL: the terminal; the kernel: iopub stream messages). Output from threads a snippet left
 * running keeps going to the last session that ran code.
 */
final class SessionStreams {
    private SessionStreams() {}

    private static final PrintStream ORIGINAL_OUT = System.out;
    private static final PrintStream ORIGINAL_ERR = System.err;
    private static final InputStream ORIGINAL_IN = System.in;

    private static volatile OutputStream out = ORIGINAL_OUT;
    private static volatile OutputStream err = ORIGINAL_ERR;
    private static volatile InputStream in = ORIGINAL_IN;
    private static boolean installed;
    private static PrintStream installedOut;
    private static PrintStream installedErr;
    private static InputStream installedIn;

    /** Installs the switches (once per JVM). */
    static synchronized void install() {
        if (installed) return;
        installedOut = new PrintStream(new Switch(true), true, StandardCharsets.UTF_8);
        installedErr = new PrintStream(new Switch(false), true, StandardCharsets.UTF_8);
        installedIn = new InputStream() {
            @Override public int read() throws IOException { return in.read(); }
            @Override public int read(byte[] b, int off, int len) throws IOException { return in.read(b, off, len); }
            @Override public int available() throws IOException { return in.available(); }
        };
        System.setOut(installedOut);
        System.setErr(installedErr);
        System.setIn(installedIn);
        installed = true;
    }

    /** Points the process streams at a session's streams. */
    static void route(PrintStream sessionOut, PrintStream sessionErr, InputStream sessionIn) {
        // a session given System.out after the switches went in means the process's own stream
        out = sessionOut == installedOut ? ORIGINAL_OUT : sessionOut;
        err = sessionErr == installedErr ? ORIGINAL_ERR : sessionErr;
        in = sessionIn == installedIn ? ORIGINAL_IN : sessionIn;
    }

    /** Points them back at the streams the process started with. */
    static void restore() {
        route(ORIGINAL_OUT, ORIGINAL_ERR, ORIGINAL_IN);
    }

    private static final class Switch extends OutputStream {
        private final boolean stdout;

        Switch(boolean stdout) { this.stdout = stdout; }

        private OutputStream target() { return stdout ? out : err; }

        @Override public void write(int b) throws IOException { target().write(b); }
        @Override public void write(byte[] b, int off, int len) throws IOException { target().write(b, off, len); }
        @Override public void flush() throws IOException { target().flush(); }
    }
}
