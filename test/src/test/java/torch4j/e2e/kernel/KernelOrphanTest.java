package torch4j.e2e.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kernel whose client dies does not run on: a jupyter_client process starts the kernel, sets a
 * cell looping forever, and is SIGKILLed (kernel_orphan.py); the kernel, watching the client as
 * ipykernel does (JPY_PARENT_PID), must be gone within 5 s.
 */
class KernelOrphanTest {
    private static final long GONE_WITHIN_MS = 5_000;

    @Test
    void aKernelWhoseClientIsKilledExitsWhileLooping(@TempDir Path dir) throws Exception {
        Jupyter jupyter = Jupyter.withKernel(dir);
        jupyter.resource("kernel_orphan.py");
        Path log = dir.resolve("orphan-client.log");
        Process client = jupyter.start(List.of(Jupyter.PYTHON.toString(), "kernel_orphan.py"), log);
        ProcessHandle kernel = null;
        try {
            long kernelPid = awaitKernelPid(client, log);
            kernel = ProcessHandle.of(kernelPid).orElseThrow(() -> new AssertionError("kernel " + kernelPid + " not running"));
            long cpuBefore = cpuMillis(kernel);
            client.destroyForcibly();   // SIGKILL: the client cannot shut its kernel down
            client.waitFor();
            long killed = System.nanoTime();
            while (running(kernel) && System.nanoTime() - killed < TimeUnit.MILLISECONDS.toNanos(GONE_WITHIN_MS + 10_000)) Thread.sleep(20);
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
            System.out.println("[KernelOrphanTest] kernel " + kernelPid + " (" + cpuBefore + " ms CPU while looping) gone "
                    + tookMs + " ms after its client was killed" + (running(kernel) ? ": NOT GONE" : ""));
            String output = Files.readString(log, StandardCharsets.UTF_8);   // the kernel's stderr too
            output.lines().filter(l -> l.contains("[torch4j kernel")).forEach(System.out::println);
            assertTrue(tookMs <= GONE_WITHIN_MS, "the orphaned kernel ran on for " + tookMs + " ms\n" + output);
            assertTrue(output.contains("is gone: shutting down"), "the kernel says why it ended:\n" + output);
        } finally {
            client.destroyForcibly();
            if (kernel != null && kernel.isAlive()) kernel.destroyForcibly();
        }
    }

    /** Waits for the client's "KERNEL_PID n" line (the kernel is looping by then). */
    private static long awaitKernelPid(Process client, Path log) throws Exception {
        Pattern line = Pattern.compile("KERNEL_PID (\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            String out = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher m = line.matcher(out);
            if (m.find()) return Long.parseLong(m.group(1));
            if (!client.isAlive()) fail("the client ended before the kernel looped:\n" + out);
            Thread.sleep(100);
        }
        fail("no KERNEL_PID from the client:\n" + Files.readString(log));
        return -1;
    }

    /** Alive and not a zombie (an exited kernel stays a zombie until whoever adopted it reaps it). */
    private static boolean running(ProcessHandle p) {
        if (!p.isAlive()) return false;
        try {
            String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException gone) {
            return false;
        }
    }

    private static long cpuMillis(ProcessHandle p) {
        Optional<java.time.Duration> cpu = p.info().totalCpuDuration();
        return cpu.map(java.time.Duration::toMillis).orElse(-1L);
    }
}
