package torch4j.e2e.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tab in the first seconds after the prompt, while the session still starts and then warms up in
 * the background: the completion inserts exactly its candidate, as it does later (the 20 s case
 * is {@link ReplPtyTest#tabLongAfterTheStartCompletesToo}). Each delay in a fresh REPL.
 */
class ReplCompletionTimingTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "Tab {0} ms after the prompt")
    @ValueSource(ints = {500, 1000, 3000})
    void tabInsertsExactlyItsCandidate(int delayMs) throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        try (Tmux repl = Tmux.start(Tmux.launcher(dir).toString())) {
            repl.await(">>> ");
            Thread.sleep(delayMs);
            repl.type("Torch.manualSe");
            repl.keys("Tab");
            String s = repl.await(">>> Torch.manualSeed(");
            assertTrue(s.lines().anyMatch(l -> l.stripTrailing().equals(">>> Torch.manualSeed(")), s);
            repl.line("42)");
            s = repl.await("Generator(seed=42)");
            assertTrue(s.contains(">>> Torch.manualSeed(42)\nGenerator(seed=42)\n"), s);
            assertFalse(s.contains("Seeed") || s.contains("manualSe\t"), s);
        }
    }
}
