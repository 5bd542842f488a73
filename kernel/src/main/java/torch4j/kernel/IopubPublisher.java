package torch4j.kernel;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.zeromq.ZMQ;

/**
 * The iopub channel: one thread owns the PUB socket and sends what the others queue, in queue
 * order (a ZeroMQ socket must not be used by two threads at once; streams, displays and status
 * messages come from the cell's thread, the shell thread and the control thread).
 */
final class IopubPublisher implements AutoCloseable {
    private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
    private final ZMQ.Socket socket;
    private final WireCodec codec;
    private final Thread thread;
    private volatile boolean open = true;

    IopubPublisher(ZMQ.Socket socket, WireCodec codec) {
        this.socket = socket;
        this.codec = codec;
        this.thread = Thread.ofPlatform().daemon().name("torch4j-iopub").start(this::loop);
    }

    /** Queues {@code m} for sending. */
    void publish(Message m) {
        if (open) queue.add(m);
    }

    private void loop() {
        while (open || !queue.isEmpty()) {
            try {
                Message m = queue.poll(100, TimeUnit.MILLISECONDS);
                if (m != null) send(m);
            } catch (InterruptedException e) {
                open = false;
            } catch (RuntimeException e) {
                Kernel.log("iopub: cannot send: " + e);
            }
        }
    }

    private void send(Message m) {
        List<byte[]> frames = codec.encode(m);
        for (int i = 0; i < frames.size(); i++) {
            if (i < frames.size() - 1) socket.sendMore(frames.get(i));
            else socket.send(frames.get(i));
        }
    }

    /** Sends what is queued, then stops the thread. */
    @Override
    public void close() {
        open = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
