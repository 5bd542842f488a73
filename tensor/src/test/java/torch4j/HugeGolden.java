package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Replays the cases of {@code golden/huge/huge.json} (written by {@code gen_huge.py} from
 * PyTorch 1.13): each case is PyTorch's repr of a result or its error class and message.
 */
final class HugeGolden {
    private HugeGolden() {}

    static final long G16 = 1L << 16, G31 = 1L << 31, G40 = 1L << 40;

    private static final JsonObject CASES = GoldenJson.load("/golden/huge/huge.json").getAsJsonObject("cases");

    /** PyTorch's allocator error, as huge.json records it for the sizes this machine refuses. */
    static String cannotAllocate(long bytes) {
        return "[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate "
                + bytes + " bytes. Error code 12 (Cannot allocate memory)";
    }

    /** A (values.length, n) view of a few stored values: row i repeats values[i] n times (strides (1, 0)). */
    static Tensor col(long n, double... values) { return Torch.tensor(values).view(-1, 1).expand(values.length, n); }

    static Tensor col(long n, long... values) { return Torch.tensor(values).view(-1, 1).expand(values.length, n); }

    static Tensor col(long n, boolean... values) { return Torch.tensor(values).view(-1, 1).expand(values.length, n); }

    /** One dynamic test per case; every case must be in huge.json. */
    static Stream<DynamicTest> replay(Map<String, Supplier<Object>> cases) {
        return cases.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
    }

    private static void check(String name, Supplier<Object> run) {
        JsonObject expect = CASES.getAsJsonObject(name);
        if (expect == null) fail("no case " + name + " in huge.json: rerun gen_huge.py");
        if (expect.has("error")) {
            String message = expect.get("message").getAsString();
            assertFailsWith(expect.get("error").getAsString(), message, () -> run.get());
        } else {
            assertEquals(expect.get("repr").getAsString(), pythonRepr(run.get()), name);
        }
    }

    /** The call throws one of the Java exceptions that stand for {@code pythonError}, with PyTorch's message. */
    static void assertFailsWith(String pythonError, String message, Executable call) {
        Set<Class<? extends RuntimeException>> types = GoldenOpsTest.ERRORS.get(pythonError);
        RuntimeException e = assertThrows(RuntimeException.class, call);
        assertTrue(types.contains(e.getClass()), () -> "expected a " + pythonError + " (" + types + "), got " + e);
        assertEquals(message, e.getMessage());
    }

    /** {@code repr()} of a result as Python prints it: tensors and sizes print themselves; strides are tuples. */
    static String pythonRepr(Object result) {
        return switch (result) {
            case long[] a when a.length == 1 -> "(" + a[0] + ",)";
            case long[] a -> "(" + String.join(", ", java.util.Arrays.stream(a).mapToObj(Long::toString).toList()) + ")";
            case Double d when d == Math.rint(d) && Math.abs(d) < 1e16 -> (long) (double) d + ".0";
            default -> String.valueOf(result);
        };
    }
}
