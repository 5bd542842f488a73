package torch4j.session;

/**
 * Whether some input can run as it is, as JShell's source analysis judges it.
 *
 * @param status COMPLETE (run it), INCOMPLETE (wait for more lines) or INVALID (run it to see the error)
 * @param indent the indent to offer on the next line when INCOMPLETE (four spaces per open brace), else ""
 */
public record Completeness(Status status, String indent) {
    public enum Status { COMPLETE, INCOMPLETE, INVALID }
}
