package torch4j.random;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Internal: the double-precision {@code log}, {@code sin} and {@code cos} used by the float64
 * Box-Muller paths (notes §4.2, §4.5).
 *
 * <p>PyTorch calls the C library's functions there, so its float64 normals carry that libm's
 * last-bit choices (notes §9: Java's {@code StrictMath} differs from glibc in 7.3% of
 * {@code log} results, {@code Math} in 0.08%). The faithful choice on the machine PyTorch runs
 * on is therefore to call the same libm: {@link #NATIVE} binds the platform's {@code log},
 * {@code sin}, {@code cos} through the Foreign Function API (glibc picks the same FMA variants
 * for the JVM process as for Python's). Where no C math library can be bound, or with
 * {@code -Dtorch4j.libm=java}, {@link #JAVA} uses {@link Math} (identical to 4 printed decimals,
 * and in the float32 results; different in the last bit for ~0.2% of float64 normals).
 */
public abstract sealed class Libm permits Libm.Native, Libm.Java {

    /** Natural logarithm. */
    public abstract double log(double x);

    /** Sine. */
    public abstract double sin(double x);

    /** Cosine. */
    public abstract double cos(double x);

    /** A short name for reports: {@code "native"} or {@code "java"}. */
    public abstract String name();

    /** {@link Math}-based functions, available everywhere. */
    public static final Libm JAVA = new Java();

    /** The C library's functions, or empty when they cannot be bound here. */
    public static Optional<Libm> nativeLibm() {
        return Optional.ofNullable(NativeHolder.INSTANCE);
    }

    /** The functions the kernels use: native unless {@code torch4j.libm=java} or unavailable. */
    public static Libm active() {
        Libm forced = override;
        return forced != null ? forced : ActiveHolder.ACTIVE;
    }

    /** Test hook: the functions {@link #active()} returns while not null (read once per fill). */
    static volatile Libm override;

    private static final class ActiveHolder {
        static final Libm ACTIVE = "java".equalsIgnoreCase(System.getProperty("torch4j.libm"))
                ? JAVA : nativeLibm().orElse(JAVA);
    }

    private static final class NativeHolder {
        static final Libm INSTANCE = Native.bind();
    }

    static final class Java extends Libm {
        @Override public double log(double x) { return Math.log(x); }
        @Override public double sin(double x) { return Math.sin(x); }
        @Override public double cos(double x) { return Math.cos(x); }
        @Override public String name() { return "java"; }
    }

    static final class Native extends Libm {
        private final MethodHandle log;
        private final MethodHandle sin;
        private final MethodHandle cos;

        private Native(MethodHandle log, MethodHandle sin, MethodHandle cos) {
            this.log = log;
            this.sin = sin;
            this.cos = cos;
        }

        // Restricted FFM calls: needs --enable-native-access (the project's JVMs pass it); without
        // it the JDK warns once, and where access is denied the catch below falls back to Math.
        @SuppressWarnings("restricted")
        static Native bind() {
            try {
                Linker linker = Linker.nativeLinker();
                SymbolLookup lookup = linker.defaultLookup();
                if (lookup.find("log").isEmpty() || lookup.find("sin").isEmpty()) {
                    lookup = SymbolLookup.libraryLookup("libm.so.6", java.lang.foreign.Arena.global());
                }
                FunctionDescriptor d2d = FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
                // critical: a pure leaf function, so skip the thread-state transition (a few ns a call)
                Linker.Option critical = Linker.Option.critical(false);
                MemorySegment l = lookup.find("log").orElseThrow();
                MemorySegment s = lookup.find("sin").orElseThrow();
                MemorySegment c = lookup.find("cos").orElseThrow();
                return new Native(linker.downcallHandle(l, d2d, critical),
                        linker.downcallHandle(s, d2d, critical),
                        linker.downcallHandle(c, d2d, critical));
            } catch (Throwable unavailable) {
                // No native access (denied, or no C math library): the Math fallback applies.
                return null;
            }
        }

        @Override public double log(double x) {
            try {
                return (double) log.invokeExact(x);
            } catch (Throwable t) {
                throw new IllegalStateException("libm log failed", t);
            }
        }

        @Override public double sin(double x) {
            try {
                return (double) sin.invokeExact(x);
            } catch (Throwable t) {
                throw new IllegalStateException("libm sin failed", t);
            }
        }

        @Override public double cos(double x) {
            try {
                return (double) cos.invokeExact(x);
            } catch (Throwable t) {
                throw new IllegalStateException("libm cos failed", t);
            }
        }

        @Override public String name() { return "native"; }
    }
}
