package torch4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;

class SessionTest {
    static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    static Session session;

    @BeforeAll
    static void start() {
        PrintStream out = new PrintStream(OUT, true, StandardCharsets.UTF_8);
        session = Session.start(SessionOptions.of(out, out, new ByteArrayInputStream(new byte[0]), DisplaySink.text(out)));
    }

    @AfterAll
    static void stop() { session.close(); }

    static String printed(Runnable r) {
        OUT.reset();
        r.run();
        return OUT.toString(StandardCharsets.UTF_8);
    }

    @Test
    void expressionEchoesReprAndKeepsLiveValue() {
        Evaluation e = session.eval("manualSeed(42); randn(2, 2)").getLast();
        assertTrue(e.ok());
        assertEquals("tensor([[0.3367, 0.1288],\n        [0.2345, 0.2303]])", e.echo());
        assertTrue(e.value() instanceof Tensor);
    }

    @Test
    void declarationIsQuietAndPrintIsPythons() {
        List<Evaluation> evs = session.eval("var q = arange(3);");
        assertNull(evs.getLast().echo());
        assertTrue(evs.getLast().value() instanceof Tensor);
        assertEquals("a tensor([0, 1, 2]) 3\n", printed(() -> session.eval("print(\"a\", q, 3)")));
    }

    @Test
    void itemEchoesAndPrintsPythonsValue() {
        assertEquals("6", session.eval("tensor(6L).item()").getLast().echo());
        assertEquals("True", session.eval("tensor(true).item()").getLast().echo());
        assertEquals("2.5", session.eval("tensor(2.5).item()").getLast().echo());
        assertEquals("6 True 2.5\n", printed(() -> session.eval("print(tensor(6L).item(), tensor(true).item(), tensor(2.5).item())")));
        session.eval("double runningLoss = 0; long correct = 0;");
        session.eval("runningLoss += tensor(0.25).item(); correct += tensor(true, true).sum().item();");
        assertEquals("0.25 2\n", printed(() -> session.eval("print(runningLoss, correct)")));
    }

    @Test
    void displayAndPlotShowGoThroughTheSink() {
        List<MimeBundle> shown = new java.util.ArrayList<>();
        DisplaySink recorder = new DisplaySink() {
            @Override public void display(MimeBundle bundle, String displayId) { shown.add(bundle); }
            @Override public void updateDisplay(MimeBundle bundle, String displayId) { shown.add(bundle); }
        };
        PrintStream out = new PrintStream(OUT, true, StandardCharsets.UTF_8);
        try (Session s = Session.start(SessionOptions.of(out, out, new ByteArrayInputStream(new byte[0]), recorder))) {
            assertTrue(s.eval("display(arange(2))").getLast().ok());
            assertTrue(s.eval("plot(List.of(1, 4, 9)); show()").getLast().ok());
        }
        assertEquals(2, shown.size());
        assertEquals("tensor([0, 1])", shown.get(0).text());
        assertTrue(shown.get(0).data().get("text/html").contains("int64"), shown.get(0).data().toString());
        assertTrue(shown.get(1).data().containsKey("image/png"), shown.get(1).data().keySet().toString());
    }

    @Test
    void aSinkThatShowsOnlyTextGetsTheTextUnrendered() {
        List<MimeBundle> shown = new java.util.ArrayList<>();
        DisplaySink textOnly = new DisplaySink() {
            @Override public void display(MimeBundle bundle, String displayId) { shown.add(bundle); }
            @Override public void updateDisplay(MimeBundle bundle, String displayId) { shown.add(bundle); }
            @Override public boolean showsRichData() { return false; }
        };
        PrintStream out = new PrintStream(OUT, true, StandardCharsets.UTF_8);
        try (Session s = Session.start(SessionOptions.of(out, out, new ByteArrayInputStream(new byte[0]), textOnly))) {
            assertTrue(s.eval("display(arange(2))").getLast().ok());
            assertTrue(s.eval("plot(List.of(1, 4, 9)); show(\"live\"); show(\"live\")").getLast().ok());
        }
        assertEquals(3, shown.size());
        assertEquals("tensor([0, 1])", shown.get(0).text());
        assertEquals("<Figure size 640x480 with 1 Axes>", shown.get(1).text());
        // no PNG drawn, no HTML card built: the sink would only print the text
        for (MimeBundle b : shown) assertEquals(java.util.Set.of("text/plain"), b.data().keySet(), b.data().keySet().toString());
    }

    @Test
    void clearOutputReachesTheSinkAndATerminalErasesTheLine() {
        List<Boolean> cleared = new java.util.ArrayList<>();
        DisplaySink recorder = new DisplaySink() {
            @Override public void display(MimeBundle bundle, String displayId) { }
            @Override public void updateDisplay(MimeBundle bundle, String displayId) { }
            @Override public void clearOutput(boolean wait) { cleared.add(wait); }
        };
        PrintStream out = new PrintStream(OUT, true, StandardCharsets.UTF_8);
        try (Session s = Session.start(SessionOptions.of(out, out, new ByteArrayInputStream(new byte[0]), recorder))) {
            assertTrue(s.eval("clearOutput(); clearOutput(true)").getLast().ok());
        }
        assertEquals(List.of(false, true), cleared);
        // the text sink (a terminal) does what IPython's terminal does: erase the current line
        assertEquals("50%\033[2K\r", printed(() -> session.eval("System.out.print(\"50%\"); clearOutput()")));
    }

    @Test
    void compileErrorHasCaret() {
        EvalError err = session.eval("int k = \"x\";").getLast().error();
        assertEquals("compile", err.kind());
        assertTrue(err.message().contains("incompatible types"), err.message());
        assertEquals("        ^-^", err.traceback().getLast());
    }

    @Test
    void exceptionKeepsUserFramesOnly() {
        session.eval("int f(int x) { return 1 / x; }");
        EvalError err = session.eval("f(0)").getLast().error();
        assertEquals("java.lang.ArithmeticException", err.name());
        assertEquals("/ by zero", err.message());
        assertTrue(err.traceback().getFirst().matches("Input In \\[\\d+], line 1, in f"), err.traceback().toString());
        assertEquals("----> 1 int f(int x) { return 1 / x; }", err.traceback().get(1));
        assertTrue(err.traceback().stream().noneMatch(l -> l.contains("#") || l.contains("do_it$")), err.traceback().toString());
    }

    /** As IPython: a trailing ';' runs an expression without showing its value; declarations follow the echo setting. */
    @Test
    void aTrailingSemicolonSilencesAnExpression() {
        assertNull(session.eval("manualSeed(42);").getLast().echo());
        assertNull(session.eval("1 + 1; // a comment").getLast().echo());
        assertNull(session.eval("manualSeed(42); randn(2);").getLast().echo());
        assertEquals("\"a;\"", session.eval("\"a;\"").getLast().echo());
        assertEquals("Generator(seed=42)", session.eval("manualSeed(42)").getLast().echo());
        session.eval("var semi = 3;");
        assertNull(session.eval("semi;").getLast().echo());
        assertEquals("3", session.eval("semi").getLast().echo());
        assertTrue(session.eval("randn(2);").getLast().value() instanceof Tensor);   // the value is still there for the host
        session.echoDeclarations(true);
        try {
            assertEquals("tensor([0, 1])", session.eval("var shown = arange(2);").getLast().echo());
        } finally {
            session.echoDeclarations(false);
        }
        assertNull(session.eval("var quiet = arange(2);").getLast().echo());
    }

    @Test
    void semicolonScan() {
        assertTrue(SourceText.endsWithSemicolon("f(); /* c */ // d\n  "));
        assertFalse(SourceText.endsWithSemicolon("print(\"http://x;\")"));
        assertFalse(SourceText.endsWithSemicolon("x // y;"));
        assertTrue(SourceText.endsWithSemicolon("s = \"\"\"\n  a;\"\n  \"\"\";"));
        assertFalse(SourceText.endsWithSemicolon("';'"));
    }

    @Test
    void warmUpLeavesNoVariablesBehind() {
        session.warmUp(2, () -> false);
        assertTrue(session.vars().stream().noneMatch(v -> v.name().startsWith("warm")), session.vars().toString());
        assertTrue(session.eval("warm$f(1)").getLast().error() != null);
    }

    @Test
    void systemExitDoesNotEndTheJvm() {
        EvalError err = session.eval("System.exit(3)").getLast().error();
        assertEquals("exit", err.kind());
        assertEquals(3, err.exitStatus().getAsInt());
        assertEquals("2", session.eval("1 + 1").getLast().echo());
    }

    @Test
    void interruptStopsATightLoop() throws Exception {
        Thread stopper = new Thread(() -> {
            try { Thread.sleep(300); } catch (InterruptedException e) { return; }
            session.interrupt();
        });
        stopper.start();
        EvalError err = session.eval("while (true) { }").getLast().error();
        stopper.join();
        assertEquals("interrupted", err.kind());
        assertEquals("3", session.eval("1 + 2").getLast().echo());
    }

    @Test
    void completenessCompletionAndVars() {
        assertEquals(Completeness.Status.INCOMPLETE, session.isComplete("for (int i = 0; i < 3; i++) {").status());
        assertEquals("    ", session.isComplete("for (int i = 0; i < 3; i++) {").indent());
        assertEquals(Completeness.Status.COMPLETE, session.isComplete("1 + 1").status());
        Evaluation decl = session.eval("var w = ones(2, 3).requiresGrad_();").getLast();
        assertTrue(decl.ok(), String.valueOf(decl.error()));
        Completions c = session.complete("w.requ", 6);
        assertEquals(2, c.anchor());
        assertTrue(c.candidates().contains("requiresGrad_("), c.candidates().toString());
        assertTrue(session.documentation("randn", 5).orElseThrow().contains("Torch.randn(long... shape)"));
        assertTrue(session.documentation("w.sum(", 6).orElseThrow().contains("sum("));
        VarInfo w = session.vars().stream().filter(v -> v.name().equals("w")).findFirst().orElseThrow();
        assertEquals("[2, 3]", w.shape());
        assertEquals("torch.float32", w.dtype());
        assertEquals(Boolean.TRUE, w.requiresGrad());
    }
}
