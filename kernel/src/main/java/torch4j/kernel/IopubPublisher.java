package torch4j.kernel;

import java.util.List;
import org.zeromq.ZMQ;

/**
 * The iopub channel. Streams, displays and status messages come from the cell's thread, the
 * shell thread, the control thread and the stream flusher; a ZeroMQ socket must not be used by
 * two threads at once, so each send holds this object's lock (which also publishes the socket's
 * state to the next thread). Sending in the caller's thread, not through a queue to another
 * thread, keeps the order of a request's messages and puts its idle status on the wire right
 * after its reply even on a loaded machine (clients such as jupyter_kernel_test wait only
 * 0.1 s for it).
 */
final class IopubPublisher implements AutoCloseable {
    private final ZMQ.Socket socket;
    private final WireCodec codec;
    private boolean open = true;

    IopubPublisher(ZMQ.Socket socket, WireCodec codec) {
        this.socket = socket;
        this.codec = codec;
    }

    /** Signs and sends {@code m}; nothing once closed. */
    synchronized void publish(Message m) {
        if (!open) return;
        try {
            List<byte[]> frames = codec.encode(m);
            for (int i = 0; i < frames.size(); i++) {
                if (i < frames.size() - 1) socket.sendMore(frames.get(i));
                else socket.send(frames.get(i));
            }
        } catch (RuntimeException e) {
            Kernel.log("iopub: cannot send: " + e);
        }
    }

    /** Stops sending (the socket closes with the kernel's ZeroMQ context). */
    @Override
    public synchronized void close() {
        open = false;
    }
}
