package torch4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The prelude with the helpers imported from {@link Builtins}, and a learner's own methods of their names. */
class PreludeTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Session session;

    @BeforeEach
    void start() {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        session = Session.start(SessionOptions.of(ps, ps, new ByteArrayInputStream(new byte[0]), DisplaySink.text(ps)));
    }

    @AfterEach
    void stop() {
        session.close();
    }

    private String printed(String code) {
        out.reset();
        List<Evaluation> evs = session.eval(code);
        assertTrue(evs.getLast().ok(), code + ": " + evs.getLast().error());
        return out.toString(StandardCharsets.UTF_8);
    }

    private String echo(String code) {
        Evaluation e = session.eval(code).getLast();
        assertTrue(e.ok(), code + ": " + e.error());
        return e.echo();
    }

    @Test
    void oneImportSnippetWithTheHelpers() {
        List<String> prelude = Prelude.snippets(getClass().getClassLoader());
        assertEquals(22, prelude.size());
        assertTrue(prelude.getLast().startsWith("import torch4j.session.Builtins; import static torch4j.session.Builtins.print;"), prelude.getLast());
        assertEquals("\n", printed("print()"));
        assertEquals("a [1, 2] 2.5\n", printed("print(\"a\", list(List.of(1, 2)), 2.5)"));
        assertEquals("\"3.14\"", echo("format(3.14159, \".2f\")"));
        assertEquals("\"12.25\"", echo("str(12.25)"));
        assertEquals("\"tensor([1, 2])\"", echo("str(tensor(new long[]{1, 2}))"));
        assertEquals("\"nothing\"\n", printed("display(\"nothing\")"));
    }

    @Test
    void variablesNameImportedTypesShort() {
        printed("var v = arange(2);");
        assertEquals("Tensor", session.vars().stream().filter(x -> x.name().equals("v")).findFirst().orElseThrow().type());
    }

    @Test
    void aLearnersImportKeepsThePreludes() {
        printed("import java.util.*;");
        assertEquals("3", echo("Function<Integer, Integer> f = x -> x + 1; f.apply(2)"));
        assertEquals("tensor([0, 1])", echo("arange(2)"));
    }

    @Test
    void aLearnersMethodWithAHelpersParametersReplacesItAndKeepsTheOtherOverloads() {
        printed("void print(Object first, Object... rest) { System.out.println(\"mine \" + first + \" \" + rest.length); }");
        assertEquals("mine a 1\n", printed("print(\"a\", 1)"));
        assertEquals("\n", printed("print()"));
        printed("String str(Object o) { return \"S\"; }");
        assertEquals("\"S\"", echo("str(1)"));
        assertEquals("\"2.50\"", echo("format(2.5, \".2f\")"));
    }

    @Test
    void aLearnersOverloadOfAHelperNameAddsToIt() {
        printed("String format(double x) { return \"d\" + x; }");
        assertEquals("\"d1.5\"", echo("format(1.5)"));
        assertEquals("\"3.14\"", echo("format(3.14159, \".2f\")"));
    }

    @Test
    void helpersAreCompletedAndDocumented() {
        assertTrue(session.complete("prin", 4).candidates().contains("print("), session.complete("prin", 4).candidates().toString());
        assertTrue(session.documentation("updateDisplay(", 14).orElse("").contains("updateDisplay(String displayId, Object value)"),
                session.documentation("updateDisplay(", 14).toString());
    }

    @Test
    void separateSnippetsAreTheSamePreludeOneByOne() {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) shell.addToClasspath(entry);
            List<String> snippets = Prelude.separateSnippets(getClass().getClassLoader());
            assertEquals(31, snippets.size());
            for (String s : snippets)
                for (SnippetEvent e : shell.eval(s)) assertTrue(e.status().isDefined(), s + " " + e.status());
            assertFalse(shell.eval("print(1, 2)").getFirst().status() == jdk.jshell.Snippet.Status.REJECTED);
        }
    }

    @Test
    void parameterTypesAreComparedErased() {
        assertEquals("List,String[]", Prelude.erased("java.util.List<java.util.Map<String, Integer>>, java.lang.String..."));
        assertTrue(Prelude.clashes("display", "java.lang.Object"));
        assertFalse(Prelude.clashes("display", "Tensor"));
        assertFalse(Prelude.clashes("show", "Object"));
    }
}
