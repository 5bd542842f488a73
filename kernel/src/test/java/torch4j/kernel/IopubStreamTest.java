package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * An unfinished line waits on the flusher: it becomes the input_request's prompt if the cell reads
 * System.in next, and is sent as output once the cell's code has run on for a while without
 * reading (a progress line). Time while JShell compiles the cell's next snippet does not count: on
 * a busy machine that compile alone outlasted the wait, and the prompt went out as output.
 */
class IopubStreamTest {
    private final List<String> sent = new ArrayList<>();
    private final AtomicBoolean compiling = new AtomicBoolean();
    private final Message cell = new Message(List.of(), header(), new JsonObject(), new JsonObject(), new JsonObject(), List.of());
    private final IopubStream stream = new IopubStream("stdout", () -> cell, m -> sent.add(m.text("text", "")), "s", compiling::get);

    private static JsonObject header() {
        JsonObject h = new JsonObject();
        h.addProperty("msg_id", "cell-1");
        h.addProperty("msg_type", "execute_request");
        return h;
    }

    /** Ticks as the kernel's flusher does, for {@code ms}. */
    private void tickFor(long ms) throws InterruptedException {
        long end = System.nanoTime() + ms * 1_000_000;
        while (System.nanoTime() < end) {
            stream.tick();
            Thread.sleep(Kernel.STREAM_FLUSH_MS);
        }
    }

    @Test
    void wholeLinesGoOutAtTheNextTick() throws Exception {
        stream.write("epoch 1\nepoch".getBytes(StandardCharsets.UTF_8));
        stream.tick();
        assertEquals(List.of("epoch 1\n"), sent);
    }

    @Test
    void anUnfinishedLineGoesOutOnceTheCodeRanOnWithoutReading() throws Exception {
        stream.write("50%".getBytes(StandardCharsets.UTF_8));
        tickFor(200);
        assertEquals(List.of(), sent, "still held: the cell may ask for input next");
        tickFor(800);
        assertEquals(List.of("50%"), sent);
    }

    @Test
    void anUnfinishedLineWaitsWhileTheNextSnippetCompilesAndBecomesThePrompt() throws Exception {
        stream.write("Your name? ".getBytes(StandardCharsets.UTF_8));
        compiling.set(true);
        tickFor(1200);   // a slow compile of the snippet that reads System.in
        compiling.set(false);
        assertEquals(List.of(), sent);
        assertEquals("Your name? ", stream.takePartialLine());
    }
}
