package torch4j.e2e.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scripted {@code jupyter console --kernel torch4j} session: lines typed on its stdin, answers on its stdout. */
class ConsoleSessionTest {
    @Test
    void consoleRunsCellsAndShowsResultsOutputAndErrors(@TempDir Path dir) throws Exception {
        Jupyter jupyter = Jupyter.withKernel(dir);
        String typed = String.join("\n",
                "var x = ones(2, 2).mul(3);",
                "x.sum()",
                "System.out.println(\"printed \" + x.shape());",
                "Integer.parseInt(\"seven\")",
                "\"still \" + \"here\"", ""); // then end of input: the console asks, and shuts the kernel down
        Jupyter.Result r = jupyter.run(List.of(Jupyter.JUPYTER.toString(), "console", "--kernel", "torch4j",
                "--simple-prompt", "--ZMQTerminalInteractiveShell.kernel_timeout=120"), typed, 180);
        System.out.println(r.output());
        assertEquals(0, r.exitCode(), r.output());
        String out = r.output();
        assertTrue(out.contains("torch4j"), "banner: " + out);
        assertTrue(out.contains("Out[2]: tensor(12.)"), out);
        assertTrue(out.contains("printed torch.Size([2, 2])"), out);
        assertTrue(out.contains("java.lang.NumberFormatException"), out);
        assertTrue(out.contains("Out[5]: \"still here\""), out);
    }
}
