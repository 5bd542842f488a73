package torch4j.e2e.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jupyter nbconvert --to notebook --execute} of the tour notebook on the torch4j kernel:
 * every code cell runs, and the saved notebook holds a stream, tensor results (text and HTML), the
 * autograd graph and the last frame of the backward step-through as SVG, PNG plots (one redrawn
 * in place by a training loop) and the error of the cell tagged raises-exception (at its cell and
 * line, as IPython shows it), followed by a cell that ran after it.
 */
class NotebookExecutionTest {
    static final Path NOTEBOOKS = Path.of("").toAbsolutePath().getParent().resolve("notebooks");

    @Test
    void tourNotebookExecutes(@TempDir Path dir) throws Exception {
        Jupyter jupyter = Jupyter.withKernel(dir);
        Path out = dir.resolve("out");
        Jupyter.Result r = jupyter.run(List.of(Jupyter.JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=180", "--output-dir", out.toString(), "--output", "tour-executed.ipynb",
                NOTEBOOKS.resolve("00-tour.ipynb").toString()), null, 300);
        System.out.println(r.output());
        assertEquals(0, r.exitCode(), r.output());
        JsonObject nb = JsonParser.parseString(Files.readString(out.resolve("tour-executed.ipynb"))).getAsJsonObject();
        List<JsonObject> outputs = new ArrayList<>();
        List<JsonObject> codeCells = new ArrayList<>();
        for (JsonElement c : nb.getAsJsonArray("cells")) {
            JsonObject cell = c.getAsJsonObject();
            if (!cell.get("cell_type").getAsString().equals("code")) continue;
            codeCells.add(cell);
            for (JsonElement o : cell.getAsJsonArray("outputs")) outputs.add(o.getAsJsonObject());
        }
        assertTrue(has(outputs, "stream", "text", "Hello from torch4j"), "stdout stream");
        assertTrue(has(outputs, "execute_result", "text/plain", "tensor([[ 0.3367,  0.1288,  0.2345],"), "seeded tensor as PyTorch prints it");
        assertTrue(has(outputs, "execute_result", "text/plain", "tensor([2., 4., 6.])"), "w.grad()");
        assertTrue(outputs.stream().anyMatch(o -> o.has("data") && o.getAsJsonObject("data").has("text/html")
                && o.getAsJsonObject("data").get("text/plain").toString().contains("0.3367")), "a variable's tensor as an HTML card too");
        assertTrue(has(outputs, "display_data", "image/svg+xml", "MeanBackward0"), "autograd graph as SVG");
        assertTrue(has(outputs, "display_data", "image/svg+xml", "grad: [4.0000, 6.6667, 9.3333]"), "backward step-through, last frame");
        assertTrue(has(outputs, "display_data", "image/png", "iVBORw0KGgo"), "plot as PNG");
        JsonObject error = outputs.stream().filter(o -> o.get("output_type").getAsString().equals("error")).findFirst().orElseThrow();
        assertTrue(error.get("evalue").getAsString().contains("cannot be multiplied"), error.toString());
        // the traceback names the cell as IPython does (Cell In[7], line 1) and quotes its line; no JShell machinery
        String traceback = error.getAsJsonArray("traceback").toString();
        assertTrue(traceback.contains("\"Cell In[7], line 1\",\"----\\u003e 1 ones(2, 3).matmul(ones(2, 3))\"")
                || traceback.contains("\"Cell In[7], line 1\",\"----> 1 ones(2, 3).matmul(ones(2, 3))\""), traceback);
        assertTrue(!traceback.contains("#") && !traceback.contains("do_it$") && !traceback.contains("$JShell$"), traceback);
        JsonArray lastOutputs = codeCells.getLast().getAsJsonArray("outputs");
        assertTrue(lastOutputs.toString().contains("the kernel carries on: 2.0"), lastOutputs.toString());
    }

    private static boolean has(List<JsonObject> outputs, String type, String field, String text) {
        for (JsonObject o : outputs) {
            if (!o.get("output_type").getAsString().equals(type)) continue;
            JsonElement value = o.has("data") && o.getAsJsonObject("data").has(field) ? o.getAsJsonObject("data").get(field) : o.get(field);
            if (value != null && value.toString().contains(text.replace("\"", "\\\""))) return true;
        }
        return false;
    }
}
