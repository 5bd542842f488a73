package torch4j.random;

/**
 * Internal: whether the Vector API kernels run. They need the {@code jdk.incubator.vector}
 * module ({@code --add-modules jdk.incubator.vector}) and native 256-bit vectors; otherwise the
 * lane-by-lane code runs, with the same results. {@code -Dtorch4j.vector=false} turns them off.
 */
final class VectorSupport {
    static final boolean ENABLED = detect();

    private VectorSupport() {}

    private static boolean detect() {
        if ("false".equalsIgnoreCase(System.getProperty("torch4j.vector"))) return false;
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return false;
        try {
            return NormalVector256.isFast(); // first touch of the Vector API classes
        } catch (LinkageError unavailable) {
            return false;
        }
    }
}
