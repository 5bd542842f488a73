package torch4j.repl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;

/**
 * The REPL's output to the terminal (what snippets print, echoes, errors, pictures), written
 * through the terminal's writer that JLine draws with, never its raw output stream: that stream
 * buffers without locking, and JShell flushes {@code System.out} after every snippet it runs,
 * the background warm-up's too. A flush from the warm-up thread while JLine redrew the line
 * after a Tab wrote JLine's buffered bytes twice: {@code Torch.manualSe} + Tab showed
 * {@code Torch.manualSeeed(} until the warm-up ended. The writer serialises every write and flush.
 *
 * <p>While the prompt is up, output can only come from a thread the learner started (a training
 * loop in the background, a timer); each of its lines is printed above the prompt with JLine's
 * {@link LineReader#printAbove}, which redraws the prompt and the line being typed, instead of
 * landing in the middle of that line. A flush with nothing pending takes no lock but the
 * writer's: the warm-up flushes while it holds the session, which a Tab (holding JLine's lock)
 * may be waiting for.
 */
final class PromptAwareOutput extends OutputStream {
    private final Terminal terminal;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private volatile LineReader reader;
    private volatile boolean prompting;

    PromptAwareOutput(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Output while {@code reader} shows its prompt goes above it. */
    void attach(LineReader reader) {
        this.reader = reader;
    }

    /** Whether the prompt is up (the REPL is in {@code readLine}); the REPL says so around each call. */
    void prompting(boolean up) {
        prompting = up;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
        LineReader r = reader;
        if (r != null && prompting) {
            byte[] bytes = pending.toByteArray();
            int end = lastIndexOf(bytes, (byte) '\n') + 1;   // whole lines only: a line is printed above the prompt at once
            if (end > 0) {
                printAbove(r, bytes, end);
                keep(bytes, end);
            }
        } else {
            writeOut();
        }
    }

    /** Everything written so far reaches the terminal; a partial line at the prompt is shown as a line of its own. */
    @Override
    public void flush() {
        // nothing pending (JShell's flush after each warm-up snippet): no lock but the writer's, see the class comment
        if (pending.size() > 0) flushPending();
        terminal.flush();
    }

    private synchronized void flushPending() {
        LineReader r = reader;
        if (r != null && prompting) {
            byte[] bytes = pending.toByteArray();
            int end = completeUtf8(bytes, bytes.length);
            if (end > 0) {
                printAbove(r, bytes, end);
                keep(bytes, end);
            }
        } else {
            writeOut();
        }
    }

    /** Writes the pending text through the terminal's writer (an incomplete UTF-8 sequence waits for its last bytes). */
    private void writeOut() {
        byte[] bytes = pending.toByteArray();
        int end = completeUtf8(bytes, bytes.length);
        if (end == 0) return;
        terminal.writer().write(new String(bytes, 0, end, StandardCharsets.UTF_8));
        keep(bytes, end);
    }

    private static void printAbove(LineReader r, byte[] bytes, int end) {
        String[] lines = new String(bytes, 0, end, StandardCharsets.UTF_8).split("\r?\n", -1);
        // the split's last element follows the last line end: empty unless a partial line is flushed
        int n = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        for (int i = 0; i < n; i++) r.printAbove(lines[i]);
    }

    /** Keeps the bytes after {@code end} pending. */
    private void keep(byte[] bytes, int end) {
        pending.reset();
        pending.write(bytes, end, bytes.length - end);
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) if (bytes[i] == b) return i;
        return -1;
    }

    /** The length of the longest prefix of {@code bytes[0, len)} that ends on a whole UTF-8 character. */
    static int completeUtf8(byte[] bytes, int len) {
        for (int back = 1; back <= Math.min(3, len); back++) {
            int b = bytes[len - back] & 0xff;
            if ((b & 0xc0) == 0x80) continue;                     // a continuation byte: look further back
            int need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
            return need > back ? len - back : len;
        }
        return len;
    }
}
