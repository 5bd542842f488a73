package torch4j.e2e.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PyTorch programs transliterated line by line (test resources {@code torch4j/e2e/transliteration}):
 * the Java runs unchanged as a {@code ./torch4j} script and typed into the REPL, and prints what
 * PyTorch printed. (The kernel runs the same files in {@code torch4j.e2e.kernel.TransliterationCellTest}.)
 */
class TransliterationTest {
    @TempDir Path dir;

    static String resource(String name) throws IOException {
        try (InputStream in = TransliterationTest.class.getResourceAsStream("/torch4j/e2e/transliteration/" + name)) {
            if (in == null) throw new IOException("no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"module_prelude", "cnn_shapes_meta", "two_layer_custom_function", "python_idioms", "two_layer_nets", "lenet", "blitz_tensors_autograd", "tensor_tour", "polynomial_sequential", "nn_really_digits", "save_load_state_dict"})
    void asAScript(String name) throws Exception {
        Path script = Files.writeString(dir.resolve(name + ".jsh"), resource(name + ".jsh"));
        Process p = new ProcessBuilder(Tmux.launcher(dir).toString(), script.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals(resource(name + ".out"), out, err);
    }

    @ParameterizedTest
    @ValueSource(strings = {"module_prelude", "cnn_shapes_meta", "two_layer_custom_function", "python_idioms", "two_layer_nets", "lenet", "blitz_tensors_autograd", "tensor_tour", "polynomial_sequential", "nn_really_digits", "save_load_state_dict"})
    void typedIntoTheRepl(String name) throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        try (Tmux repl = Tmux.start(Tmux.launcher(dir).toString())) {
            repl.await(">>> ");
            for (String line : resource(name + ".jsh").lines().toList()) repl.line(line);
            String last = resource(name + ".out").strip().lines().reduce((a, b) -> b).orElseThrow();
            // every line is typed ahead: the last output comes after the whole program ran, line by line
            String screen = repl.await(last, 1, java.time.Duration.ofSeconds(240));
            // the screen less the banner, the typed lines (after a prompt) and blank lines is
            // exactly what PyTorch printed: no echo of a value, no error, nothing garbled
            List<String> shown = screen.lines().skip(1)
                    .filter(l -> !l.startsWith(">>> ") && !l.startsWith("... ") && !l.isBlank() && !l.equals(">>>")).toList();
            // the terminal shows a tab as spaces to the next multiple of 8 (print(k, "\t", v))
            List<String> expected = resource(name + ".out").lines().filter(l -> !l.isBlank()).map(TransliterationTest::expandTabs).toList();
            assertEquals(String.join("\n", expected), String.join("\n", shown), screen);
        }
    }

    static String expandTabs(String line) {
        StringBuilder sb = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '\t') do sb.append(' '); while (sb.length() % 8 != 0);
            else sb.append(c);
        }
        return sb.toString();
    }
}
