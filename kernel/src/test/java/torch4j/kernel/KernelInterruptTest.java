package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Which cell an interrupt stops: the one running, wherever it is (waiting for the interpreter to
 * start, or looping); the one sent before the interrupt even when the interrupt arrives first
 * (control and shell are separate connections, so an interrupt sent right after a cell may
 * overtake it); never a cell sent after an interrupt that came between cells.
 */
@Timeout(120)
class KernelInterruptTest {
    private Kernel kernel;
    private TestClient client;

    private void start(Interpreter.Factory factory) throws Exception {
        ConnectionInfo c = TestClient.freeConnection();
        kernel = Kernel.start(c, factory);
        client = new TestClient(c);
        Thread.sleep(100); // the SUB socket's subscription reaches the kernel's PUB
    }

    @AfterEach
    void stop() {
        if (client != null) client.close();
        if (kernel != null) kernel.close();
    }

    private Message executeRequest(String code, Instant sent) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("silent", false);
        c.addProperty("store_history", true);
        c.add("user_expressions", new JsonObject());
        c.addProperty("allow_stdin", false);
        c.addProperty("stop_on_error", false);
        return client.request("execute_request", c, sent);
    }

    private Message interrupt(Instant sent) {
        Message m = client.send(client.control, client.request("interrupt_request", new JsonObject(), sent));
        assertEquals("interrupt_reply", client.receive(client.control).type());
        return m;
    }

    /** The execute_reply to {@code request} (the client's receive timeout, 10 s, bounds the wait). */
    private Message replyTo(Message request) {
        Message reply = client.receive(client.shell);
        assertEquals(request.id(), reply.parentHeader().get("msg_id").getAsString());
        return reply;
    }

    private void assertInterrupted(Message reply) {
        assertEquals("error", reply.text("status", ""), reply.content().toString());
        assertEquals("Interrupted", reply.text("ename", ""), reply.content().toString());
    }

    private void assertRunsNormally(String value) {
        Message next = client.send(client.shell, executeRequest("value " + value, Instant.now()));
        Message reply = replyTo(next);
        assertEquals("ok", reply.text("status", ""), reply.content().toString());
    }

    @Test
    void anInterruptAtAnyDelayStopsTheLoopAndTheNextCellRuns() throws Exception {
        start(ScriptedInterpreter::new);
        List<String> measured = new ArrayList<>();
        for (long delay : new long[] {0, 0, 0, 10, 100, 1000}) {
            Message loop = client.send(client.shell, executeRequest("loop", Instant.now()));
            if (delay > 0) Thread.sleep(delay);
            long sent = System.nanoTime();
            interrupt(Instant.now());
            assertInterrupted(replyTo(loop));
            measured.add("delay " + delay + " ms: " + (System.nanoTime() - sent) / 1_000_000 + " ms");
            assertRunsNormally("1");
        }
        System.out.println("[KernelInterruptTest] interrupt to reply " + measured);
    }

    @Test
    void anInterruptWhileTheInterpreterStartsStopsTheWaitingCell() throws Exception {
        start(io -> {
            Thread.sleep(1500);
            return new ScriptedInterpreter(io);
        });
        Message loop = client.send(client.shell, executeRequest("loop", Instant.now()));
        Thread.sleep(200);
        interrupt(Instant.now());
        assertInterrupted(replyTo(loop));
        assertRunsNormally("2");
    }

    @Test
    void anInterruptSentAfterItsCellButArrivingFirstStopsThatCell() throws Exception {
        start(ScriptedInterpreter::new);
        Instant cellSent = Instant.now();
        Message loop = executeRequest("loop", cellSent);
        interrupt(cellSent.plusNanos(1000));   // overtook the cell on its way
        client.send(client.shell, loop);
        assertInterrupted(replyTo(loop));
        assertRunsNormally("3");
    }

    @Test
    void anInterruptBetweenCellsDoesNotStopTheNextOne() throws Exception {
        start(ScriptedInterpreter::new);
        assertRunsNormally("4");
        interrupt(Instant.now());
        Thread.sleep(2);
        assertRunsNormally("5");
        kernel.requests.interrupt();   // SIGINT's path
        Thread.sleep(2);
        assertRunsNormally("6");
    }

    @Test
    void aStaleInterruptDoesNotStopACellThatComesMuchLater() throws Exception {
        start(ScriptedInterpreter::new);
        // a client whose clock is behind the kernel's: its cell claims to be older than the interrupt
        Instant now = Instant.now();
        interrupt(now);
        Thread.sleep(CellInterrupts.PENDING_MS + 500);
        Message late = client.send(client.shell, executeRequest("value 7", now.minusSeconds(60)));
        Message reply = replyTo(late);
        assertTrue(reply.text("status", "").equals("ok"), reply.content().toString());
    }
}
