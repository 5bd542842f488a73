package torch4j.e2e.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the REPL's pseudo-terminal stops an endless loop however soon it follows the line's
 * acceptance: also while JShell still compiles the line, and between Enter and the eval's start,
 * where it used to be lost (the loop ran on and the REPL never answered again).
 */
class ReplCtrlCTest {
    @TempDir static Path dir;
    static Tmux repl;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        repl = Tmux.start(Tmux.launcher(dir).toString());
        repl.await(">>> ");
    }

    @AfterAll
    static void stop() throws Exception {
        if (repl != null) repl.close();
    }

    @Test
    void ctrlCSoonAfterEnterStopsTheLoop() throws Exception {
        List<String> measured = new ArrayList<>();
        int cell = 0;
        for (long delay : new long[] {0, 10, 100, 1000}) {
            cell++;
            String loop = "long n" + cell + " = 0; for (;;) n" + cell + " = n" + cell + " + 1;";
            repl.type(loop);
            repl.await(loop);   // all typed: Ctrl-C makes the terminal drop input the editor has not read yet
            int prompts = Tmux.occurrences(repl.screen(), ">>> ");
            int row = repl.cursorRow();
            repl.keys("Enter");
            awaitCursorBelow(row);   // the editor accepted the line: the cursor moved to the next row
            if (delay > 0) Thread.sleep(delay);
            long pressed = System.nanoTime();
            repl.keys("C-c");
            String screen = repl.await(">>> ", prompts + 1);
            measured.add("delay " + delay + " ms: prompt back after " + (System.nanoTime() - pressed) / 1_000_000 + " ms");
            assertTrue(Tmux.occurrences(screen, "Interrupted") == cell, "the loop was interrupted:\n" + screen);
            repl.line("6 * " + (100 + cell));
            repl.await(String.valueOf(6 * (100 + cell)));
            repl.await(">>> ", prompts + 2);   // typed before the editor reads again, text would only be echoed
        }
        System.out.println("[ReplCtrlCTest] " + measured);
    }

    private static void awaitCursorBelow(int row) throws Exception {
        long deadline = System.nanoTime() + Tmux.WAIT.toNanos();
        while (repl.cursorRow() <= row) {
            if (System.nanoTime() > deadline) throw new AssertionError("the line was not accepted:\n" + repl.screen());
            Thread.sleep(5);
        }
    }
}
