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
 *                  problem (after {@code Cell In[5], line 4} when the cell has several lines), for
 *                  an exception the user's frames only, in IPython's shape ({@code Cell In[5], line 4, in f}
 *                  then that line of the cell), repeated frames collapsed as Python does, then the causes
 * @param line      the line of the cell, REPL entry or script the error is on (for an exception: the
 *                  line of the failing statement), 1-based; 0 when unknown
 */
public record EvalError(String kind, String name, String message, List<String> traceback, int line) {
    public EvalError {
        traceback = List.copyOf(traceback);
    }

    /** An error without a known line. */
    public EvalError(String kind, String name, String message, List<String> traceback) {
        this(kind, name, message, traceback, 0);
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
