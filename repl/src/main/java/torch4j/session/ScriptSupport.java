package torch4j.session;

import java.lang.reflect.Field;
import torch4j.autograd.GradMode;

/**
 * What a script run as one unit ({@link ScriptCompiler}) calls between its top-level statements
 * to behave as JShell running them one by one: JShell runs each snippet on a thread of its own,
 * so grad mode set by a statement without a scope ({@code setGradEnabled(false);}) ended with that
 * statement. Public only because the unit's code calls it.
 */
public final class ScriptSupport {
    private ScriptSupport() {}

    private static final ThreadLocal<?> GRAD_MODE = gradModeState();

    /** A top-level statement ended: this thread's grad mode goes back to a fresh thread's, as the next snippet's thread would start. */
    public static void statementEnd() {
        if (GradMode.isEnabled() && !GradMode.isInferenceMode() && !GradMode.isAnomalyEnabled()) return;
        if (GRAD_MODE != null) GRAD_MODE.remove();
        else GradMode.setEnabled(true);
    }

    /** GradMode's per-thread state: there is no public way to leave inference mode without its scope. */
    private static ThreadLocal<?> gradModeState() {
        try {
            Field f = GradMode.class.getDeclaredField("STATE");
            f.setAccessible(true);
            return (ThreadLocal<?>) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
