package torch4j.e2e.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiment tracking in a notebook, through a real jupyter_client: a run's {@code log} shows its
 * chart once and replaces it in place (one display id, {@code update_display_data}); the runs
 * table and the comparison chart come back as a cell's value; the runs are in {@code ./runs}.
 */
class TrackNotebookTest {
    @Test
    void logUpdatesOneDisplayAndRunsCompare(@TempDir Path dir) throws Exception {
        Jupyter jupyter = Jupyter.withKernel(dir);
        jupyter.resource("track_live.py");
        String cells = """
                for (double lr : new double[] {0.1, 0.01}) {
                    var run = Track.init("nb", Map.of("lr", lr), new RunOptions().name("lr" + lr).liveEvery(java.time.Duration.ZERO));
                    for (int s = 0; s < 3; s++) run.log(Map.of("val_acc", 1 - lr / (s + 1)));
                    run.finish();
                }
                #cell
                print(Track.runs("nb").size(), Track.runs("nb").get(1).name(), Track.runs("nb").get(1).summary().get("val_acc"))
                #cell
                Track.compare("nb", "val_acc")
                #cell
                var cases = new Table("image", "label"); cases.addData(zeros(8, 8), 3); cases
                #cell
                Track.runs("nb")
                """;
        Path file = Files.writeString(dir.resolve("cells.jsh"), cells);
        Jupyter.Result r = jupyter.run(List.of(Jupyter.PYTHON.toString(), "track_live.py", file.toString()), null, 240);
        assertEquals(0, r.exitCode(), r.output());
        List<String> perCell = Arrays.asList(r.output().split("#end\n"));
        List<String> first = perCell.getFirst().lines().toList();
        assertEquals(8, first.size(), r.output());    // per run: a display, two updates, the last at finish
        for (int run = 0; run < 2; run++) {
            String id = first.get(run * 4).split(" ")[1];
            assertTrue(id.startsWith("torch4j-track-nb-"), id);
            assertEquals("display_data " + id + " image/png,text/plain", first.get(run * 4));
            for (int i = 1; i < 4; i++) assertEquals("update_display_data " + id + " image/png,text/plain", first.get(run * 4 + i));
        }
        assertEquals("stream 2 lr0.01 " + (1 - 0.01 / 3) + "\n", perCell.get(1));
        assertEquals("execute_result - image/png,text/plain\n", perCell.get(2));
        assertEquals("execute_result - text/html,text/plain\n", perCell.get(3), "a table of cases as HTML with its pictures");
        assertEquals("execute_result - text/html,text/plain\n", perCell.get(4), "the runs as an HTML table");
        // (this kernel has no Tablesaw, which is optional: the runs list and its HTML need none)
        assertTrue(Files.exists(dir.resolve("runs/nb/track.db")), "the kernel's ./runs holds the project");
    }
}
