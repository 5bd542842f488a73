package torch4j.e2e.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.e2e.kernel.Jupyter;
import torch4j.e2e.repl.Tmux;

/**
 * Every lesson, found by name: {@code tutorials/NN-topic.jsh} runs with {@code ./torch4j} and
 * {@code notebooks/NN-topic.ipynb} executes with {@code jupyter nbconvert --execute} (NN from 01).
 * Each exits cleanly (a script writes nothing to stderr; a notebook's only error outputs are in
 * cells tagged {@code raises-exception}),
 * each finishes (a hang fails after 5 x {@value #LIMIT_SECONDS} s; how long a lesson takes is a
 * benchmark, bench/cold.sh, not asserted here: a shared CI machine under load took 114 s for one),
 * and where the lesson mirrors a PyTorch program, the lines real PyTorch printed
 * ({@code torch4j/e2e/lessons/NN-topic.py.out} in the test resources) appear in its output in
 * order; the Java may print more between them. Each script runs twice: as {@code ./torch4j}
 * runs it, compiled as one unit ({@code TORCH4J_SCRIPT=unit}, which says on stderr when a script
 * falls back to JShell), and snippet by snippet in JShell ({@code TORCH4J_SCRIPT=jshell}); both
 * print the same, tracked runs' random ids aside. A lesson is added by adding its files only.
 */
class LessonsTest {
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path TUTORIALS = ROOT.resolve("tutorials");
    static final Path NOTEBOOKS = ROOT.resolve("notebooks");
    static final Path EXPECTED = Path.of("src/test/resources/torch4j/e2e/lessons").toAbsolutePath();
    static final Pattern LESSON = Pattern.compile("(0[1-9]|[1-9][0-9])-[a-z0-9-]+");
    static final int LIMIT_SECONDS = 60;

    /** The lesson names (NN-topic) that have a file with {@code extension} in {@code dir}, in order. */
    static List<String> lessons(Path dir, String extension) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(extension))
                    .map(n -> n.substring(0, n.length() - extension.length()))
                    .filter(n -> LESSON.matcher(n).matches()).sorted().toList();
        }
    }

    /** Each lesson exists twice (script with its markdown, and notebook), and the notebook is saved with its outputs. */
    @Test
    void everyLessonIsAScriptWithItsMarkdownAndANotebookWithOutputs() throws IOException {
        List<String> scripts = lessons(TUTORIALS, ".jsh");
        assertFalse(scripts.isEmpty(), "no lessons in " + TUTORIALS);
        assertEquals(scripts, lessons(NOTEBOOKS, ".ipynb"), "tutorials/NN-topic.jsh and notebooks/NN-topic.ipynb pair up");
        for (String lesson : scripts) {
            assertTrue(Files.isRegularFile(TUTORIALS.resolve(lesson + ".md")), "tutorials/" + lesson + ".md");
            JsonObject nb = JsonParser.parseString(Files.readString(NOTEBOOKS.resolve(lesson + ".ipynb"))).getAsJsonObject();
            assertEquals("torch4j", nb.getAsJsonObject("metadata").getAsJsonObject("kernelspec").get("name").getAsString(), lesson);
            for (JsonObject cell : codeCells(nb)) {
                assertFalse(!cell.has("execution_count") || cell.get("execution_count").isJsonNull(),
                        lesson + ": a code cell saved without being executed\n" + cell);
            }
            // the saved outputs are today's: they hold PyTorch's lines too
            expected(lesson).ifPresent(lines -> assertSubsequence(lines, outputText(nb), "saved " + lesson + ".ipynb"));
        }
    }

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        return lessons(TUTORIALS, ".jsh").stream().map(lesson -> DynamicTest.dynamicTest("tutorials/" + lesson + ".jsh", () -> {
            Path dir = Files.createTempDirectory("lesson");
            Path script = TUTORIALS.resolve(lesson + ".jsh");
            long start = System.nanoTime();
            // TORCH4J_SCRIPT=unit: the script says on stderr when it cannot run as one compiled unit
            ProcessBuilder unit = new ProcessBuilder(Tmux.launcher(dir).toString(), script.toString()).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectError(dir.resolve("stderr").toFile());
            unit.environment().put("TORCH4J_SCRIPT", "unit");
            Process p = unit.start();
            String out = finish(p, script);
            double seconds = (System.nanoTime() - start) / 1e9;
            String err = Files.readString(dir.resolve("stderr"));
            System.out.printf("%s: %.1f s%n", script.getFileName(), seconds);
            assertEquals(0, p.exitValue(), script + "\n" + out + err);
            assertEquals("", err, script + ": nothing on stderr (no warnings, and it ran as one unit)");
            expected(lesson).ifPresent(lines -> assertSubsequence(lines, out, script.toString()));
            // the same lesson snippet by snippet in JShell, as scripts ran before: the same output
            Path again = Files.createTempDirectory("lesson");
            ProcessBuilder jshell = new ProcessBuilder(Tmux.launcher(again).toString(), script.toString()).directory(again.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectError(again.resolve("stderr").toFile());
            jshell.environment().put("TORCH4J_SCRIPT", "jshell");
            Process q = jshell.start();
            String jshellOut = finish(q, script);
            assertEquals(0, q.exitValue(), script + " in JShell\n" + jshellOut + Files.readString(again.resolve("stderr")));
            assertEquals(withoutRunIds(jshellOut), withoutRunIds(out), script + ": one unit and JShell print the same");
        }));
    }

    /** What {@code p} printed on stdout, once it ended (failing after 5 x {@value #LIMIT_SECONDS} s). */
    private static String finish(Process p, Path script) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5L * LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(script + " did not finish in " + 5 * LIMIT_SECONDS + " s\n" + out);
        }
        return out;
    }

    /**
     * {@code text} with tracked runs' random ids made one word: they differ on every run. They open
     * the rows of a runs table ({@code f8ik2g4o  baseline  finished}) and follow {@code sweep-}.
     */
    static String withoutRunIds(String text) {
        return text.replaceAll("(?m)^[a-z0-9]{8}(?=  )", "<id>").replaceAll("sweep-[a-z0-9]{8}\\b", "sweep-<id>");
    }

    @TestFactory
    Stream<DynamicTest> notebooks() throws IOException {
        return lessons(NOTEBOOKS, ".ipynb").stream().map(lesson -> DynamicTest.dynamicTest("notebooks/" + lesson + ".ipynb", () -> {
            Path dir = Files.createTempDirectory("lesson");
            Jupyter jupyter = Jupyter.withKernel(dir);
            Path out = dir.resolve("out");
            long start = System.nanoTime();
            Jupyter.Result r = jupyter.run(List.of(Jupyter.JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                    "--ExecutePreprocessor.timeout=" + 3 * LIMIT_SECONDS, "--output-dir", out.toString(), "--output", lesson + ".ipynb",
                    NOTEBOOKS.resolve(lesson + ".ipynb").toString()), null, 5L * LIMIT_SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s.ipynb: %.1f s%n", lesson, seconds);
            assertEquals(0, r.exitCode(), r.output());
            JsonObject nb = JsonParser.parseString(Files.readString(out.resolve(lesson + ".ipynb"))).getAsJsonObject();
            for (JsonObject cell : codeCells(nb)) {
                boolean mayRaise = cell.has("metadata") && cell.getAsJsonObject("metadata").has("tags")
                        && cell.getAsJsonObject("metadata").getAsJsonArray("tags").toString().contains("\"raises-exception\"");
                for (JsonElement o : cell.getAsJsonArray("outputs")) {
                    String type = o.getAsJsonObject().get("output_type").getAsString();
                    assertTrue(mayRaise || !type.equals("error"), lesson + ": error output in\n" + cell);
                }
            }
            expected(lesson).ifPresent(lines -> assertSubsequence(lines, outputText(nb), "executed " + lesson + ".ipynb"));
        }));
    }

    /** The lines of {@code NN-topic.py.out}, what real PyTorch printed, if the lesson mirrors a PyTorch program. */
    static java.util.Optional<List<String>> expected(String lesson) throws IOException {
        Path file = EXPECTED.resolve(lesson + ".py.out");
        if (!Files.isRegularFile(file)) return java.util.Optional.empty();
        assertTrue(Files.isRegularFile(EXPECTED.resolve(lesson + ".py")), "the PyTorch program beside " + file);
        return java.util.Optional.of(Files.readAllLines(file).stream().map(String::stripTrailing).filter(l -> !l.isBlank()).toList());
    }

    /** Every expected line appears as a whole line of {@code text}, in order (blank lines and trailing spaces aside). */
    static void assertSubsequence(List<String> expected, String text, String what) {
        List<String> actual = text.lines().map(String::stripTrailing).toList();
        int at = 0;
        for (int i = 0; i < expected.size(); i++) {
            String line = expected.get(i);
            while (at < actual.size() && !actual.get(at).equals(line)) at++;
            if (at == actual.size()) {
                fail(what + ": PyTorch's line " + (i + 1) + " not found (in order): [" + line + "]\n--- output:\n" + text);
            }
            at++;
        }
    }

    static List<JsonObject> codeCells(JsonObject nb) {
        List<JsonObject> cells = new ArrayList<>();
        for (JsonElement c : nb.getAsJsonArray("cells")) {
            if (c.getAsJsonObject().get("cell_type").getAsString().equals("code")) cells.add(c.getAsJsonObject());
        }
        return cells;
    }

    /** The text a reader sees: streams and the text/plain of results and displays, cell after cell. */
    static String outputText(JsonObject nb) {
        StringBuilder text = new StringBuilder();
        for (JsonObject cell : codeCells(nb)) {
            for (JsonElement e : cell.getAsJsonArray("outputs")) {
                JsonObject o = e.getAsJsonObject();
                JsonElement value = o.has("text") ? o.get("text")
                        : o.has("data") && o.getAsJsonObject("data").has("text/plain") ? o.getAsJsonObject("data").get("text/plain") : null;
                if (value == null) continue;
                if (value.isJsonArray()) value.getAsJsonArray().forEach(s -> text.append(s.getAsString()));
                else text.append(value.getAsString());
                text.append('\n');
            }
        }
        return text.toString();
    }
}
