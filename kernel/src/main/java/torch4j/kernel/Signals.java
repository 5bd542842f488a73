package torch4j.kernel;

import sun.misc.Signal;

/**
 * SIGINT: Jupyter clients configured with interrupt_mode "signal" (and a Ctrl-C in the terminal
 * that started the kernel) send it; it interrupts the running cell instead of ending the JVM.
 */
final class Signals {
    private Signals() {}

    static void onInterrupt(Runnable action) {
        try {
            Signal.handle(new Signal("INT"), signal -> action.run());
        } catch (IllegalArgumentException e) {
            Kernel.log("cannot handle SIGINT here (" + e.getMessage() + "); interrupt by message only");
        }
    }
}
