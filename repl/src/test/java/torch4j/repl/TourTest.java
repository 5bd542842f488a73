package torch4j.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TourTest {
    @Test
    void everyStepCompilesAndShowsPyTorchOutput() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int failures = Tour.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, failures, out);
        assertTrue(out.contains(">>> arange(6)\ntensor([0, 1, 2, 3, 4, 5])\n"), out);
        assertTrue(out.contains("torch.Size([3, 4])"), out);
        assertTrue(out.contains("tensor([[0.3367, 0.1288],\n        [0.2345, 0.2303]])"), out);
        assertTrue(out.contains("The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0"), out);
    }
}
