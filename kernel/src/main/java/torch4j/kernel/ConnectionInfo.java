package torch4j.kernel;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a Jupyter client writes in the connection file it starts the kernel with: transport, ip,
 * the five ports, the signing scheme and key.
 *
 * <pre>{@code
 * jshell> ConnectionInfo.read(Path.of("kernel-1234.json")).endpoint(ConnectionInfo::shellPort)
 * $1 ==> "tcp://127.0.0.1:53794"
 * }</pre>
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
                             int controlPort, int hbPort, String signatureScheme, String key) {

    /** Reads and parses a connection file. */
    public static ConnectionInfo read(Path file) throws IOException {
        JsonObject o = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        return new ConnectionInfo(
                o.has("transport") ? o.get("transport").getAsString() : "tcp",
                o.has("ip") ? o.get("ip").getAsString() : "127.0.0.1",
                o.get("shell_port").getAsInt(), o.get("iopub_port").getAsInt(), o.get("stdin_port").getAsInt(),
                o.get("control_port").getAsInt(), o.get("hb_port").getAsInt(),
                o.has("signature_scheme") ? o.get("signature_scheme").getAsString() : "hmac-sha256",
                o.has("key") ? o.get("key").getAsString() : "");
    }

    /** The ZeroMQ endpoint for a port: "tcp://ip:port", or "ipc://ip-port" for the ipc transport. */
    public String endpoint(int port) {
        return "ipc".equals(transport) ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
    }
}
