package torch4j.kernel;

import com.google.gson.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.zeromq.ZMQ;

/**
 * System.in of a cell: reading it when nothing is buffered sends an input_request on the stdin
 * channel to the client that sent the running execute_request, and waits for its input_reply
 * (the notebook's input box, jupyter console's prompt). The text printed on the current line
 * before the read becomes the request's prompt. Without allow_stdin, or after an interrupt, the
 * read sees end of input.
 */
final class StdinChannel extends InputStream {
    private final ZMQ.Socket socket;
    private final WireCodec codec;
    private final String session;
    private final Supplier<Message> request;
    private final Supplier<String> prompt;
    private byte[] buffer = new byte[0];
    private int position;
    private volatile boolean cancelled;

    StdinChannel(ZMQ.Socket socket, WireCodec codec, String session, Supplier<Message> request, Supplier<String> prompt) {
        this.socket = socket;
        this.codec = codec;
        this.session = session;
        this.request = request;
        this.prompt = prompt;
        socket.setReceiveTimeOut(100);
    }

    /** Makes a read that waits for input_reply give up (an interrupt), and the next cell start clean. */
    void cancel() {
        cancelled = true;
    }

    /** A new cell: forget input typed for the previous one. */
    synchronized void startCell() {
        cancelled = false;
        buffer = new byte[0];
        position = 0;
    }

    @Override
    public synchronized int read() {
        if (!fill()) return -1;
        return buffer[position++] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, buffer.length - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public synchronized int available() {
        return buffer.length - position;
    }

    private boolean fill() {
        if (position < buffer.length) return true;
        String line = requestLine();
        if (line == null) return false;
        buffer = (line + "\n").getBytes(StandardCharsets.UTF_8);
        position = 0;
        return true;
    }

    private String requestLine() {
        Message parent = request.get();
        if (parent == null || cancelled || !parent.flag("allow_stdin", true)) return null;
        JsonObject content = new JsonObject();
        content.addProperty("prompt", prompt.get());
        content.addProperty("password", false);
        send(Message.reply(parent, "input_request", content, session));
        while (!cancelled) {
            List<byte[]> frames = Kernel.receive(socket);
            if (frames == null) continue;
            try {
                Message reply = codec.decode(frames);
                if ("input_reply".equals(reply.type())) return reply.text("value", "");
            } catch (WireCodec.RejectedMessage e) {
                Kernel.log("stdin: dropped a message: " + e.getMessage());
            }
        }
        return null;
    }

    private void send(Message m) {
        List<byte[]> frames = codec.encode(m);
        for (int i = 0; i < frames.size(); i++) {
            if (i < frames.size() - 1) socket.sendMore(frames.get(i));
            else socket.send(frames.get(i));
        }
    }
}
