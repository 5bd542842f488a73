package torch4j.repl;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Keys typed while no prompt is up (a snippet runs, or the REPL is still starting) stay off the
 * screen until the next prompt shows them. JLine puts the terminal in raw mode only while it
 * reads a line; in between, the terminal's own echo printed type-ahead wherever the cursor was
 * (inside the snippet's output), and JLine, which then read those keys, drew them again after
 * its prompt: {@code 20 + 3} typed during a {@code Thread.sleep} showed twice, once out of place.
 * So between prompts the terminal keeps its line discipline (Ctrl-C still interrupts, Backspace
 * still edits a typed-ahead line) without echo; a snippet that reads {@code System.in} gets the
 * echo back while it reads.
 */
final class TypeAhead {
    private final Terminal terminal;
    private final Attributes cooked;
    private final Attributes quiet;

    /** Turns the terminal's echo off from now until {@code terminal.close()} restores its attributes. */
    TypeAhead(Terminal terminal) {
        this.terminal = terminal;
        this.cooked = terminal.getAttributes();
        this.quiet = new Attributes(cooked);
        quiet.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        terminal.setAttributes(quiet);   // JLine's readLine saves these and restores them after each line
    }

    /** {@code System.in} for snippets: the terminal's input, echoed while a snippet reads it, as in any program. */
    InputStream input() {
        return new FilterInputStream(terminal.input()) {
            @Override
            public int read() throws IOException {
                echo(true);
                try {
                    return super.read();
                } finally {
                    echo(false);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                echo(true);
                try {
                    return super.read(b, off, len);
                } finally {
                    echo(false);
                }
            }
        };
    }

    private void echo(boolean on) {
        terminal.setAttributes(on ? cooked : quiet);
    }
}
