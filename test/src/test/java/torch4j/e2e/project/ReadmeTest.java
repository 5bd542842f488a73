package torch4j.e2e.project;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README.md tells a newcomer the truth: the two commands, what the tests need, links that resolve in the repository. */
class ReadmeTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static String readme() throws Exception {
        return Files.readString(ROOT.resolve("README.md"));
    }

    @Test
    void givesTheTwoCommands() throws Exception {
        String text = readme();
        assertTrue(text.contains("\n./torch4j "), "README must show ./torch4j");
        assertTrue(text.contains("\n./mvnw test "), "README must show ./mvnw test");
        assertTrue(Files.readString(ROOT.resolve(".ci/run")).contains("./mvnw -B test"), ".ci/run must run README's test command");
    }

    @Test
    void linksStayInsideTheRepository() throws Exception {
        Matcher m = Pattern.compile("\\]\\(([^)\\s]+)\\)").matcher(readme());
        List<String> bad = new ArrayList<>();
        while (m.find()) {
            String target = m.group(1).replaceFirst("#.*$", "");
            if (target.isEmpty() || target.matches("[a-z]+:.*")) continue;   // an anchor, or a URL
            Path p = ROOT.resolve(target).normalize();
            if (!p.startsWith(ROOT) || !Files.exists(p)) bad.add(target);
        }
        // a path in backquotes that climbs out of the checkout is a link a newcomer cannot follow either
        Matcher code = Pattern.compile("`(\\.\\./[^`]*)`").matcher(readme());
        while (code.find()) bad.add(code.group(1));
        assertTrue(bad.isEmpty(), "README points outside the repository or at nothing: " + bad);
    }

    @Test
    void namesEveryPackageTheEndToEndTestsNeed() throws Exception {
        Matcher m = Pattern.compile("e2e_packages=\\(([^)]*)\\)").matcher(Files.readString(ROOT.resolve(".ci/run")));
        assertTrue(m.find(), ".ci/run lists e2e_packages");
        String text = readme();
        for (String pkg : m.group(1).trim().split("\\s+")) {
            if (pkg.equals("stress-ng")) continue;                 // CI's busy pass, not a test's need
            assertTrue(text.contains(" " + pkg), "README does not name the package " + pkg);
        }
    }
}
