package torch4j.e2e.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tracked run in the REPL (a pseudo-terminal): {@code import torch4j.track.*} needs nothing, finishing draws its chart. */
class TrackReplTest {
    @TempDir Path dir;

    @Test
    void finishingARunDrawsItsChartInTheTerminal() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        try (Tmux repl = Tmux.start(Tmux.launcher(dir).toString())) {
            repl.await(">>> ");
            repl.line("Track.setDir(java.nio.file.Path.of(\"" + dir.resolve("runs") + "\"));");
            repl.line("var run = Track.init(\"repl\", Map.of(\"lr\", 0.1));");
            repl.line("for (int s = 0; s < 20; s++) run.log(Map.of(\"loss\", 1.0 / (s + 1)));");
            repl.line("run.finish(); print(\"rows\", run.history(\"loss\").size())");
            String s = repl.await("rows 20");
            assertTrue(s.chars().anyMatch(c -> c > 0x2800 && c <= 0x28FF), "a braille chart above the print:\n" + s);
            assertTrue(s.contains("loss"), s);
        }
        assertTrue(Files.exists(dir.resolve("runs/repl/track.db")));
    }
}
