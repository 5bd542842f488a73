package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The kernel notices that the client named by JPY_PARENT_PID is gone, as ipykernel does; without it nothing is watched. */
class ParentWatchTest {
    @Test
    void reportsTheClientGoneSoonAfterItDies() throws Exception {
        Process client = new ProcessBuilder("sleep", "60").start();
        CompletableFuture<String> orphaned = new CompletableFuture<>();
        assertTrue(ParentWatch.start(Map.of("JPY_PARENT_PID", Long.toString(client.pid())), orphaned::complete));
        Thread.sleep(3 * ParentWatch.POLL_MS);
        assertNull(orphaned.getNow(null), "the client still lives");
        client.destroyForcibly().waitFor();
        long killed = System.nanoTime();
        String reason = orphaned.get(5, TimeUnit.SECONDS);
        assertNotNull(reason);
        assertTrue(reason.contains("pid " + client.pid()), reason);
        assertTrue(System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(2), "noticed late");
    }

    @Test
    void aParentThatIsAlreadyGoneIsReportedAtOnce() throws Exception {
        Process client = new ProcessBuilder("true").start();
        client.waitFor();
        CompletableFuture<String> orphaned = new CompletableFuture<>();
        assertTrue(ParentWatch.start(Map.of("JPY_PARENT_PID", Long.toString(client.pid())), orphaned::complete));
        assertNotNull(orphaned.get(5, TimeUnit.SECONDS));
    }

    @Test
    void nothingIsWatchedWithoutAParentPid() {
        assertFalse(ParentWatch.start(Map.of(), reason -> { throw new AssertionError(reason); }));
        assertFalse(ParentWatch.start(Map.of("JPY_PARENT_PID", "1"), reason -> { throw new AssertionError(reason); }));
        assertFalse(ParentWatch.start(Map.of("JPY_PARENT_PID", "not a pid"), reason -> { throw new AssertionError(reason); }));
    }
}
