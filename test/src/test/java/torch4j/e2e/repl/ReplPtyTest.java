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

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        repl = Tmux.start(Tmux.launcher(dir).toString());
        repl.await(">>> ");
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
        repl.line("long n = 0; while (true) { n++; }");
        Thread.sleep(1500);
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
        s = repl.await("java.lang.ArithmeticException: / by zero");
        assertTrue(s.matches("(?s).*/ by zero\n  at half \\(#\\d+:1\\)\n  at \\(#\\d+:1\\)\n>>> .*"), s);
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

    @Test @Order(9)
    void systemExitInASnippetLeavesLikeExit() throws Exception {
        repl.line("System.exit(0)");
        long deadline = System.nanoTime() + Tmux.WAIT.toNanos();
        while (!repl.ended() && System.nanoTime() < deadline) Thread.sleep(100);
        assertTrue(repl.ended(), repl.screen());
        assertTrue(Files.readString(dir.resolve(".torch4j_history")).contains("var loss = w.mul(2).sum();"));
    }
}
