package torch4j.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The AOT cache's training script (a resource of this jar) runs to the end: a script that stopped
 * at its first line after an API change would leave the launcher's and the kernel's caches nearly
 * empty without a word (their training runs in the background, its output discarded).
 */
class AotTrainingTest {
    @Test
    void theTrainingScriptRunsToTheEnd() throws Exception {
        assertEquals(0, Main.runTraining(), "aot-training.jsh stopped at an error (its line is on stderr)");
    }
}
