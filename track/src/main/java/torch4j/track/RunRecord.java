package torch4j.track;

import java.time.Instant;
import java.util.List;
import java.util.SequencedMap;

/**
 * A run as stored: what {@link Track#runs} lists, one row of its table.
 *
 * <pre>{@code
 * jshell> Track.runs("mnist").get(0).summary().get("val_acc")
 * $3 ==> 0.981
 * }</pre>
 *
 * @param project   the project
 * @param id        the run's id
 * @param name      its display name
 * @param state     {@code running}, {@code finished}, or {@code failed} (a sweep trial that threw); {@code running} also for a run whose JVM was killed
 * @param tags      its tags
 * @param notes     its notes, or null
 * @param seed      the seed it was started with, or null
 * @param gitCommit the commit checked out where it ran, or null outside a git repository
 * @param created   when it started
 * @param updated   when it last committed
 * @param config    its config, flattened ({@code optimizer.lr})
 * @param summary   the last value of each metric, and what {@code run.summary().put} set
 */
public record RunRecord(String project, String id, String name, String state, List<String> tags, String notes, Long seed,
                        String gitCommit, Instant created, Instant updated, SequencedMap<String, Object> config,
                        SequencedMap<String, Object> summary) {}
