package torch4j.session;

import torch4j.autograd.GradMode;

/**
 * What a script run as one unit ({@link ScriptCompiler}) calls between its top-level statements
 * to behave as JShell running them one by one: JShell runs each snippet on a thread of its own,
 * so grad mode set by a statement without a scope ({@code setGradEnabled(false);}) ended with that
 * statement. Public only because the unit's code calls it.
 */
public final class ScriptSupport {
    private ScriptSupport() {}

    /** A top-level statement ended: this thread's grad mode goes back to a fresh thread's, as the next snippet's thread would start. */
    public static void statementEnd() {
        if (GradMode.isEnabled() && !GradMode.isInferenceMode() && !GradMode.isAnomalyEnabled()) return;
        GradMode.resetThread();
    }
}
