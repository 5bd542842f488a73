package torch4j.backend.cpu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fallback as a user meets it, in a fresh JVM (the choice is made once per JVM): when OpenBLAS
 * cannot be loaded, products still come out right on the Java kernels and one warning says why;
 * with {@code -Dtorch4j.blas=java} the Java kernels run without a warning.
 */
class GemmFallbackTest {

    private record Run(String out, String err) {}

    private static Run probe(String... jvmArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvmArgs));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), FallbackProbe.class.getName()));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes(), err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe JVM did not finish");
        Run r = new Run(new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        assertEquals(0, p.exitValue(), () -> "probe failed:\n" + r.out + r.err);
        return r;
    }

    private static int count(String s, String what) {
        return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    @Test
    void nativeAccessDeniedFallsBackToJavaAndSaysWhyOnce() throws Exception {
        Run r = probe("--illegal-native-access=deny");
        assertTrue(r.out.contains("c00=200.0 y=[10.0, 14.0, 14.0, 20.0] native=false"), r.out);
        assertTrue(r.out.contains("impl=pure Java"), r.out);
        assertEquals(1, count(r.err, "OpenBLAS unavailable, using the pure-Java gemm"), r.err);
        assertTrue(r.err.contains("IllegalCallerException"), r.err); // the reason, not just "failed"
    }

    @Test
    void propertySelectsJavaQuietly() throws Exception {
        Run r = probe("--enable-native-access=ALL-UNNAMED", "-Dtorch4j.blas=java");
        assertTrue(r.out.contains("c00=200.0 y=[10.0, 14.0, 14.0, 20.0] native=false"), r.out);
        assertTrue(r.out.contains("-Dtorch4j.blas=java"), r.out);
        assertEquals(0, count(r.err, "OpenBLAS unavailable"), r.err);
    }

    @Test
    void defaultRunsOpenBlas() throws Exception {
        Run r = probe("--enable-native-access=ALL-UNNAMED");
        assertTrue(r.out.contains("c00=200.0 y=[10.0, 14.0, 14.0, 20.0] native=true"), r.out);
        assertTrue(r.out.contains("impl=OpenBLAS"), r.out);
        assertEquals("", r.err.strip(), "no warnings with native access enabled");
    }
}
