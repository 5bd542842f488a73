package torch4j.track;

/**
 * Thrown by {@link Run#log} in a sweep trial that the sweep's early termination (Hyperband) has
 * stopped: the trial's function needs no check of its own, and {@link Sweep#agent} catches it and
 * marks the run {@code early_terminated}. A function that wants to stop cleanly can test
 * {@link Run#shouldStop()} instead.
 *
 * <pre>{@code
 * jshell> Sweep.agent(sweep, run -> { for (int e = 0; e < 27; e++) run.log(Map.of("loss", train())); }, 20)
 * jshell> sweep.runs().stream().map(RunRecord::state).toList()
 * $3 ==> [finished, early_terminated, finished, ...]
 * }</pre>
 */
public final class EarlyTerminated extends RuntimeException {
    public EarlyTerminated(String message) { super(message); }
}
