package torch4j.track;

/**
 * The code saved with a run ({@link RunOptions#saveCode}): where it came from, its text, and the
 * git commit checked out where the run started.
 *
 * <pre>{@code
 * jshell> var run = Track.init("mnist", Map.of("lr", 0.1), new RunOptions().saveCode(true));
 * jshell> run.code().name()
 * $2 ==> "_session_history.jsh"
 * jshell> run.code().source().lines().count()
 * }</pre>
 *
 * @param name      the script's path, {@code _session_history.jsh} for a notebook's or the REPL's
 *                  cells, or the main class's source file; null when no source was found
 * @param source    the text, or null when no source was found
 * @param gitCommit the commit, or null outside a git repository
 */
public record RunCode(String name, String source, String gitCommit) {}
