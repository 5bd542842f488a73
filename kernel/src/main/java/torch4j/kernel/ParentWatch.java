package torch4j.kernel;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Ends a kernel whose client died, as ipykernel's ParentPollerUnix does: a client that starts a
 * kernel (jupyter_client's KernelManager) sets {@code JPY_PARENT_PID} to its own pid, and a kernel
 * it started but can no longer shut down (the client was SIGKILLed, or crashed) would otherwise
 * run on, at 100% CPU if a cell loops. The watch reports an orphan when the process named by
 * {@code JPY_PARENT_PID} is gone (or its pid now belongs to a newer process), or when this
 * process's own parent changed (it died and this process was adopted). Without
 * {@code JPY_PARENT_PID} (a kernel started on purpose to outlive its starter:
 * jupyter_client's {@code independent=True}, or by hand) nothing is watched.
 */
final class ParentWatch {
    /** How often the parent is looked at: an orphan is noticed this soon. */
    static final long POLL_MS = 200;

    private ParentWatch() {}

    /**
     * Starts watching (a daemon thread) when {@code env} names a parent in {@code JPY_PARENT_PID};
     * {@code orphaned} gets the reason once, when the parent is gone. False when nothing is watched.
     */
    static boolean start(Map<String, String> env, Consumer<String> orphaned) {
        long parentPid = parentPid(env);
        // pid 1 (init) never goes away, it is only reassigned: ipykernel does not watch it either
        if (parentPid <= 1 || System.getProperty("os.name", "").startsWith("Windows")) return false;
        Optional<ProcessHandle> client = ProcessHandle.of(parentPid);
        Optional<Instant> clientStart = client.flatMap(p -> p.info().startInstant());
        long ownParent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        Thread.ofPlatform().daemon().name("torch4j-parent-watch").start(() -> {
            while (true) {
                String reason = orphanReason(parentPid, client, clientStart, ownParent);
                if (reason != null) {
                    orphaned.accept(reason);
                    return;
                }
                try {
                    Thread.sleep(POLL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        return true;
    }

    private static long parentPid(Map<String, String> env) {
        try {
            return Long.parseLong(env.getOrDefault("JPY_PARENT_PID", "0").strip());
        } catch (NumberFormatException e) {
            Kernel.log("JPY_PARENT_PID is not a pid (" + env.get("JPY_PARENT_PID") + "): the client is not watched");
            return 0;
        }
    }

    /** Why the kernel is an orphan now, or null while its client lives. */
    private static String orphanReason(long parentPid, Optional<ProcessHandle> client, Optional<Instant> clientStart, long ownParent) {
        if (client.isEmpty() || !client.get().isAlive())
            return "the client that started the kernel (pid " + parentPid + ") is gone";
        Optional<Instant> start = client.get().info().startInstant();
        if (clientStart.isPresent() && start.isPresent() && !clientStart.equals(start))
            return "the client that started the kernel (pid " + parentPid + ") is gone (its pid belongs to another process now)";
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        if (ownParent > 1 && parent != ownParent)
            return "the kernel's parent process (pid " + ownParent + ") is gone";
        return null;
    }
}
