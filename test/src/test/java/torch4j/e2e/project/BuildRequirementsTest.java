package torch4j.e2e.project;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code ./mvnw} on a JDK other than 25 stops at once and says what to do, not javac's "invalid flag". */
class BuildRequirementsTest {
    /** Debian's default JDK on these machines; the test is skipped where it is absent. */
    private static final Path JDK_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");

    @Test
    void mavenOnJdk17SaysTorch4jNeedsJdk25() throws Exception {
        assumeTrue(Files.isExecutable(JDK_17.resolve("bin/java")), "no JDK 17 at " + JDK_17 + " to try the build with");
        // -N: the parent alone, where the rule is declared; -o: the plugin is in ~/.m2 since this build used it
        ProcessBuilder pb = new ProcessBuilder("./mvnw", "-B", "-q", "-o", "-N", "validate")
                .directory(new File(".."))
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("JAVA_HOME", JDK_17.toString());
        pb.environment().remove("MAVEN_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        assertNotEquals(0, p.exitValue(), out);
        assertTrue(out.contains("torch4j needs JDK 25"), out);
    }
}
