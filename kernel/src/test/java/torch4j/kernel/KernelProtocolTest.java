package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The kernel's side of messaging protocol 5.3, driven by a JeroMQ client, with a scripted interpreter. */
@Timeout(60)
class KernelProtocolTest {
    private Kernel kernel;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        ConnectionInfo c = TestClient.freeConnection();
        kernel = Kernel.start(c, ScriptedInterpreter::new);
        client = new TestClient(c);
        Thread.sleep(100); // the SUB socket's subscription reaches the kernel's PUB
    }

    @AfterEach
    void stop() {
        client.close();
        kernel.close();
    }

    private Message execute(String code, boolean silent, boolean stopOnError) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("silent", silent);
        c.addProperty("store_history", !silent);
        c.add("user_expressions", new JsonObject());
        c.addProperty("allow_stdin", true);
        c.addProperty("stop_on_error", stopOnError);
        return client.send(client.shell, "execute_request", c);
    }

    private static List<String> types(List<Message> messages) {
        return messages.stream().map(Message::type).toList();
    }

    @Test
    void kernelInfoIsAnsweredWithBusyAndIdle() {
        Message req = client.send(client.shell, "kernel_info_request", new JsonObject());
        Message reply = client.receive(client.shell);
        assertEquals("kernel_info_reply", reply.type());
        assertEquals(req.id(), reply.parentHeader().get("msg_id").getAsString());
        assertEquals("5.3", reply.content().get("protocol_version").getAsString());
        assertEquals("java", reply.content().getAsJsonObject("language_info").get("name").getAsString());
        assertEquals("torch4j", reply.content().get("implementation").getAsString());
        assertEquals(List.of("status", "status"), types(client.iopubUntilIdle(req)));
    }

    @Test
    void kernelInfoOnControlToo() {
        Message req = client.send(client.control, "kernel_info_request", new JsonObject());
        assertEquals(req.id(), client.receive(client.control).parentHeader().get("msg_id").getAsString());
    }

    @Test
    void executeStreamsOutputThenResultThenIdle() {
        Message req = execute("print hello, world\nerr oops\nvalue 42", false, true);
        Message reply = client.receive(client.shell);
        assertEquals("ok", reply.text("status", ""));
        assertEquals(1, reply.number("execution_count", -1));
        List<Message> io = client.iopubUntilIdle(req);
        assertEquals("busy", io.get(0).text("execution_state", ""));
        assertEquals("execute_input", io.get(1).type());
        assertEquals("print hello, world\nerr oops\nvalue 42", io.get(1).text("code", ""));
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        for (Message m : io)
            if (m.type().equals("stream")) (m.text("name", "").equals("stdout") ? out : err).append(m.text("text", ""));
        assertEquals("hello, world\n", out.toString());
        assertEquals("oops\n", err.toString());
        Message result = io.get(io.size() - 2);
        assertEquals("execute_result", result.type());
        assertEquals("42", result.content().getAsJsonObject("data").get("text/plain").getAsString());
        assertEquals(1, result.number("execution_count", -1));
    }

    @Test
    void helpGoesToThePagerPayload() {
        execute("help randn", false, true);
        Message reply = client.receive(client.shell);
        var page = reply.content().getAsJsonArray("payload").get(0).getAsJsonObject();
        assertEquals("page", page.get("source").getAsString());
        assertEquals("help for randn", page.getAsJsonObject("data").get("text/plain").getAsString());
    }

    @Test
    void silentExecutionShowsNoInputNoResultAndKeepsTheCount() {
        Message req = execute("value 1", true, true);
        Message reply = client.receive(client.shell);
        assertEquals(0, reply.number("execution_count", -1));
        assertEquals(List.of("status", "status"), types(client.iopubUntilIdle(req)));
    }

    @Test
    void errorIsPublishedAndQueuedCellsAreAborted() {
        Message bad = execute("sleep 300\nfail", false, true);
        Message queued = execute("value 2", false, true);
        Message badReply = client.receive(client.shell);
        assertEquals("error", badReply.text("status", ""));
        assertEquals("java.lang.ArithmeticException", badReply.text("ename", ""));
        assertEquals(2, badReply.content().getAsJsonArray("traceback").size());
        List<Message> io = client.iopubUntilIdle(bad);
        assertEquals(List.of("status", "execute_input", "error", "status"), types(io));
        assertEquals("sleep 300\nfail", io.get(1).text("code", ""));
        Message queuedReply = client.receive(client.shell);
        assertEquals(queued.id(), queuedReply.parentHeader().get("msg_id").getAsString());
        assertEquals("aborted", queuedReply.text("status", ""));
    }

    @Test
    void withoutStopOnErrorTheNextCellRuns() {
        execute("fail", false, false);
        execute("value 3", false, true);
        assertEquals("error", client.receive(client.shell).text("status", ""));
        assertEquals("ok", client.receive(client.shell).text("status", ""));
    }

    @Test
    void aMisSignedMessageIsDroppedAndTheNextIsAnswered() {
        Message forged = client.request("kernel_info_request", new JsonObject());
        List<byte[]> frames = new ArrayList<>(new WireCodec(new MessageSigner("hmac-sha256", "wrong key")).encode(forged));
        TestClient.sendFrames(client.shell, frames);
        Message good = client.send(client.shell, "kernel_info_request", new JsonObject());
        Message reply = client.receive(client.shell);
        assertEquals(good.id(), reply.parentHeader().get("msg_id").getAsString(), "the forged request got no reply");
    }

    @Test
    void heartbeatEchoes() {
        client.heartbeat.send("ping".getBytes(StandardCharsets.UTF_8));
        assertEquals("ping", new String(client.heartbeat.recv(0), StandardCharsets.UTF_8));
    }

    @Test
    void displayAndUpdateCarryTheDisplayId() {
        Message req = execute("display loss 1.0\nupdate loss 0.5", false, true);
        client.receive(client.shell);
        List<Message> io = client.iopubUntilIdle(req);
        Message shown = io.get(2), updated = io.get(3);
        assertEquals("display_data", shown.type());
        assertEquals("<b>1.0</b>", shown.content().getAsJsonObject("data").get("text/html").getAsString());
        assertEquals("loss", shown.content().getAsJsonObject("transient").get("display_id").getAsString());
        assertEquals("update_display_data", updated.type());
        assertEquals("loss", updated.content().getAsJsonObject("transient").get("display_id").getAsString());
    }

    @Test
    void systemInAsksTheClientWithThePrintedPrompt() {
        Message req = execute("printpart Name? \nsleep 200\ninput", false, true); // the flusher ticks meanwhile
        Message ask = client.receive(client.stdin);
        assertEquals("input_request", ask.type());
        assertEquals("Name? ", ask.text("prompt", ""));
        assertEquals(req.id(), ask.parentHeader().get("msg_id").getAsString());
        JsonObject answer = new JsonObject();
        answer.addProperty("value", "Ada");
        client.send(client.stdin, "input_reply", answer);
        assertEquals("ok", client.receive(client.shell).text("status", ""));
        Message result = client.iopubUntilIdle(req).stream().filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow();
        assertEquals("Ada", result.content().getAsJsonObject("data").get("text/plain").getAsString());
    }

    @Test
    void interruptWhileWaitingForInputEndsTheRead() {
        Message req = execute("input", false, true);
        assertEquals("input_request", client.receive(client.stdin).type());
        client.send(client.control, "interrupt_request", new JsonObject());
        assertEquals("interrupt_reply", client.receive(client.control).type());
        assertEquals("ok", client.receive(client.shell).text("status", ""));
        Message result = client.iopubUntilIdle(req).stream().filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow();
        assertEquals("null", result.content().getAsJsonObject("data").get("text/plain").getAsString(), "the read saw end of input");
    }

    @Test
    void interruptByMessageStopsALoopAndTheKernelAnswersAfter() throws Exception {
        execute("loop", false, true);
        Thread.sleep(200);
        client.send(client.control, "interrupt_request", new JsonObject());
        assertEquals("interrupt_reply", client.receive(client.control).type());
        assertEquals("error", client.receive(client.shell).text("status", ""));
        execute("value 7", false, true);
        assertEquals("ok", client.receive(client.shell).text("status", ""));
    }

    @Test
    void completeInspectIsCompleteAndHistory() {
        JsonObject c = new JsonObject();
        c.addProperty("code", "x pri");
        c.addProperty("cursor_pos", 5);
        client.send(client.shell, "complete_request", c);
        Message completion = client.receive(client.shell);
        assertEquals(2, completion.number("cursor_start", -1));
        assertEquals(5, completion.number("cursor_end", -1));
        assertEquals(2, completion.content().getAsJsonArray("matches").size());

        JsonObject i = new JsonObject();
        i.addProperty("code", "print x");
        i.addProperty("cursor_pos", 2);
        i.addProperty("detail_level", 0);
        client.send(client.shell, "inspect_request", i);
        assertTrue(client.receive(client.shell).flag("found", false));

        JsonObject ic = new JsonObject();
        ic.addProperty("code", "for (;;) {");
        client.send(client.shell, "is_complete_request", ic);
        Message isComplete = client.receive(client.shell);
        assertEquals("incomplete", isComplete.text("status", ""));
        assertEquals("    ", isComplete.text("indent", ""));

        execute("value 5", false, true);
        client.receive(client.shell);
        JsonObject h = new JsonObject();
        h.addProperty("hist_access_type", "tail");
        h.addProperty("n", 5);
        h.addProperty("output", true);
        h.addProperty("raw", true);
        client.send(client.shell, "history_request", h);
        Message history = client.receive(client.shell);
        var row = history.content().getAsJsonArray("history").get(0).getAsJsonArray();
        assertEquals(1, row.get(1).getAsInt());
        assertEquals("value 5", row.get(2).getAsJsonArray().get(0).getAsString());
        assertEquals("5", row.get(2).getAsJsonArray().get(1).getAsString());
    }

    @Test
    void shutdownRequestEndsServing() throws Exception {
        JsonObject c = new JsonObject();
        c.addProperty("restart", true);
        client.send(client.control, "shutdown_request", c);
        Message reply = client.receive(client.control);
        assertEquals("shutdown_reply", reply.type());
        assertTrue(reply.flag("restart", false));
        assertTrue(kernel.awaitShutdown());
    }

    @Test
    void commInfoListsNoComms() {
        client.send(client.shell, "comm_info_request", new JsonObject());
        Message reply = client.receive(client.shell);
        assertEquals("ok", reply.text("status", ""));
        assertFalse(reply.content().getAsJsonObject("comms").entrySet().iterator().hasNext());
    }
}
