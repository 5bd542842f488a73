package torch4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import torch4j.nn.functional.F;

/**
 * How much of PyTorch 1.13's {@code torch.nn} torch4j has: the module classes and
 * {@code torch.nn.functional} functions listed in {@code golden/nncoverage/nncoverage.json}
 * (written by {@code gen_nncoverage.py} from real PyTorch, with its exclusions and why), found by
 * reflection: a class {@code torch4j.nn.<Name>} extending {@link Module}, and a public static
 * method of {@link F} named as the README's transliteration rules name it ({@code max_pool2d} →
 * {@code maxPool2d}, a trailing underscore kept). Prints the figures and what is missing; fails
 * when either falls below the floor, so a removal is caught.
 */
class NnCoverageTest {
    /**
     * The floors: what torch4j has today. Raise them when names are added (the nn-spatial layers
     * Conv3d, ConvTranspose1d/3d, the 1-D/3-D pools, MaxUnpool and LPPool still count as missing here).
     */
    static final int MODULES_AT_LEAST = 133, FUNCTIONS_AT_LEAST = 113;

    private static JsonObject golden() {
        try (InputStream in = NnCoverageTest.class.getResourceAsStream("/golden/nncoverage/nncoverage.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(String key) {
        return golden().getAsJsonArray(key).asList().stream().map(JsonElement::getAsString).toList();
    }

    /** The README's rule: snake_case to camelCase, a trailing underscore (in place) kept. */
    static String javaName(String python) {
        String tail = python.endsWith("_") ? "_" : "";
        String[] parts = python.substring(0, python.length() - tail.length()).split("_");
        StringBuilder s = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) s.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return s.append(tail).toString();
    }

    private static boolean hasModule(String name) {
        try {
            return Module.class.isAssignableFrom(Class.forName("torch4j.nn." + name));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static final Set<String> F_METHODS = Arrays.stream(F.class.getMethods())
            .filter(m -> Modifier.isStatic(m.getModifiers())).map(Method::getName).collect(Collectors.toSet());

    private static boolean hasFunction(String python) { return F_METHODS.contains(javaName(python)); }

    @Test
    void modulesAndFunctionsAtLeastTheFloor() {
        List<String> modules = names("modules"), functions = names("functions");
        Set<String> missingModules = modules.stream().filter(m -> !hasModule(m)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missingFunctions = functions.stream().filter(f -> !hasFunction(f)).collect(Collectors.toCollection(TreeSet::new));
        int haveModules = modules.size() - missingModules.size(), haveFunctions = functions.size() - missingFunctions.size();
        System.out.printf("torch.nn modules: %d of %d (%.1f %%); missing: %s%n", haveModules, modules.size(),
                100.0 * haveModules / modules.size(), missingModules);
        System.out.printf("torch.nn.functional: %d of %d (%.1f %%); missing: %s%n", haveFunctions, functions.size(),
                100.0 * haveFunctions / functions.size(), missingFunctions.stream().map(f -> f + " (" + javaName(f) + ")").toList());
        assertTrue(haveModules >= MODULES_AT_LEAST, "nn modules fell to " + haveModules + " (floor " + MODULES_AT_LEAST + "); missing " + missingModules);
        assertTrue(haveFunctions >= FUNCTIONS_AT_LEAST, "F functions fell to " + haveFunctions + " (floor " + FUNCTIONS_AT_LEAST + "); missing " + missingFunctions);
    }

    @Test
    void transliterationOfNames() {
        assertEquals("maxPool2dWithIndices", javaName("max_pool2d_with_indices"));
        assertEquals("relu_", javaName("relu_"));
        assertEquals("ctcLoss", javaName("ctc_loss"));
    }
}
