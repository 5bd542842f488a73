package torch4j.e2e.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A jupyter_client interrupts endless loops 0 s, 10 ms, 100 ms and 1 s after sending them, by
 * interrupt_request and by SIGINT, and interrupts between cells (kernel_interrupt.py): on a quiet
 * machine and with four busy threads beside the kernel (an interrupt in a cell's first half second,
 * while JShell compiles it, used to be lost under load). Prints the interrupt-to-reply times.
 */
class KernelInterruptClientTest {
    @Test
    void interruptsStopTheirCellAtAnyDelay(@TempDir Path dir) throws Exception {
        runScript(dir, "quiet");
    }

    @Test
    void interruptsStopTheirCellUnderACpuHog(@TempDir Path dir) throws Exception {
        try (CpuHog hog = CpuHog.start(4, Duration.ofMinutes(5))) {
            runScript(dir, "under a CPU hog");
        }
    }

    private static void runScript(Path dir, String load) throws Exception {
        Jupyter jupyter = Jupyter.withKernel(dir);
        jupyter.resource("kernel_interrupt.py");
        Jupyter.Result r = jupyter.run(List.of(Jupyter.PYTHON.toString(), "-m", "unittest", "-v", "kernel_interrupt"), null, 300);
        System.out.println("[KernelInterruptClientTest, " + load + "]\n" + r.output());
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("Ran 3 tests"), r.output());
    }
}
