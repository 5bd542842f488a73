package torch4j.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says loudly, at the end of the end-to-end run, which tests did not run and why (Jupyter clients
 * or tmux missing): Surefire's summary only counts them as "Skipped", which is easy to read as
 * green. Registered through {@code META-INF/services}, so it sees every test of this module.
 */
public final class SkippedTestsBanner implements TestExecutionListener {
    /** Reason to the tests it kept from running, in the order met. */
    private final Map<String, List<String>> skipped = new TreeMap<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        // a failed assumption inside a test ends it ABORTED, not skipped
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private void record(TestIdentifier test, String reason) {
        skipped.computeIfAbsent(String.valueOf(reason).replaceFirst("^Assumption failed: ", ""), r -> new ArrayList<>())
                .add(name(test));
    }

    /** {@code ReplPtyTest.tabCompletes}, or the display name of a container or dynamic test. */
    private static String name(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getJavaClass().getSimpleName() + "." + m.getMethodName()).orElse(test.getDisplayName());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (skipped.isEmpty()) return;
        StringBuilder out = new StringBuilder("\n");
        String rule = "!".repeat(78);
        out.append(rule).append("\n!! END-TO-END TESTS SKIPPED: they did not run, so they prove nothing here.\n");
        skipped.forEach((reason, tests) -> out.append("!! ").append(tests.size()).append(" skipped: ").append(reason)
                .append("\n!!     ").append(String.join(", ", tests)).append('\n'));
        out.append("!! .ci/run installs what they need with apt (see README.md, \"Testing\").\n").append(rule).append('\n');
        System.err.print(out);
        System.err.flush();
    }
}
