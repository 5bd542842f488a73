package torch4j.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import torch4j.session.DisplaySink;
import torch4j.session.Session;
import torch4j.session.SessionOptions;

/**
 * {@code ./torch4j FILE.jsh} compiles the script as one unit where it can and runs it in JShell,
 * snippet by snippet, where it cannot: either way the same output, error text, line and status.
 * Each case runs the script both ways, in fresh sessions, and compares.
 */
class ScriptRunnerTest {
    @TempDir Path dir;

    /** What a run printed and how it ended. */
    record Run(ScriptRunner.Outcome outcome, String out, String err, ScriptRunner.Way way) {}

    private Run run(String script, boolean compile) throws IOException {
        Path file = dir.resolve("lesson.jsh");
        Files.writeString(file, script);
        var bytes = new ByteArrayOutputStream();
        var errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        try (Session s = Session.start(SessionOptions.of(out, err, InputStream.nullInputStream(), DisplaySink.text(out)))) {
            s.eval("String[] args = new String[]{\"a\", \"b\"};");
            ScriptRunner.Outcome outcome = ScriptRunner.runScript(s, file, err, compile, false);
            return new Run(outcome, bytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8), ScriptRunner.lastWay());
        }
    }

    /** Runs {@code script} both ways, checks that they agree, and returns the first run (the one-unit attempt). */
    private Run both(String script, ScriptRunner.Way expected) throws IOException {
        Run unit = run(script, true);
        Run jshell = run(script, false);
        assertEquals(expected, unit.way(), "the way the script ran; stderr:\n" + unit.err());
        assertEquals(ScriptRunner.Way.JSHELL, jshell.way());
        assertEquals(jshell.out(), unit.out(), "stdout");
        assertEquals(jshell.err(), unit.err(), "stderr");
        assertEquals(jshell.outcome(), unit.outcome(), "outcome");
        return unit;
    }

    @Test
    void aPlainScriptIsOneUnitAndPrintsWhatJShellPrints() throws IOException {
        Run r = both("""
                // a comment
                import torch4j.nn.Module;
                manualSeed(0);
                var x = arange(6).view(2, 3);
                print(x.sum(1), args.length, args[1]);
                int twice(int a) { return a * 2; }
                record Point(double px, double py) {}
                print(twice(21), new Point(1, 2));
                x.sum()
                x
                1 + 1;
                double total = 0;
                for (int i = 0; i < 3; i++) total += i;
                print(total, String.format("%.1f", total));
                class Net extends Module {
                    final Linear fc = register("fc", new Linear(2, 1));
                    @Override public Tensor forward(Tensor t) { return fc.call(t); }
                }
                print(new Net());
                """, ScriptRunner.Way.UNIT);
        assertEquals(new ScriptRunner.Outcome(true, 0), r.outcome());
        assertTrue(r.out().startsWith("tensor([ 3, 12]) 2 b\n42 Point[px=1.0, py=2.0]\n3.0 3.0\nNet(\n"), r.out());
    }

    @Test
    void variablesThatMethodsAndLambdasShareBecomeFields() throws IOException {
        // JShell's variables are fields: a method, a class and a lambda may use them, even as they change
        both("""
                var scale = 3;
                double[] data = {1, 2, 3};
                int scaled(int a) { return a * scale; }
                class Box { double first() { return data[0]; } }
                Runnable show = () -> print(scale, data.length);
                scale = 4;
                show.run();
                print(scaled(2), new Box().first());
                """, ScriptRunner.Way.UNIT);
    }

    @Test
    void scriptsOnlyJShellAcceptsFallBackBeforeAnythingRuns() throws IOException {
        // a variable declared twice, a statement using a method declared after it, an import after code
        both("print(1);\nvar x = 1;\nvar x = \"two\";\nprint(x);\n", ScriptRunner.Way.JSHELL);
        both("print(1);\nprint(later());\nint later() { return 2; }\n", ScriptRunner.Way.JSHELL);
        both("print(1);\nList<String> l = List.of(\"a\");\nimport java.awt.*;\nprint(l);\n", ScriptRunner.Way.JSHELL);
        both("var g = detectAnomaly();\nprint(1);\n", ScriptRunner.Way.JSHELL);
    }

    @Test
    void aCompileErrorIsReportedByJShellWithItsLine() throws IOException {
        Run r = both("print(\"before\");\nvar a = 1;\n\nint b = \"text\";\nprint(a);\n", ScriptRunner.Way.JSHELL);
        assertEquals("before\n", r.out());
        assertTrue(r.err().startsWith(dir.resolve("lesson.jsh") + ":4: error: incompatible types"), r.err());
        assertEquals(new ScriptRunner.Outcome(false, 1), r.outcome());
    }

    @Test
    void aRuntimeExceptionNamesTheScriptsLinesAndFrames() throws IOException {
        Run r = both("""
                print("before");
                int half(int a) {
                    return 10 / a;
                }
                var y = 1;

                print(half(y - 1));
                print("after");
                """, ScriptRunner.Way.UNIT);
        Path file = dir.resolve("lesson.jsh");
        assertEquals("before\n", r.out());
        assertEquals(file + ":7: java.lang.ArithmeticException: / by zero\n"
                + "File \"" + file + "\", line 3, in half\n"
                + "----> 3     return 10 / a;\n\n"
                + "File \"" + file + "\", line 7\n"
                + "----> 7 print(half(y - 1));\n", r.err());
        assertEquals(new ScriptRunner.Outcome(false, 1), r.outcome());
    }

    @Test
    void causesLambdasAndClassesInTheTraceback() throws IOException {
        both("""
                class Net {
                    int forward(int x) { throw new IllegalStateException("bad " + x, new RuntimeException("inner")); }
                }
                List.of(1, 2).forEach(i ->
                    new Net().forward(i));
                """, ScriptRunner.Way.UNIT);
        both("Object o = tensor(1);\nString s = (String) o;\n", ScriptRunner.Way.UNIT);
    }

    @Test
    void systemExitEndsTheScriptWithItsStatus() throws IOException {
        Run r = both("print(1);\nif (args.length > 0) System.exit(3);\nprint(2);\n", ScriptRunner.Way.UNIT);
        assertEquals("1\n", r.out());
        assertEquals(new ScriptRunner.Outcome(false, 3), r.outcome());
        assertEquals(new ScriptRunner.Outcome(true, 0), both("print(1);\nRuntime.getRuntime().exit(0);\nprint(2);\n", ScriptRunner.Way.UNIT).outcome());
    }

    @Test
    void exitCommandEndsTheScript() throws IOException {
        assertEquals("1\n", both("print(1);\n/exit\nprint(2);\n", ScriptRunner.Way.UNIT).out());
    }

    @Test
    void displaysAndPlotsGoToTheSessionsSink() throws IOException {
        Run r = both("""
                display(tensor(1, 2));
                display(new Linear(2, 1));
                figure(4, 3);
                plot(List.of(1, 4, 9, 16), "ro-");
                title("squares");
                show();
                print("done");
                """, ScriptRunner.Way.UNIT);
        assertTrue(r.out().startsWith("tensor([1, 2])\n"), r.out());
        assertTrue(r.out().endsWith("done\n"), r.out());
    }

    @Test
    void gradModeSetByAStatementEndsWithIt() throws IOException {
        // JShell runs each snippet on a thread of its own: grad mode set without a scope does not outlive it
        Run r = both("""
                setGradEnabled(false);
                print(isGradEnabled());
                try (var g = noGrad()) { print(isGradEnabled()); }
                print(isGradEnabled());
                """, ScriptRunner.Way.UNIT);
        assertEquals("True\nFalse\nTrue\n", r.out());
    }

    @Test
    void theTourIsOneUnit() throws IOException {
        both(Files.readString(Path.of("..", "tutorials", "tour.jsh")), ScriptRunner.Way.UNIT);
    }
}
