package torch4j.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How anomaly mode ({@code Torch.detectAnomaly()}) shows where the forward op of a failing node
 * ran. By default: the frames after torch4j's own, as {@code at ...} lines. A host that runs the
 * learner's code in generated classes (the torch4j session, over JShell) installs a formatter
 * that names the learner's cells and lines instead, as its error tracebacks do.
 *
 * <pre>{@code
 * jshell> ForwardTrace.setFormatter(frames -> List.of("  at " + frames[0]))
 * }</pre>
 */
public final class ForwardTrace {
    private ForwardTrace() {}

    private static volatile Function<StackTraceElement[], List<String>> formatter = ForwardTrace::plain;

    /** Replaces the formatter (null restores {@link #plain}); it gets the stack of the forward call. */
    public static void setFormatter(Function<StackTraceElement[], List<String>> f) {
        formatter = f == null ? ForwardTrace::plain : f;
    }

    /** The lines anomaly mode prints under "Traceback of forward call that caused the error:". */
    static List<String> lines(StackTraceElement[] frames) {
        return formatter.apply(frames);
    }

    /** The default: up to 12 frames after torch4j's own, as {@code   at Class.method(File.java:12)}. */
    public static List<String> plain(StackTraceElement[] frames) {
        int first = 0;
        while (first < frames.length && isRuntime(frames[first].getClassName())) first++;   // skip torch4j's own frames
        List<String> out = new ArrayList<>();
        for (int i = first; i < Math.min(frames.length, first + 12); i++) out.add("  at " + frames[i]);
        return out;
    }

    /** Whether a class is part of the torch4j runtime (same code source as this class), not user code. */
    private static boolean isRuntime(String className) {
        if (!className.startsWith("torch4j.")) return false;
        try {
            var source = Class.forName(className, false, ForwardTrace.class.getClassLoader()).getProtectionDomain().getCodeSource();
            var ours = ForwardTrace.class.getProtectionDomain().getCodeSource();
            return source != null && ours != null && source.getLocation().equals(ours.getLocation());
        } catch (ClassNotFoundException | SecurityException e) {
            return false;
        }
    }
}
