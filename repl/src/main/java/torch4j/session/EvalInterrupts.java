package torch4j.session;

import java.util.function.BooleanSupplier;

/**
 * A session's interrupt state. An interrupt while an eval runs stops it wherever it is (compiling,
 * between snippets, running); one while none runs stops nothing. The flag is cleared only when the
 * outermost eval ends, never by JShell, which resets its own stop flag as each snippet starts to
 * run and so lost an interrupt that came while a snippet was still compiling.
 */
final class EvalInterrupts {
    static final BooleanSupplier NEVER = () -> false;

    private final Object lock = new Object();
    private int depth;                                   // guarded by lock
    private volatile boolean requested;
    private volatile BooleanSupplier callerStop = NEVER; // the host's own interrupt (a kernel's queued cell)

    /** An eval begins; {@code interrupted} is the caller's own stop test for it. */
    void enter(BooleanSupplier interrupted) {
        synchronized (lock) {
            if (depth++ == 0) {
                requested = false;
                callerStop = interrupted;
            }
        }
    }

    /** An eval ends: the outermost one clears the flag, so an interrupt never outlives its eval. */
    void leave() {
        synchronized (lock) {
            if (--depth == 0) {
                requested = false;
                callerStop = NEVER;
            }
        }
    }

    /** Whether an eval runs (an interrupt now stops it). */
    boolean inEval() {
        synchronized (lock) {
            return depth > 0;
        }
    }

    /** Whether the running eval was interrupted: read between snippets and by each snippet as it starts. */
    boolean stopRequested() {
        return requested || callerStop.getAsBoolean();
    }

    /**
     * Marks the running eval interrupted and runs {@code stopShell} (JShell's own stop, for a
     * snippet already running), both under the lock, so the eval cannot end and the next begin
     * between the check and the stop. Does nothing when no eval runs.
     */
    void request(Runnable stopShell) {
        synchronized (lock) {
            if (depth == 0) return;
            requested = true;
            stopShell.run();
        }
    }
}
