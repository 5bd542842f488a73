package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Cells on the real session: errors name the cell as IPython does, a trailing ';' shows no result. */
@Timeout(120)
class SessionInterpreterTest {
    private static final String RED = "\u001b[0;31m", RESET = "\u001b[0m";

    @Test
    void errorsNameTheCellByItsExecutionCountAndSemicolonsSilence() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Interpreter.Display display = new Interpreter.Display() {
            @Override public void display(Map<String, String> bundle, String displayId) { }
            @Override public void update(Map<String, String> bundle, String displayId) { }
            @Override public void clearOutput(boolean wait) { }
        };
        try (Interpreter cells = SessionInterpreter.start(new Interpreter.Io(out, out, InputStream.nullInputStream(), display))) {
            assertNull(cells.execute("int half(int a) {\n    return 10 / a;\n}", 1).failure());
            Interpreter.Failure f = cells.execute("var z = 0;\nhalf(z)", 2).failure();
            assertEquals("java.lang.ArithmeticException", f.ename());
            assertEquals(List.of(RED + "java.lang.ArithmeticException: / by zero" + RESET,
                    "Cell In[1], line 2, in half", "----> 2     return 10 / a;", "",
                    "Cell In[2], line 2", "----> 2 half(z)"), f.traceback());
            Interpreter.Outcome silent = cells.execute("manualSeed(42);", 3);
            assertNull(silent.failure());
            assertNull(silent.result());
            assertEquals("Generator(seed=42)", cells.execute("manualSeed(42)", 4).result().get("text/plain"));
        }
    }

    @Test
    void itemShowsPythonsValue() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Interpreter.Display display = new Interpreter.Display() {
            @Override public void display(Map<String, String> bundle, String displayId) { }
            @Override public void update(Map<String, String> bundle, String displayId) { }
            @Override public void clearOutput(boolean wait) { }
        };
        try (Interpreter cells = SessionInterpreter.start(new Interpreter.Io(out, out, InputStream.nullInputStream(), display))) {
            assertEquals("6", cells.execute("tensor(6L).item()", 1).result().get("text/plain"));
            assertEquals("True", cells.execute("tensor(true).item()", 2).result().get("text/plain"));
            assertEquals("2.5", cells.execute("tensor(2.5).item()", 3).result().get("text/plain"));
            assertEquals("6.5", cells.execute("double v = tensor(6L).item();\nv + 0.5", 4).result().get("text/plain"));
        }
    }
}
