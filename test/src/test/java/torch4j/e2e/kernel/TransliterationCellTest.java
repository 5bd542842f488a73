package torch4j.e2e.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A transliterated PyTorch program (test resources {@code torch4j/e2e/transliteration}) as one
 * notebook cell, run by a real jupyter_client: the cell prints what PyTorch printed.
 */
class TransliterationCellTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = TransliterationCellTest.class.getResourceAsStream("/torch4j/e2e/transliteration/" + name)) {
            if (in == null) throw new IOException("no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"module_prelude", "cnn_shapes_meta", "two_layer_custom_function", "python_idioms", "two_layer_nets", "lenet", "blitz_tensors_autograd", "tensor_tour", "polynomial_sequential", "nn_really_digits", "save_load_state_dict"})
    void asOneCell(String name, @TempDir Path dir) throws Exception {
        Jupyter jupyter = Jupyter.withKernel(dir);
        jupyter.resource("run_cell.py");
        Path cell = Files.writeString(dir.resolve(name + ".jsh"), resource(name + ".jsh"));
        Jupyter.Result r = jupyter.run(List.of(Jupyter.PYTHON.toString(), "run_cell.py", cell.toString()), null, 240);
        assertEquals(0, r.exitCode(), r.output());
        assertEquals(resource(name + ".out"), r.output());
    }
}
