/**
 * Experiment tracking offline, after wandb: {@link torch4j.track.Track#init runs} with their
 * config and metrics, live charts in a notebook or the REPL, {@link torch4j.track.Artifact
 * artifacts} versioned by content, {@link torch4j.track.Table tables} of cases with images, and
 * {@link torch4j.track.Sweep sweeps}, all in an SQLite database under {@code ./runs/PROJECT/}, or
 * in a shared PostgreSQL database ({@link torch4j.track.Track#setStore}) for a team or a sweep
 * spanning machines.
 *
 * <pre>{@code
 * jshell> var run = Track.init("mnist", Map.of("lr", 0.01));
 * jshell> run.log(Map.of("loss", 0.7)); run.log(Map.of("loss", 0.4)); run.finish();
 * jshell> Track.runs("mnist")
 * }</pre>
 */
package torch4j.track;
