package torch4j.e2e.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-D leaves the REPL, and the history is there in the next one. */
class ReplHistoryTest {
    @TempDir Path dir;

    @Test
    void ctrlDExitsAndHistoryPersists() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        Path launcher = Tmux.launcher(dir);
        try (Tmux first = Tmux.start(launcher.toString())) {
            first.await(">>> ");
            first.line("var remembered = 41 + 1;");
            first.await(">>> ", 2);
            first.keys("C-d");
            waitForEnd(first);
        }
        try (Tmux second = Tmux.start(launcher.toString())) {
            second.await(">>> ");
            second.keys("Up");
            second.await(">>> var remembered = 41 + 1;");
            second.keys("Enter");
            second.line("remembered");
            second.await("42");
        }
    }

    private static void waitForEnd(Tmux t) throws Exception {
        long deadline = System.nanoTime() + Tmux.WAIT.toNanos();
        while (!t.ended() && System.nanoTime() < deadline) Thread.sleep(100);
        assertTrue(t.ended(), t.screen());
    }
}
