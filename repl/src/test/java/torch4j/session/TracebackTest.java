package torch4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors as IPython shows them: the learner's cell, line and code; no JShell machinery; repeats collapsed. */
class TracebackTest {
    static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    static Session session;

    @BeforeAll
    static void start() {
        PrintStream out = new PrintStream(OUT, true, StandardCharsets.UTF_8);
        session = Session.start(SessionOptions.of(out, out, new ByteArrayInputStream(new byte[0]), DisplaySink.text(out)));
    }

    @AfterAll
    static void stop() { session.close(); }

    private static EvalError error(String code, String cell) {
        List<Evaluation> evs = session.eval(code, cell);
        EvalError e = evs.getLast().error();
        assertTrue(e != null, "no error from " + code);
        return e;
    }

    @Test
    void framesNameTheCellTheLineAndItsCode() {
        assertTrue(session.eval("int half(int a) {\n    return 10 / a;\n}", "Cell In[1]").getLast().ok());
        EvalError e = error("var y = 1;\n\nhalf(y - 1)", "Cell In[2]");
        assertEquals("""
                java.lang.ArithmeticException: / by zero
                Cell In[1], line 2, in half
                ----> 2     return 10 / a;

                Cell In[2], line 3
                ----> 3 half(y - 1)""", e.render());
        assertEquals(3, e.line());
    }

    @Test
    void aVarDeclarationsFrameIsTheCellsNotDoItAux() {
        session.eval("int boom(int a) { throw new IllegalStateException(\"no \" + a); }", "Cell In[3]");
        EvalError e = error("// a comment first\nvar z = boom(4);", "Cell In[4]");
        assertEquals("""
                java.lang.IllegalStateException: no 4
                Cell In[3], line 1, in boom
                ----> 1 int boom(int a) { throw new IllegalStateException("no " + a); }

                Cell In[4], line 2
                ----> 2 var z = boom(4);""", e.render());
    }

    @Test
    void replEntriesAreNumberedInputs() {
        String rendered = session.eval("Object o = null; o.hashCode()").getLast().error().render();
        assertTrue(rendered.matches("(?s)java.lang.NullPointerException: .*\nInput In \\[\\d+], line 1\n----> 1 Object o = null; o.hashCode\\(\\)"), rendered);
    }

    @Test
    void synthetic_names_never_show() {
        session.eval("class Net {}", "Cell In[5]");
        EvalError e = error("Object n = new Net();\nString s = (String) n;", "Cell In[6]");
        assertEquals("class Net cannot be cast to class java.lang.String", e.message());
        e = error("Runnable r = () -> { throw new IllegalStateException(\"in lambda\"); };\nr.run();", "Cell In[7]");
        assertEquals("""
                java.lang.IllegalStateException: in lambda
                Cell In[7], line 1, in <lambda>
                ----> 1 Runnable r = () -> { throw new IllegalStateException("in lambda"); };

                Cell In[7], line 2
                ----> 2 r.run();""", e.render());
        for (String bad : List.of("$JShell$", "do_it$", "LocalExecutionControl", "#"))
            assertFalse(e.render().contains(bad), e.render());
        // a class declared again: the two Nets say where each came from
        session.eval("class Net { int v; }", "Cell In[8]");
        e = error("Net old = (Net) n;", "Cell In[9]");
        assertEquals("class Net (Cell In[5]) cannot be cast to class Net (Cell In[8])", e.message());
    }

    @Test
    void methodsOfAClassPointAtTheirCell() {
        session.eval("class Layer {\n    int forward(int x) {\n        return 1 / x;\n    }\n}", "Cell In[10]");
        EvalError e = error("new Layer().forward(0)", "Cell In[11]");
        assertTrue(e.render().contains("Cell In[10], line 3, in Layer.forward\n----> 3         return 1 / x;\n"), e.render());
    }

    @Test
    void aCompileErrorNamesTheCellsLine() {
        EvalError e = error("var a = 1;\nint k = \"x\";", "Cell In[12]");
        assertEquals("""
                error: incompatible types: java.lang.String cannot be converted to int
                Cell In[12], line 2
                int k = "x";
                        ^-^""", e.render());
        assertEquals(2, e.line());
        // one line: the caret says where, no location line
        assertEquals(List.of("int k = \"x\";", "        ^-^"), error("int k = \"x\";", "Cell In[13]").traceback());
    }

    /** Python: a frame repeated more than 3 times shows 3 times, then "[Previous line repeated N more times]". */
    @Test
    void repeatedFramesCollapseAsPythonDoes() {
        session.eval("int r(int n) {\n    if (n == 4) throw new IllegalStateException(\"\" + n);\n    return r(n + 1);\n}", "Cell In[14]");
        String block = "Cell In[14], line 3, in r\n----> 3     return r(n + 1);\n";
        assertEquals("java.lang.IllegalStateException: 4\n"
                + "Cell In[14], line 2, in r\n----> 2     if (n == 4) throw new IllegalStateException(\"\" + n);\n\n"
                + block + "\n" + block + "\n" + block
                + "  [Previous line repeated 1 more time]\n\n"
                + "Cell In[15], line 1\n----> 1 r(0)", error("r(0)", "Cell In[15]").render());
    }

    @Test
    void aStackOverflowShowsThreeFramesAndTheCount() {
        session.eval("int down(int n) { return down(n + 1) + 1; }", "Cell In[16]");
        EvalError e = error("down(0)", "Cell In[17]");
        assertEquals("java.lang.StackOverflowError", e.name());
        List<String> t = e.traceback();
        assertEquals(9, t.size(), e.render());   // three frames of two lines, two blank lines between, the count
        Matcher m = Pattern.compile("  \\[Previous line repeated (\\d+) more times]").matcher(t.getLast());
        assertTrue(m.matches(), t.getLast());
        assertTrue(Integer.parseInt(m.group(1)) > 500, t.getLast());
    }

    @Test
    void aCycleOfFramesCollapsesInWholeCycles() {
        session.eval("int ping(int n) { return pong(n + 1); }\nint pong(int n) { return ping(n + 1); }", "Cell In[18]");
        EvalError e = error("ping(0)", "Cell In[19]");
        String r = e.render();
        assertTrue(r.matches("(?s).*\n  \\[Previous 2 lines repeated \\d+ more times].*"), r);
        assertTrue(e.traceback().size() < 30, r);
    }

    /** torch4j's anomaly mode prints the forward call of the failing node: at the learner's cell, as errors. */
    @Test
    void anomalyModesForwardTraceNamesTheCell() {
        session.eval("var ax = tensor(new double[] {0.0}).requiresGrad_();", "Cell In[20]");
        OUT.reset();
        EvalError e = error("try (var anomaly = detectAnomaly()) {\n    var r = ax.sqrt();\n    r.mul(0).sum().backward();\n}", "Cell In[21]");
        String printed = OUT.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("UserWarning: Error detected in SqrtBackward0. Traceback of forward call that caused the error:\n"
                + "Cell In[21], line 2\n----> 2     var r = ax.sqrt();\n"), printed);
        assertFalse(printed.contains("$JShell$") || printed.contains("do_it$") || printed.contains("jdk.jshell"), printed);
        assertTrue(e.render().startsWith("java.lang.IllegalStateException: Function 'SqrtBackward0' returned nan values in its 0th output.\n"
                + "Cell In[21], line 3\n"), e.render());
        // in a method declared in an earlier cell
        session.eval("Tensor forwardOf(Tensor t) {\n    return t.sqrt();\n}", "Cell In[22]");
        OUT.reset();
        error("try (var anomaly = detectAnomaly()) { forwardOf(ax).mul(0).sum().backward(); }", "Cell In[23]");
        printed = OUT.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Traceback of forward call that caused the error:\nCell In[22], line 2, in forwardOf\n"
                + "----> 2     return t.sqrt();\n\nCell In[23], line 1\n"), printed);
    }

    @Test
    void renderingRules() {
        assertEquals("----> 4", Traceback.arrow(4));
        assertEquals("---> 12", Traceback.arrow(12));
        assertEquals("  [Previous line repeated 1 more time]", Traceback.repeated(1, 1));
        assertEquals("  [Previous 3 lines repeated 7 more times]", Traceback.repeated(3, 7));
        Traceback.Frame a = new Traceback.Frame("Cell In[1]", 2, "f", "f(n)"), b = new Traceback.Frame("Cell In[1]", 5, "g", "g(n)");
        // exactly three repeats: nothing to collapse, as Python
        assertEquals(8, Traceback.render(List.of(a, a, a)).size());
        assertEquals(9, Traceback.render(List.of(a, a, a, a)).size());
        // a b a b a b a b: the pair shows three times, then one more
        List<String> cycle = Traceback.render(List.of(a, b, a, b, a, b, a, b, a));
        assertEquals("  [Previous 2 lines repeated 1 more time]", cycle.get(cycle.size() - 4), String.join("\n", cycle));
        assertEquals("Cell In[1], line 2, in f", cycle.get(cycle.size() - 2));
    }
}
