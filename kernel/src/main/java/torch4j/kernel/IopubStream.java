package torch4j.kernel;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A cell's stdout or stderr as iopub "stream" messages. Bytes collect here and go out as one
 * message when the kernel's flusher ticks (every few tens of milliseconds, so output appears as
 * printed without one message per println in a loop), when the buffer grows large, and before
 * any other output of the cell (so a display after a print shows after it). An unfinished last
 * line waits a little longer on the ticks: if the cell reads System.in next, it is the question
 * to ask (the input_request's prompt) rather than output. Only time in which the cell could have
 * read counts: not while JShell compiles the cell's next snippet, which on a busy machine alone
 * outlasted the wait and sent the prompt as output.
 */
final class IopubStream extends OutputStream {
    private static final int SEND_NOW_BYTES = 1 << 20;
    /** How long an unfinished line waits on the flusher, while no snippet compiles, before it is sent anyway. */
    private static final long PARTIAL_LINE_NANOS = 500_000_000L;

    private final String name;
    private final Supplier<Message> parent;
    private final Consumer<Message> publish;
    private final String session;
    private final BooleanSupplier compiling;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private long partialWait;                    // how long the unfinished line has waited (compiles not counted)
    private long lastTick = System.nanoTime();

    /**
     * @param compiling whether the running cell is between runs of its code (JShell compiles its
     *                  next snippet): the unfinished line's wait stops meanwhile
     */
    IopubStream(String name, Supplier<Message> parent, Consumer<Message> publish, String session, BooleanSupplier compiling) {
        this.name = name;
        this.parent = parent;
        this.publish = publish;
        this.session = session;
        this.compiling = compiling;
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
        partialWait = 0;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
        partialWait = 0;
        if (pending.size() >= SEND_NOW_BYTES) drain();
    }

    /** PrintStream's autoflush lands here; the flusher and drain() send, so this does not. */
    @Override
    public void flush() {}

    /** Sends what has collected (up to the last whole UTF-8 character) as one stream message. */
    synchronized void drain() {
        send(completeCharacters(pending.toByteArray()));
    }

    /** The flusher's tick: the whole lines, and an unfinished line once it has waited long enough. */
    synchronized void tick() {
        long now = System.nanoTime();
        if (!compiling.getAsBoolean()) partialWait += now - lastTick;
        lastTick = now;
        if (partialWait > PARTIAL_LINE_NANOS) {
            drain();
            return;
        }
        byte[] bytes = pending.toByteArray();
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') end--;
        send(end);
    }

    /**
     * Sends the whole lines collected and hands back the unfinished last line without sending it:
     * the prompt a cell printed before reading System.in (it becomes the input_request's prompt).
     */
    synchronized String takePartialLine() {
        byte[] bytes = pending.toByteArray();
        int lastNewline = -1;
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                lastNewline = i;
                break;
            }
        }
        pending.reset();
        if (lastNewline >= 0) {
            pending.write(bytes, 0, lastNewline + 1);
            send(pending.size());
        }
        return new String(bytes, lastNewline + 1, bytes.length - lastNewline - 1, StandardCharsets.UTF_8);
    }

    private void send(int upTo) {
        if (upTo == 0) return;
        byte[] bytes = pending.toByteArray();
        pending.reset();
        pending.write(bytes, upTo, bytes.length - upTo);
        Message p = parent.get();
        if (p == null) return; // printed before the first request: there is no cell to show it under
        JsonObject content = new JsonObject();
        content.addProperty("name", name);
        content.addProperty("text", new String(bytes, 0, upTo, StandardCharsets.UTF_8));
        publish.accept(Message.reply(p, "stream", content, session));
    }

    /** The length of the prefix of {@code b} that does not end inside a multi-byte UTF-8 character. */
    static int completeCharacters(byte[] b) {
        int n = b.length;
        for (int back = 1; back <= Math.min(3, n); back++) {
            int c = b[n - back] & 0xFF;
            if (c < 0x80) return n;                  // ASCII: complete
            if (c >= 0xC0) {                         // a lead byte: complete if all its continuation bytes are here
                int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                return back >= need ? n : n - back;
            }
        }
        return n;
    }
}
