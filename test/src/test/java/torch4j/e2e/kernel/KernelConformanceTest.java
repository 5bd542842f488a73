package torch4j.e2e.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jupyter_kernel_test (Debian's python3-jupyter-kernel-test): all of its tests pass, none skipped. */
class KernelConformanceTest {
    @Test
    void jupyterKernelTestPasses(@TempDir Path dir) throws Exception {
        Jupyter jupyter = Jupyter.withKernel(dir);
        jupyter.resource("kernel_conformance.py");
        Jupyter.Result r = jupyter.run(List.of(Jupyter.PYTHON.toString(), "-m", "unittest", "-v", "kernel_conformance"), null, 300);
        System.out.println(r.output());
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("\nOK"), r.output());
        // none skipped: every optional test has its code sample (clear_output through clearOutput())
        assertTrue(!r.output().contains("skipped"), r.output());
    }
}
