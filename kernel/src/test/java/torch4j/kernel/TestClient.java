package torch4j.kernel;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** A minimal Jupyter client over JeroMQ for the protocol tests: sends requests, reads replies and iopub. */
final class TestClient implements AutoCloseable {
    final ConnectionInfo connection;
    final String session = UUID.randomUUID().toString();
    private final ZContext context = new ZContext();
    final ZMQ.Socket shell;
    final ZMQ.Socket control;
    final ZMQ.Socket stdin;
    final ZMQ.Socket iopub;
    final ZMQ.Socket heartbeat;
    final WireCodec codec;

    TestClient(ConnectionInfo connection) {
        this.connection = connection;
        this.codec = new WireCodec(new MessageSigner(connection.signatureScheme(), connection.key()));
        byte[] identity = session.getBytes(StandardCharsets.UTF_8);
        shell = connect(SocketType.DEALER, connection.shellPort(), identity);
        control = connect(SocketType.DEALER, connection.controlPort(), null);
        stdin = connect(SocketType.DEALER, connection.stdinPort(), identity);
        heartbeat = connect(SocketType.REQ, connection.hbPort(), null);
        iopub = connect(SocketType.SUB, connection.iopubPort(), null);
        iopub.subscribe(new byte[0]);
    }

    /** A connection on free loopback ports with a random key. */
    static ConnectionInfo freeConnection() throws IOException {
        int[] ports = new int[5];
        List<ServerSocket> held = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ServerSocket s = new ServerSocket(0);
            held.add(s);
            ports[i] = s.getLocalPort();
        }
        for (ServerSocket s : held) s.close();
        return new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4],
                "hmac-sha256", UUID.randomUUID().toString());
    }

    /** Writes {@code c} as a connection file. */
    static Path write(ConnectionInfo c, Path dir) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("transport", c.transport());
        o.addProperty("ip", c.ip());
        o.addProperty("shell_port", c.shellPort());
        o.addProperty("iopub_port", c.iopubPort());
        o.addProperty("stdin_port", c.stdinPort());
        o.addProperty("control_port", c.controlPort());
        o.addProperty("hb_port", c.hbPort());
        o.addProperty("signature_scheme", c.signatureScheme());
        o.addProperty("key", c.key());
        Path f = dir.resolve("kernel-test.json");
        Files.writeString(f, o.toString());
        return f;
    }

    private ZMQ.Socket connect(SocketType type, int port, byte[] identity) {
        ZMQ.Socket s = context.createSocket(type);
        s.setLinger(0);
        s.setReceiveTimeOut(10_000);
        if (identity != null) s.setIdentity(identity);
        s.connect(connection.endpoint(port));
        return s;
    }

    Message request(String type, JsonObject content) {
        return request(type, content, Instant.now());
    }

    /** A request whose header says it was sent at {@code date} (as a client's clock would). */
    Message request(String type, JsonObject content, Instant date) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", UUID.randomUUID().toString());
        header.addProperty("username", "test");
        header.addProperty("session", session);
        header.addProperty("date", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC).format(date));
        header.addProperty("msg_type", type);
        header.addProperty("version", "5.3");
        return new Message(List.of(), header, new JsonObject(), new JsonObject(), content, List.of());
    }

    Message send(ZMQ.Socket socket, String type, JsonObject content) {
        return send(socket, request(type, content));
    }

    Message send(ZMQ.Socket socket, Message m) {
        sendFrames(socket, codec.encode(m));
        return m;
    }

    static void sendFrames(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (i < frames.size() - 1) socket.sendMore(frames.get(i));
            else socket.send(frames.get(i));
        }
    }

    Message receive(ZMQ.Socket socket) {
        List<byte[]> frames = Kernel.receive(socket);
        if (frames == null) throw new AssertionError("no message within the timeout");
        try {
            return codec.decode(frames);
        } catch (WireCodec.RejectedMessage e) {
            throw new AssertionError(e);
        }
    }

    /** The iopub messages with parent {@code request} up to and including its idle status. */
    List<Message> iopubUntilIdle(Message request) {
        List<Message> out = new ArrayList<>();
        while (true) {
            Message m = receive(iopub);
            if (!request.id().equals(m.parentHeader().has("msg_id") ? m.parentHeader().get("msg_id").getAsString() : "")) continue;
            out.add(m);
            if (m.type().equals("status") && m.text("execution_state", "").equals("idle")) return out;
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
