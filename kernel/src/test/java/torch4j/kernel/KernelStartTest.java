package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * kernel_info while the interpreter starts: on shell it is answered once the interpreter can run a
 * cell (a client takes the reply for "ready"), on control at once; a failed start is answered at
 * once and each cell says why.
 */
@Timeout(60)
class KernelStartTest {
    @Test
    void kernelInfoOnShellWaitsForTheInterpreterAndOnControlDoesNot() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ConnectionInfo c = TestClient.freeConnection();
        Kernel kernel = Kernel.start(c, io -> {
            release.await();
            return new ScriptedInterpreter(io);
        });
        try (TestClient client = new TestClient(c)) {
            Thread.sleep(100);
            client.send(client.control, "kernel_info_request", new JsonObject());
            assertEquals("kernel_info_reply", client.receive(client.control).type());   // while still starting
            client.send(client.shell, "kernel_info_request", new JsonObject());
            Thread.sleep(500);
            assertTrue(!kernel.interpreter.isDone());
            release.countDown();
            Message reply = client.receive(client.shell);
            assertEquals("kernel_info_reply", reply.type());
            assertTrue(kernel.interpreter.isDone(), "answered before the interpreter was up");
        } finally {
            kernel.close();
        }
    }

    @Test
    void aFailedStartIsAnsweredAtOnceAndCellsSayWhy() throws Exception {
        ConnectionInfo c = TestClient.freeConnection();
        Kernel kernel = Kernel.start(c, io -> {
            throw new IllegalStateException("prelude snippet failed: import nowhere.*;");
        });
        try (TestClient client = new TestClient(c)) {
            Thread.sleep(100);
            long t = System.nanoTime();
            client.send(client.shell, "kernel_info_request", new JsonObject());
            assertEquals("kernel_info_reply", client.receive(client.shell).type());
            assertTrue(System.nanoTime() - t < TimeUnit.SECONDS.toNanos(10));
            JsonObject code = new JsonObject();
            code.addProperty("code", "1 + 1");
            client.send(client.shell, "execute_request", code);
            Message reply = client.receive(client.shell);
            assertEquals("error", reply.content().get("status").getAsString());
            assertTrue(reply.content().get("evalue").getAsString().contains("the torch4j session did not start: prelude snippet failed"),
                    reply.content().toString());
        } finally {
            kernel.close();
        }
    }
}
