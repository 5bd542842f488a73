package torch4j.autograd;

/**
 * Thread-local switches of autograd: whether ops record a graph (grad mode), and whether backward
 * checks for NaN (anomaly mode). Scopes are {@link AutoCloseable} and restore the previous state.
 *
 * <pre>{@code
 * jshell> try (var g = Torch.noGrad()) { y = x.mul(2); }
 * jshell> y.requiresGrad()
 * $2 ==> false
 * }</pre>
 */
public final class GradMode {
    private GradMode() {}

    private static final class State { boolean grad = true; boolean inference; boolean anomaly; }

    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    /** Whether ops record the backward graph on this thread. */
    public static boolean isEnabled() { return STATE.get().grad; }

    /** Sets grad mode, returning the previous value. */
    public static boolean setEnabled(boolean enabled) {
        State s = STATE.get();
        boolean old = s.grad;
        s.grad = enabled;
        return old;
    }

    /** Whether {@link #inferenceMode()} is active. */
    public static boolean isInferenceMode() { return STATE.get().inference; }

    /** Whether anomaly detection is on. */
    public static boolean isAnomalyEnabled() { return STATE.get().anomaly; }

    /**
     * Puts this thread's modes back to a new thread's (grad on, no inference mode, no anomaly
     * detection), open scopes or not: for a host that runs several units of code on one thread,
     * each of which should start as on a thread of its own (a script's statements, as JShell runs them).
     */
    public static void resetThread() { STATE.remove(); }

    /** A scope that restores the previous grad mode on close. */
    public static final class Scope implements AutoCloseable {
        private final boolean previousGrad, previousInference, previousAnomaly;
        private boolean closed;

        private Scope(Boolean grad, Boolean inference, Boolean anomaly) {
            State s = STATE.get();
            previousGrad = s.grad;
            previousInference = s.inference;
            previousAnomaly = s.anomaly;
            if (grad != null) s.grad = grad;
            if (inference != null) s.inference = inference;
            if (anomaly != null) s.anomaly = anomaly;
        }

        @Override public void close() {
            if (closed) return;
            closed = true;
            State s = STATE.get();
            s.grad = previousGrad;
            s.inference = previousInference;
            s.anomaly = previousAnomaly;
        }
    }

    /** {@code torch.no_grad()}. */
    public static Scope noGrad() { return new Scope(false, null, null); }

    /** {@code torch.enable_grad()}. */
    public static Scope enableGrad() { return new Scope(true, null, null); }

    /** {@code torch.set_grad_enabled(mode)} as a scope. */
    public static Scope setGradEnabled(boolean mode) { return new Scope(mode, null, null); }

    /** {@code torch.inference_mode()}: no graph is recorded (here, the same as {@link #noGrad()}). */
    public static Scope inferenceMode() { return new Scope(false, true, null); }

    /**
     * {@code torch.autograd.detect_anomaly()}: backward fails at the first node whose gradient has
     * a NaN, naming the node. Prints PyTorch's warning that it slows things down.
     */
    public static Scope detectAnomaly() {
        System.err.println("UserWarning: Anomaly Detection has been enabled. This mode will increase the runtime and should only be"
                + " enabled for debugging.");
        return new Scope(null, null, true);
    }

    /** {@code torch.autograd.set_detect_anomaly(mode)} as a scope, without the warning. */
    public static Scope setDetectAnomaly(boolean mode) { return new Scope(null, null, mode); }
}
