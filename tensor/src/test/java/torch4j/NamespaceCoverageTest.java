package torch4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The ops PyTorch 1.13 offers in both spellings ({@code golden/namespace/namespace.json}, from
 * {@code set(dir(torch)) & set(dir(torch.Tensor))}): prints how many torch4j has, and fails when an
 * op has one spelling and not the other, when a method overload lacks its function twin, or when
 * a hand-written {@code Torch} static repeats a generated one (a second hand-kept list).
 */
class NamespaceCoverageTest {
    /** The one name whose function and method take their arguments in different orders, as in PyTorch. */
    private static final Set<String> DIFFERENT_SHAPES = Set.of("where");

    static String javaName(String python) {
        String tail = python.endsWith("_") ? "_" : "";
        String[] parts = python.substring(0, python.length() - tail.length()).split("_");
        StringBuilder s = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) s.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return s.append(tail).toString();
    }

    private static List<String> names() {
        JsonObject json = GoldenJson.load("/golden/namespace/namespace.json");
        List<String> names = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("both_spellings")) names.add(e.getAsString());
        return names;
    }

    private static List<Method> methods(String name) {
        return Arrays.stream(Tensor.class.getMethods())
                .filter(m -> m.getName().equals(name) && !Modifier.isStatic(m.getModifiers())).toList();
    }

    private static List<Method> functions(String name) {
        return Arrays.stream(Torch.class.getMethods())
                .filter(m -> m.getName().equals(name) && Modifier.isStatic(m.getModifiers())).toList();
    }

    private static String signature(Method m) {
        return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }

    @Test
    void bothSpellingsOrNeither() {
        List<String> names = names();
        Set<String> both = new TreeSet<>(), missing = new TreeSet<>(), lopsided = new TreeSet<>(), overloads = new TreeSet<>();
        for (String python : names) {
            String java = javaName(python);
            List<Method> methods = methods(java), functions = functions(java);
            if (methods.isEmpty() && functions.isEmpty()) { missing.add(python); continue; }
            if (methods.isEmpty() || functions.isEmpty()) { lopsided.add(python + (methods.isEmpty() ? " (no method)" : " (no function)")); continue; }
            both.add(python);
            if (DIFFERENT_SHAPES.contains(python)) continue;
            for (Method m : methods) {
                Class<?>[] want = new Class<?>[m.getParameterCount() + 1];
                want[0] = Tensor.class;
                System.arraycopy(m.getParameterTypes(), 0, want, 1, m.getParameterCount());
                if (functions.stream().noneMatch(f -> Arrays.equals(f.getParameterTypes(), want))) overloads.add(signature(m));
            }
        }
        System.out.printf("torch namespace: %d of %d names in both spellings (%.1f %%); missing: %s%n",
                both.size(), names.size(), 100.0 * both.size() / names.size(), missing);
        assertTrue(both.size() >= 0.9 * names.size(), "issue 13's goal: at least 90 % of the list in both spellings");
        assertTrue(lopsided.isEmpty(), "ops with one spelling only (annotate the method @TorchFunction): " + lopsided);
        assertTrue(overloads.isEmpty(), "method overloads without a torch.X twin (annotate them @TorchFunction): " + overloads);
    }

    @Test
    void noHandWrittenTwinOfAGeneratedFunction() throws Exception {
        Set<String> generated = Arrays.stream(Class.forName("torch4j.TensorFunctions").getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(NamespaceCoverageTest::signature).collect(Collectors.toSet());
        List<String> twins = new ArrayList<>();
        for (Class<?> c = Torch.class; c != Object.class; c = c.getSuperclass()) {
            if (c.getSimpleName().equals("TensorFunctions")) continue;
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && generated.contains(signature(m))) {
                    twins.add(c.getSimpleName() + "." + signature(m));
                }
            }
        }
        assertTrue(twins.isEmpty(), "hand-written statics that repeat a generated function form (delete them; annotate the method): " + twins);
    }
}
