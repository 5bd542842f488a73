package torch4j.e2e.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./torch4j FILE.jsh [args]} end to end: what it prints, its exit status, the error's line. */
class ScriptTest {
    @TempDir Path dir;

    record Run(int status, String out, String err) {}

    private Run run(String script, String... args) throws IOException, InterruptedException {
        Path file = dir.resolve("lesson.jsh");
        Files.writeString(file, script);
        return runFile(file, args);
    }

    private Run runFile(Path file, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Tmux.launcher(dir).toString(), file.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        var err = p.getErrorStream();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errText = new String(err.readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) p.destroyForcibly();
        return new Run(p.exitValue(), out, errText);
    }

    @Test
    void aScriptPrintsWhatItPrintsWithoutEchoes() throws Exception {
        Run r = run("""
                #!/usr/bin/env ./torch4j
                // the autograd lesson in a few lines
                manualSeed(42);
                var x = randn(2, 2).requiresGrad_();
                var out = x.add(2).pow(2).mul(3).mean()
                out.backward();
                print("grad", x.grad());
                x.sum()
                print(args.length, String.join(",", args));
                """, "a", "b");
        assertEquals(0, r.status(), r.err());
        assertEquals("grad tensor([[3.5050, 3.1932],\n        [3.3517, 3.3455]])\n2 a,b\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void argsReachAScriptEitherWay() throws Exception {
        // one unit: the session's prelude is never loaded; a redeclared variable: JShell, which loads
        // the prelude and the args variable only then (Session.startDeferred)
        Run unit = run("var n = 1;\nprint(n, args.length, String.join(\",\", args));\n", "a", "b");
        assertEquals(0, unit.status(), unit.err());
        assertEquals("1 2 a,b\n", unit.out());
        Run jshell = run("var n = 1;\nvar n = 2;\nprint(n, args.length, String.join(\",\", args));\n", "x", "y", "z");
        assertEquals(0, jshell.status(), jshell.err());
        assertEquals("2 3 x,y,z\n", jshell.out());
        assertEquals("", jshell.err());
    }

    @Test
    void everyTutorialScriptRunsToTheEnd() throws Exception {
        List<Path> scripts;
        try (var files = Files.list(Path.of("..", "tutorials"))) {
            // the numbered lessons (NN-topic.jsh) run in LessonsTest, with what PyTorch printed
            scripts = files.filter(f -> f.toString().endsWith(".jsh"))
                    .filter(f -> !f.getFileName().toString().matches("[0-9]{2}-.*")).sorted().toList();
        }
        org.junit.jupiter.api.Assertions.assertFalse(scripts.isEmpty());
        for (Path script : scripts) {
            Run r = runFile(script);
            assertEquals(0, r.status(), script + "\n" + r.out() + r.err());
            assertEquals("", r.err(), script.toString());
            if (script.getFileName().toString().equals("tour.jsh")) {
                org.junit.jupiter.api.Assertions.assertTrue(r.out().contains(
                        "tensor(17.7171, grad_fn=<MeanBackward0>)\ntensor([[1.3157, 2.7205],\n        [6.3123, 2.0430]])\n"), r.out());
            }
        }
    }

    @Test
    void theFirstErrorStopsTheScriptWithItsLine() throws Exception {
        Run r = run("""
                print("before");
                int half(int a) {
                    return 10 / a;
                }
                print(half(0));
                print("never");
                """);
        assertEquals(1, r.status());
        assertEquals("before\n", r.out());
        Path file = dir.resolve("lesson.jsh");
        assertEquals(file + ":5: java.lang.ArithmeticException: / by zero\n"
                + "File \"" + file + "\", line 3, in half\n----> 3     return 10 / a;\n\n"
                + "File \"" + file + "\", line 5\n----> 5 print(half(0));\n", r.err());
    }

    @Test
    void aCompileErrorNamesItsLineAndColumn() throws Exception {
        Run r = run("var a = 1;\n\nvar b = a +\n    \"x\" * 2;\nprint(b);\n");
        assertEquals(1, r.status());
        Path file = dir.resolve("lesson.jsh");
        assertEquals(file + ":4: error: bad operand types for binary operator '*'\n"
                + "  first type:  java.lang.String\n  second type: int\nFile \"" + file + "\", line 4\n    \"x\" * 2;\n    ^-----^\n", r.err());
    }

    /** A one-line snippet's error on the script's second line names line 2, never the snippet's "line 1". */
    @Test
    void aCompileErrorOnLineTwoSaysLineTwo() throws Exception {
        Run r = run("print(1);\nint k = \"x\";\nprint(2);\n");
        assertEquals(1, r.status());
        assertEquals("1\n", r.out());
        Path file = dir.resolve("lesson.jsh");
        assertEquals(file + ":2: error: incompatible types: java.lang.String cannot be converted to int\n"
                + "File \"" + file + "\", line 2\nint k = \"x\";\n        ^-^\n", r.err());
    }

    /** Scripts never echo; a trailing ';' changes nothing there (it silences an expression in the REPL and kernel). */
    @Test
    void scriptsEchoNothingWithOrWithoutSemicolons() throws Exception {
        Run r = run("manualSeed(42);\nmanualSeed(42)\nrandn(2);\nprint(Torch.manualSeed(7));\n");
        assertEquals(0, r.status(), r.err());
        assertEquals("Generator(seed=7)\n", r.out());
    }

    @Test
    void systemExitSetsTheStatus() throws Exception {
        Run r = run("print(1);\nSystem.exit(3);\nprint(2);\n");
        assertEquals(3, r.status());
        assertEquals("1\n", r.out());
    }
}
