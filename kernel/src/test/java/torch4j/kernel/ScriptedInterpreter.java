package torch4j.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * An interpreter of one-word commands for the protocol tests, so they run without JShell:
 * "print TEXT", "err TEXT", "value TEXT", "fail", "display ID TEXT", "update ID TEXT", "sleep MS", "help X" (a pager payload),
 * "input" (reads a line of System.in and shows it), "loop" (runs until interrupted).
 */
final class ScriptedInterpreter implements Interpreter {
    private final Io io;
    private volatile boolean interrupted;

    ScriptedInterpreter(Io io) {
        this.io = io;
    }

    @Override
    public Outcome execute(String code, BooleanSupplier stop) {
        interrupted = false;
        if (stop.getAsBoolean()) return new Outcome(null, INTERRUPTED);
        Map<String, String> result = null;
        for (String line : code.split("\n")) {
            String[] w = line.split(" ", 3);
            switch (w[0]) {
                case "print" -> io.out().println(line.substring(6));
                case "printpart" -> io.out().print(line.substring(10));
                case "err" -> io.err().println(line.substring(4));
                case "value" -> result = Map.of("text/plain", line.substring(6));
                case "fail" -> {
                    return new Outcome(null, new Failure("java.lang.ArithmeticException", "/ by zero", List.of("java.lang.ArithmeticException: / by zero", "\tat cell 1")));
                }
                case "display" -> io.display().display(Map.of("text/plain", w[2], "text/html", "<b>" + w[2] + "</b>"), w[1]);
                case "update" -> io.display().update(Map.of("text/plain", w[2]), w[1]);
                case "input" -> {
                    try {
                        String read = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
                        result = Map.of("text/plain", String.valueOf(read));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                case "loop" -> {
                    while (!interrupted && !stop.getAsBoolean()) Thread.onSpinWait();
                    return new Outcome(null, INTERRUPTED);
                }
                case "sleep" -> {
                    try {
                        Thread.sleep(Long.parseLong(w[1]));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                case "help" -> {
                    return new Outcome(null, null, Map.of("text/plain", "help for " + w[1]));
                }
                case "" -> {}
                default -> {
                    return new Outcome(null, new Failure("CompileError", "unknown command " + w[0], List.of()));
                }
            }
        }
        return new Outcome(result, null);
    }

    @Override
    public void interrupt() {
        interrupted = true;
    }

    @Override
    public Completion complete(String code, int cursor) {
        int start = code.lastIndexOf(' ', cursor - 1) + 1;
        String prefix = code.substring(start, cursor);
        return new Completion(List.of("print", "printpart", "value").stream().filter(c -> c.startsWith(prefix)).toList(), start, cursor);
    }

    @Override
    public Completeness isComplete(String code) {
        return code.endsWith("{") ? new Completeness("incomplete", "    ") : new Completeness("complete", "");
    }

    @Override
    public Optional<Map<String, String>> inspect(String code, int cursor, int detailLevel) {
        return code.startsWith("print") ? Optional.of(Map.of("text/plain", "print TEXT: prints a line")) : Optional.empty();
    }

    @Override
    public void close() {}
}
