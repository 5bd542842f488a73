package torch4j.kernel;

import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The torch4j Jupyter kernel process: binds the five channels of a connection file (shell,
 * control, iopub, stdin, heartbeat) while the {@link Interpreter} starts, answers kernel_info on the
 * shell channel once the interpreter can run a cell (as ipykernel does), and runs cells through it
 * (heartbeat and control answer at once throughout). One thread per channel: shell requests
 * run one after the other, control requests (interrupt, shutdown) are served while a cell runs.
 *
 * <pre>{@code
 * jshell> var kernel = Kernel.start(ConnectionInfo.read(file), SessionInterpreter::start)
 * jshell> kernel.awaitShutdown()
 * }</pre>
 */
public final class Kernel implements AutoCloseable {
    /** Flush period of the stdout/stderr streams: output appears this soon after it is printed. */
    static final long STREAM_FLUSH_MS = 30;

    private static volatile PrintStream log = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);

    final String session = Message.newId();
    final WireCodec codec;
    final IopubPublisher iopub;
    final IopubStream stdout;
    final IopubStream stderr;
    final StdinChannel stdin;
    final CompletableFuture<Interpreter> interpreter = new CompletableFuture<>();
    final Requests requests;
    private final ConnectionInfo connection;
    private final ZContext context = new ZContext();
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket heartbeat;
    private final ScheduledExecutorService flusher;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private volatile boolean restartRequested;

    /**
     * Starts the interpreter first, then binds the channels: on two cores JShell's start (its
     * prelude) and the sockets' set-up (loading JeroMQ) overlap. The interpreter's streams reach
     * the sockets only when a cell prints or reads, which is after the kernel is up.
     */
    private Kernel(ConnectionInfo connection, Interpreter.Factory factory) {
        this.connection = connection;
        this.codec = new WireCodec(new MessageSigner(connection.signatureScheme(), connection.key()));
        requests = new Requests(this);
        stdout = new IopubStream("stdout", requests::currentCell, this::publishIopub, session, requests::cellCompiling);
        stderr = new IopubStream("stderr", requests::currentCell, this::publishIopub, session, requests::cellCompiling);
        startInterpreter(factory);
        shell = bind(SocketType.ROUTER, connection.shellPort());
        control = bind(SocketType.ROUTER, connection.controlPort());
        heartbeat = bind(SocketType.REP, connection.hbPort());
        ZMQ.Socket stdinSocket = bind(SocketType.ROUTER, connection.stdinPort());
        iopub = new IopubPublisher(bind(SocketType.PUB, connection.iopubPort()), codec);
        stdin = new StdinChannel(stdinSocket, codec, session, requests::currentCell, stdout::takePartialLine);
        flusher = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("torch4j-flush").unstarted(r));
        flusher.scheduleWithFixedDelay(() -> {
            stdout.tick();
            stderr.tick();
        }, STREAM_FLUSH_MS, STREAM_FLUSH_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Binds the channels, publishes the "starting" status and starts serving; the interpreter
     * starts in the background meanwhile (requests that need it wait for it; kernel_info too, see
     * {@link Requests}, so that a client told the kernel is ready gets its first cell's answer at once).
     */
    public static Kernel start(ConnectionInfo connection, Interpreter.Factory factory) {
        Kernel k = new Kernel(connection, factory);
        k.iopub.publish(Message.reply(null, "status", status("starting"), k.session));
        k.serve("torch4j-heartbeat", k::heartbeatLoop);
        k.serve("torch4j-control", () -> k.requestLoop(k.control));
        k.serve("torch4j-shell", () -> k.requestLoop(k.shell));
        return k;
    }

    /** Publishes on iopub (the streams' route: bound after they are made). */
    private void publishIopub(Message m) {
        iopub.publish(m);
    }

    private void startInterpreter(Interpreter.Factory factory) {
        // System.in of the session: the stdin channel, bound after this thread starts (a cell, the
        // only reader, runs after the kernel is up)
        java.io.InputStream in = new java.io.InputStream() {
            @Override
            public int read() {
                return stdin.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return stdin.read(b, off, len);
            }

            @Override
            public int available() {
                return stdin.available();
            }
        };
        Thread.ofPlatform().daemon().name("torch4j-interpreter-start").start(() -> {
            try {
                interpreter.complete(factory.start(new Interpreter.Io(
                        new PrintStream(stdout, true, StandardCharsets.UTF_8),
                        new PrintStream(stderr, true, StandardCharsets.UTF_8), in, requests)));
            } catch (Throwable e) {
                log("the interpreter did not start: " + e);
                interpreter.completeExceptionally(e);
            }
        });
    }

    /** Blocks until a shutdown_request (or close()); true when the client asked for a restart. */
    public boolean awaitShutdown() throws InterruptedException {
        stopped.await();
        return restartRequested;
    }

    private void serve(String name, Runnable loop) {
        threads.add(Thread.ofPlatform().daemon().name(name).start(loop));
    }

    private ZMQ.Socket bind(SocketType type, int port) {
        ZMQ.Socket s = context.createSocket(type);
        s.setLinger(1000);
        if (type != SocketType.PUB) s.setReceiveTimeOut(100);
        s.bind(connection.endpoint(port));
        return s;
    }

    private void heartbeatLoop() {
        while (running) {
            try {
                byte[] ping = heartbeat.recv(0);
                if (ping != null) heartbeat.send(ping, 0);
            } catch (RuntimeException e) {
                if (running) log("heartbeat: " + e);
            }
        }
    }

    private void requestLoop(ZMQ.Socket socket) {
        while (running) {
            try {
                List<byte[]> frames = receive(socket);
                if (frames != null) dispatch(socket, frames);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // the kernel outlives anything a request does; say so and go on serving
                if (running) log("error serving a request: " + e);
            }
        }
    }

    private void dispatch(ZMQ.Socket socket, List<byte[]> frames) {
        Message request;
        try {
            request = codec.decode(frames);
        } catch (WireCodec.RejectedMessage e) {
            log("dropped a message on the " + (socket == shell ? "shell" : "control") + " channel: " + e.getMessage());
            return;
        }
        requests.handle(request, reply -> send(socket, reply), socket == control);
    }

    /** Takes the messages already waiting on the shell channel (for stop_on_error's abort). */
    List<Message> pendingShellRequests() {
        List<Message> pending = new ArrayList<>();
        List<byte[]> frames;
        while ((frames = receive(shell, ZMQ.DONTWAIT)) != null) {
            try {
                pending.add(codec.decode(frames));
            } catch (WireCodec.RejectedMessage e) {
                log("dropped a message on the shell channel: " + e.getMessage());
            }
        }
        return pending;
    }

    /** Sends on shell from the shell thread, on control from the control thread: each socket has one user. */
    private void send(ZMQ.Socket socket, Message m) {
        List<byte[]> frames = codec.encode(m);
        for (int i = 0; i < frames.size(); i++) {
            if (i < frames.size() - 1) socket.sendMore(frames.get(i));
            else socket.send(frames.get(i));
        }
    }

    /** One multipart message from {@code socket}, or null when none came within its receive timeout. */
    static List<byte[]> receive(ZMQ.Socket socket) {
        return receive(socket, 0);
    }

    private static List<byte[]> receive(ZMQ.Socket socket, int flags) {
        byte[] first = socket.recv(flags);
        if (first == null) return null;
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) frames.add(socket.recv(0));
        return frames;
    }

    /** Sends what the cell printed so far (before another output, and at the end of a cell). */
    void flushStreams() {
        stdout.drain();
        stderr.drain();
    }

    /** Stops serving after a shutdown_request; the process exits when awaitShutdown returns. */
    void shutdown(boolean restart) {
        restartRequested = restart;
        stopped.countDown();
    }

    /**
     * Closes the session, waiting at most two seconds: a cell that ignores the interrupt must not
     * keep a kernel that was asked to shut down alive.
     */
    private void closeInterpreter() {
        // still starting, or failed to (getNow would throw): nothing to close
        Interpreter i = interpreter.isCompletedExceptionally() ? null : interpreter.getNow(null);
        if (i == null) return;
        Thread closing = Thread.ofPlatform().daemon().name("torch4j-session-close").start(i::close);
        try {
            closing.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static JsonObject status(String state) {
        JsonObject c = new JsonObject();
        c.addProperty("execution_state", state);
        return c;
    }

    /** Kernel diagnostics go to the process's real stderr (the terminal or log of the Jupyter server). */
    static void log(String line) {
        log.println("[torch4j kernel " + LocalTime.now().withNano(0) + "] " + line);
    }

    /** Sends the kernel's log to {@code target} (tests read it); returns where it went before. */
    static PrintStream logTo(PrintStream target) {
        PrintStream previous = log;
        log = target;
        return previous;
    }

    @Override
    public void close() {
        running = false;
        flusher.shutdownNow();
        flushStreams();
        closeInterpreter();
        for (Thread t : threads) {
            if (t == Thread.currentThread()) continue;
            try {
                t.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        iopub.close();
        context.close();
        stopped.countDown();
    }
}
