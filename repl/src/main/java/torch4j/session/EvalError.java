package torch4j.session;

import java.util.List;
import java.util.OptionalInt;

/**
 * Why a snippet failed.
 *
 * @param kind      {@code "compile"}, {@code "exception"}, {@code "interrupted"} or {@code "exit"}
 *                  (the snippet called {@code System.exit}; the session goes on)
 * @param name      the exception class name (e.g. {@code java.lang.ArithmeticException}); for a
 *                  compile error {@code "CompilationError"}, for an interrupt {@code "Interrupted"},
 *                  for an exit {@code "SystemExit"}
 * @param message   one line: the exception message or the first diagnostic
 * @param traceback readable lines: for a compile error the snippet line with a caret under the
 *                  problem, for an exception the user's frames only ({@code at f (#3:2)})
 */
public record EvalError(String kind, String name, String message, List<String> traceback) {
    public EvalError {
        traceback = List.copyOf(traceback);
    }

    /** The status passed to {@code System.exit} when {@link #kind} is {@code "exit"}. */
    public OptionalInt exitStatus() {
        if (!kind.equals("exit")) return OptionalInt.empty();
        return OptionalInt.of(Integer.parseInt(message.replaceAll("\\D*(-?\\d+).*", "$1")));
    }

    /** The whole error as the REPL prints it: the header line, then the traceback. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case "compile" -> {
                sb.append("error: ").append(message);
                for (String line : traceback) sb.append('\n').append(line);
            }
            case "exception" -> {
                sb.append(message == null || message.isEmpty() ? name : name + ": " + message);
                for (String line : traceback) sb.append('\n').append(line);
            }
            default -> sb.append(message);
        }
        return sb.toString();
    }
}
