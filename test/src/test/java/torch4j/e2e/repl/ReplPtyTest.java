package torch4j.e2e.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL as a learner meets it: started in a pseudo-terminal (tmux), typed into, read off the
 * screen. One REPL for the class, used in order, as a session is.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplPtyTest {
    @TempDir static Path dir;
    static Tmux repl;
    static long promptAt;   // System.nanoTime() when the first prompt showed

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        repl = Tmux.start(Tmux.launcher(dir).toString());
        repl.await(">>> ");
        promptAt = System.nanoTime();
    }

    @AfterAll
    static void stop() throws Exception {
        if (repl != null) repl.close();
    }

    @Test @Order(1)
    void anExpressionEchoesPyTorchsRepr() throws Exception {
        repl.line("manualSeed(42); randn(2, 2)");
        String s = repl.await("[0.2345, 0.2303]])");
        assertTrue(s.contains("tensor([[0.3367, 0.1288],\n        [0.2345, 0.2303]])"), s);
        assertFalse(s.contains("Generator"), s);   // only the last value of a line shows
        // a trailing ';' runs an expression without showing its value, as in IPython
        repl.line("manualSeed(42);");
        repl.line("40 + 2");
        s = repl.await("\n42\n");
        assertTrue(s.contains(">>> manualSeed(42);\n>>> 40 + 2\n42\n"), s);
    }

    @Test @Order(2)
    void aDeclarationIsQuietAndPrintIsPythons() throws Exception {
        repl.line("var x = arange(4);");
        repl.line("print(\"x:\", x.sum(), 7)");
        repl.await("x: tensor(6) 7");
    }

    @Test @Order(3)
    void tabCompletesMembers() throws Exception {
        repl.type("x.flatt");
        repl.keys("Tab");
        repl.await(">>> x.flatten(");
        repl.line(")");
        repl.await("tensor([0, 1, 2, 3])");
    }

    @Test @Order(4)
    void multiLineInputContinuesUntilComplete() throws Exception {
        repl.line("for (int i = 0; i < 3; i++) {");
        repl.await("... ");
        repl.line("print(\"step\", i);");
        repl.line("}");
        String s = repl.await("step 2");
        assertTrue(s.contains("step 0\nstep 1\nstep 2"), s);
    }

    @Test @Order(5)
    void ctrlCStopsATightLoopAndKeepsTheSession() throws Exception {
        // Ctrl-C once the loop runs: on a busy machine its compile alone can take seconds
        repl.line("long n = 0; while (true) { if (n++ == 0) print(\"loop\" + \"ing\"); }");
        repl.await("looping");
        repl.keys("C-c");
        repl.await("Interrupted");
        repl.line("x.add(1)");
        repl.await("tensor([1, 2, 3, 4])");
    }

    @Test @Order(6)
    void errorsShowACaretOrTheUsersFrames() throws Exception {
        repl.line("int k = \"one\";");
        String s = repl.await("^---^");
        assertTrue(s.contains("error: incompatible types: java.lang.String cannot be converted to int\nint k = \"one\";\n        ^---^"), s);
        repl.line("int half(int a) { return 10 / a; }");
        repl.line("half(0)");
        // IPython's shape: the entry and line, then that line's code; Java's order (innermost first)
        repl.awaitMatch("java.lang.ArithmeticException: / by zero\nInput In \\[\\d+], line 1, in half\n----> 1 int half\\(int a\\) \\{ return 10 / a; }\n\n"
                + "Input In \\[\\d+], line 1\n----> 1 half\\(0\\)\n>>> ");
        repl.line("int down(int n) { return down(n + 1) + 1; }");
        repl.line("down(0)");
        // 1,024 frames: three, then Python's count of the rest
        repl.awaitMatch("java.lang.StackOverflowError\n(Input In \\[\\d+], line 1, in down\n----> 1 int down[^\n]*\n\n?){3}"
                + "  \\[Previous line repeated \\d+ more times]\n>>> ");
        repl.line("ones(3).add(ones(4))");
        repl.await("The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0");
    }

    @Test @Order(7)
    void graphVarsAndSave() throws Exception {
        repl.line("var w = ones(2, 3).requiresGrad_();");
        repl.line("var loss = w.mul(2).sum();");
        repl.line(":graph loss");
        String s = repl.await("AccumulateGrad");
        assertTrue(s.contains("SumBackward0"), s);
        assertTrue(s.contains("MulBackward0"), s);
        repl.line(":vars");
        s = repl.await("requires_grad=True", 2);
        assertTrue(s.contains("w     Tensor  shape=[2, 3] dtype=torch.float32 device=cpu requires_grad=True"), s);
        Path saved = dir.resolve("saved.jsh");
        repl.line(":save " + saved);
        repl.await("saved ");
        assertTrue(Files.readString(saved).contains("var loss = w.mul(2).sum();"));
    }

    @Test @Order(8)
    void graphShowsACustomFunctionsNode() throws Exception {
        repl.line("class Twice extends Autograd.Function { static Tensor forward(FunctionCtx ctx, Tensor x) { return x.mul(2); }"
                + " static Tensor backward(FunctionCtx ctx, Tensor g) { return g.mul(2); } }");
        repl.line("var twice = new Twice().apply(ones(2).requiresGrad_()).sum();");
        repl.line(":graph twice");
        String s = repl.await("TwiceBackward [2]");   // the node and the shape of its output, in the drawn tree
        assertTrue(s.contains("SumBackward0"), s);
    }

    @Test @Order(9)
    void plotShowDrawsBrailleInAPlainTerminal() throws Exception {
        repl.line("plot(List.of(1, 4, 9, 16)); title(\"squares\"); show()");
        long deadline = System.nanoTime() + Tmux.WAIT.toNanos();
        String s = repl.screen();
        while (s.chars().noneMatch(c -> c > 0x2800 && c <= 0x28FF) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            s = repl.screen();
        }
        assertTrue(s.chars().anyMatch(c -> c > 0x2800 && c <= 0x28FF), s);
    }

    @Test @Order(10)
    void histogramBarsInAPlainTerminal() throws Exception {
        repl.line("hist(List.of(1, 2, 2, 3, 3, 3, 4), 3); show()");
        repl.await("⣿");   // a full braille cell: a bar, where the chart used to be empty
    }

    /** Keys typed while a snippet runs show at the next prompt, once, in their place. */
    @Test @Order(11)
    void typeAheadWhileASnippetRunsIsNotGarbled() throws Exception {
        repl.line("Thread.sleep(2000)");
        repl.line("20 + 3");
        String s = repl.await("\n23\n");
        assertTrue(s.contains(">>> Thread.sleep(2000)\n>>> 20 + 3\n23\n"), s);
        assertFalse(s.contains("20 + 3\n>>> 20 + 3"), s);
    }

    /** What a thread the learner started prints lands above the prompt, which is drawn again with the line being typed. */
    @Test @Order(12)
    void backgroundOutputGoesAboveThePrompt() throws Exception {
        // the thread prints when the test says so (a file appears), whatever the machine's load
        Path go = dir.resolve("go");
        repl.line("void whenExists(String f, Runnable r) { new Thread(() -> { while (!new java.io.File(f).exists()) {"
                + " try { Thread.sleep(50); } catch (InterruptedException e) { return; } } r.run(); }).start(); }");
        repl.line("whenExists(\"" + go + "\", () -> print(\"from the\" + \" background\"))");
        repl.awaitMatch(">>> whenExists\\(\"[^\\n]*\\n>>> ");
        repl.type("var typed = 1");
        repl.await(">>> var typed = 1");
        Files.writeString(go, "");
        String s = repl.await("from the background");
        s = repl.awaitMatch("\nfrom the background\n>>> var typed = 1");
        assertFalse(s.contains("typed = 1from"), s);
        repl.keys("Enter");
        repl.line("typed + 1");
        repl.await("\n2\n");
    }

    /** Tab 20 s after the start, the warm-up done: the same exact completion as in the first seconds (ReplCompletionTimingTest). */
    @Test @Order(13)
    void tabLongAfterTheStartCompletesToo() throws Exception {
        long waited = (System.nanoTime() - promptAt) / 1_000_000;
        if (waited < 20_000) Thread.sleep(20_000 - waited);
        repl.type("Torch.manualSe");
        repl.keys("Tab");
        String s = repl.await(">>> Torch.manualSeed(");
        assertTrue(s.lines().anyMatch(l -> l.stripTrailing().equals(">>> Torch.manualSeed(")), s);
        repl.line("7)");
        repl.await("Generator(seed=7)");
    }

    @Test @Order(14)
    void systemExitInASnippetLeavesLikeExit() throws Exception {
        repl.line("System.exit(0)");
        long deadline = System.nanoTime() + Tmux.WAIT.toNanos();
        while (!repl.ended() && System.nanoTime() < deadline) Thread.sleep(100);
        assertTrue(repl.ended(), repl.screen());
        assertTrue(Files.readString(dir.resolve(".torch4j_history")).contains("var loss = w.mul(2).sum();"));
    }
}
