package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An execute_request whose content is not what the protocol says (no "code", a "code" that is not
 * a string, a flag that is not a boolean) is answered with an error, runs nothing, uses no
 * execution count, and the kernel's log names the field and the msg_type. Sent by a raw client.
 */
@Timeout(60)
class ExecuteRequestValidationTest {
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private PrintStream previousLog;
    private Kernel kernel;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        previousLog = Kernel.logTo(new PrintStream(logged, true, StandardCharsets.UTF_8));
        ConnectionInfo c = TestClient.freeConnection();
        kernel = Kernel.start(c, ScriptedInterpreter::new);
        client = new TestClient(c);
        Thread.sleep(100); // the SUB socket's subscription reaches the kernel's PUB
    }

    @AfterEach
    void stop() {
        client.close();
        kernel.close();
        Kernel.logTo(previousLog);
    }

    private static JsonObject content(JsonElement code) {
        JsonObject c = new JsonObject();
        if (code != null) c.add("code", code);
        c.addProperty("silent", false);
        c.addProperty("store_history", true);
        c.add("user_expressions", new JsonObject());
        c.addProperty("allow_stdin", false);
        c.addProperty("stop_on_error", true);
        return c;
    }

    /** Sends the request and checks it was answered with an error, published nothing but busy/idle, and logged. */
    private void assertRejected(JsonObject content, String field, String why) {
        logged.reset();
        Message req = client.send(client.shell, "execute_request", content);
        Message reply = client.receive(client.shell);
        assertEquals("execute_reply", reply.type());
        assertEquals(req.id(), reply.parentHeader().get("msg_id").getAsString());
        assertEquals("error", reply.text("status", ""), reply.content().toString());
        assertEquals("BadRequest", reply.text("ename", ""));
        assertTrue(reply.text("evalue", "").contains("\"" + field + "\""), reply.text("evalue", ""));
        assertEquals(0, reply.number("execution_count", -1), "no execution count used");
        List<String> io = client.iopubUntilIdle(req).stream().map(Message::type).toList();
        assertEquals(List.of("status", "status"), io, "no execute_input, no error broadcast");
        String log = logged.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("execute_request") && log.contains("\"" + field + "\"") && log.contains(why), log);
    }

    @Test
    void missingOrInvalidCodeIsAnsweredWithAnErrorAndUsesNoCount() {
        assertRejected(content(null), "code", "missing");
        assertRejected(content(JsonNull.INSTANCE), "code", "null");
        assertRejected(content(new JsonPrimitive(42)), "code", "a number");
        assertRejected(content(new JsonPrimitive(true)), "code", "a boolean");
        JsonArray lines = new JsonArray();
        lines.add("value 1");
        assertRejected(content(lines), "code", "an array");
        assertRejected(content(new JsonObject()), "code", "an object");

        Message good = client.send(client.shell, "execute_request", content(new JsonPrimitive("value 1")));
        Message reply = client.receive(client.shell);
        assertEquals("ok", reply.text("status", ""));
        assertEquals(1, reply.number("execution_count", -1), "the first cell that ran is cell 1");
        assertEquals(good.id(), reply.parentHeader().get("msg_id").getAsString());
    }

    @Test
    void flagsThatAreNotBooleansAndExpressionsThatAreNotAnObjectAreRejectedToo() {
        JsonObject c = content(new JsonPrimitive("value 1"));
        c.add("silent", new JsonObject());
        assertRejected(c, "silent", "an object");
        c = content(new JsonPrimitive("value 1"));
        c.addProperty("stop_on_error", "yes");
        assertRejected(c, "stop_on_error", "a string");
        c = content(new JsonPrimitive("value 1"));
        c.add("user_expressions", new JsonArray());
        assertRejected(c, "user_expressions", "an array");
        c = content(new JsonPrimitive("value 2"));
        c.add("user_expressions", JsonNull.INSTANCE);   // null: as if absent
        client.send(client.shell, "execute_request", c);
        assertEquals("ok", client.receive(client.shell).text("status", ""));
    }
}
