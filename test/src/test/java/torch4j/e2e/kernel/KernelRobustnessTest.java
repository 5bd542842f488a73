package torch4j.e2e.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel survives its user (exceptions, StackOverflowError, OutOfMemoryError, endless loops
 * interrupted by message and by SIGINT, System.exit), restarts with a fresh session, reads
 * System.in through input_request,
 * updates displays in place, streams output as printed, and drops a mis-signed message: a
 * jupyter_client script, as a notebook server drives a kernel.
 */
class KernelRobustnessTest {
    @Test
    void kernelSurvivesAndServes(@TempDir Path dir) throws Exception {
        Jupyter jupyter = Jupyter.withKernel(dir);
        jupyter.resource("kernel_robustness.py");
        Jupyter.Result r = jupyter.run(List.of(Jupyter.PYTHON.toString(), "-m", "unittest", "-v", "kernel_robustness"), null, 300);
        System.out.println(r.output());
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("Ran 11 tests"), r.output());
        // the kernel (whose stderr the client inherits) logged the forged message it dropped
        assertTrue(r.output().contains("invalid signature"), r.output());
    }
}
