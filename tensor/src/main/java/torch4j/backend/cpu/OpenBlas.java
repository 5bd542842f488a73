package torch4j.backend.cpu;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * Downcall handles into the OpenBLAS that {@code org.bytedeco:openblas} bundles, bound with the
 * FFM API (java.lang.foreign) rather than through JavaCPP's JNI wrappers.
 *
 * <p>Why FFM: JavaCPP's {@code float[]} overloads go through {@code Get<Type>ArrayElements},
 * which on HotSpot copies every array in and back out on each call (measured 1.3–2.4x slower
 * than a zero-copy call at 256–2048; copying into native memory by hand costs 3–25%). A downcall
 * with {@link Linker.Option#critical(boolean) critical(true)} instead hands OpenBLAS a pointer
 * straight into the Java heap ({@link MemorySegment#ofArray(float[])}), measured within 2–4% of
 * calling it on data already in native memory. Figures in BENCHMARKS.md.
 *
 * <p>The price of a critical call is that the calling thread does not leave the "in Java" state,
 * so a JVM-wide safepoint (a GC, a deoptimisation) waits until the call returns;
 * {@link NativeBlas} therefore keeps each call short by cutting large operations into blocks.
 *
 * <p>JavaCPP is still used for what it is good at: extracting the library and its dependencies
 * (libgfortran, libquadmath) from the jar and loading them. The {@code openblas_nolapack} preset is
 * loaded rather than {@code openblas} because its JNI glue is 0.3 MB instead of 24 MB; the OpenBLAS
 * library itself is the same build.
 *
 * <p>Loading happens once, on first use, in {@link #load()}; if anything fails (no native library
 * for this platform, native access denied), it reports why and {@link Gemm} uses its pure-Java
 * kernels.
 */
final class OpenBlas {
    private OpenBlas() {}

    /** CBLAS enum values (cblas.h). */
    static final int ROW_MAJOR = 101, NO_TRANS = 111, TRANS = 112;

    /** The bound library, or empty with the reason it could not be bound. */
    record Loaded(Handles handles, String failure) {}

    private static volatile Loaded loaded;

    /** Loads and binds OpenBLAS once; never throws. */
    static Loaded load() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (OpenBlas.class) {
                l = loaded;
                if (l == null) {
                    try {
                        l = new Loaded(new Handles(), null);
                    } catch (Throwable t) { // UnsatisfiedLinkError, IllegalCallerException, ...
                        l = new Loaded(null, describe(t));
                    }
                    loaded = l;
                }
            }
        }
        return l;
    }

    /** The exception and its causes, e.g. {@code ExceptionInInitializerError <- IllegalCallerException: ...}. */
    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (!sb.isEmpty()) sb.append(" <- ");
            sb.append(c.getClass().getSimpleName());
            if (c.getMessage() != null) sb.append(": ").append(c.getMessage());
        }
        return sb.toString();
    }

    /**
     * The method handles; constructing one loads the library. Binding native code is what the
     * restricted FFM methods are for; the JVM must run with {@code --enable-native-access}
     * (surefire and bench/run.sh pass it; without it Java 25 warns once, and a JVM that denies
     * native access makes {@link #load()} report the failure and Gemm fall back to Java).
     */
    @SuppressWarnings("restricted")
    static final class Handles {
        final MethodHandle sgemmCrit, dgemmCrit;
        final MethodHandle sgemvCrit, dgemvCrit;
        final MethodHandle sdotCrit, ddotCrit;
        final MethodHandle getNumThreads, setNumThreads, getConfig;
        final String libraryPath;

        Handles() throws Throwable {
            org.bytedeco.javacpp.Loader.load(org.bytedeco.openblas.global.openblas_nolapack.class);
            libraryPath = findLibrary(org.bytedeco.javacpp.Loader.getLoadedLibraries());
            SymbolLookup lib = libraryPath != null
                    ? SymbolLookup.libraryLookup(Path.of(libraryPath), Arena.global())
                    // e.g. -Dorg.bytedeco.openblas.load=... picked a system library: it was loaded
                    // through System.load by JavaCPP, so this class loader's lookup finds it.
                    : SymbolLookup.loaderLookup();
            Linker linker = Linker.nativeLinker();
            Binder b = new Binder(linker, lib);

            // void cblas_?gemm(order, transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc)
            FunctionDescriptor sg = gemmDescriptor(JAVA_FLOAT), dg = gemmDescriptor(JAVA_DOUBLE);
            sgemmCrit = b.bind("cblas_sgemm", sg, true);
            dgemmCrit = b.bind("cblas_dgemm", dg, true);

            // Not bound: cblas_?gemm_batch_strided. In this build (0.3.31, DYNAMIC_ARCH) it jumps
            // to a null kernel pointer and kills the JVM on any input, native memory included;
            // NativeBlas batches itself.

            // void cblas_?gemv(order, trans, M, N, alpha, A, lda, X, incX, beta, Y, incY)
            FunctionDescriptor sv = gemvDescriptor(JAVA_FLOAT), dv = gemvDescriptor(JAVA_DOUBLE);
            sgemvCrit = b.bind("cblas_sgemv", sv, true);
            dgemvCrit = b.bind("cblas_dgemv", dv, true);

            // ? cblas_?dot(N, X, incX, Y, incY)
            sdotCrit = b.bind("cblas_sdot",
                    FunctionDescriptor.of(JAVA_FLOAT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT), true);
            ddotCrit = b.bind("cblas_ddot",
                    FunctionDescriptor.of(JAVA_DOUBLE, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT), true);

            getNumThreads = b.bind("openblas_get_num_threads", FunctionDescriptor.of(JAVA_INT), false);
            setNumThreads = b.bind("openblas_set_num_threads", FunctionDescriptor.ofVoid(JAVA_INT), false);
            getConfig = b.bind("openblas_get_config", FunctionDescriptor.of(ADDRESS), false);
        }

        /** OpenBLAS's build string, e.g. {@code OpenBLAS 0.3.31 DYNAMIC_ARCH ... Zen MAX_THREADS=128}. */
        String config() {
            try {
                MemorySegment s = (MemorySegment) getConfig.invokeExact();
                return s.reinterpret(1024).getString(0);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    /** Picks the OpenBLAS that JavaCPP extracted, preferring the one the nolapack preset loads. */
    private static String findLibrary(Map<String, String> loadedLibraries) {
        Optional<String> exact = loadedLibraries.entrySet().stream()
                .filter(e -> e.getKey().startsWith("openblas_nolapack@"))
                .map(Map.Entry::getValue).findFirst();
        return exact.orElseGet(() -> loadedLibraries.entrySet().stream()
                .filter(e -> e.getKey().startsWith("openblas@"))
                .map(Map.Entry::getValue).findFirst().orElse(null));
    }

    private static FunctionDescriptor gemmDescriptor(MemoryLayout scalar) {
        return FunctionDescriptor.ofVoid(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT,
                scalar, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, scalar, ADDRESS, JAVA_INT);
    }

    private static FunctionDescriptor gemvDescriptor(MemoryLayout scalar) {
        return FunctionDescriptor.ofVoid(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT,
                scalar, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, scalar, ADDRESS, JAVA_INT);
    }

    /** Small helper so each binding is one line. */
    @SuppressWarnings("restricted")
    private record Binder(Linker linker, SymbolLookup lib) {
        MethodHandle bind(String name, FunctionDescriptor fd, boolean critical) {
            MemorySegment symbol = lib.find(name)
                    .orElseThrow(() -> new UnsatisfiedLinkError("OpenBLAS lacks " + name));
            return critical
                    ? linker.downcallHandle(symbol, fd, Linker.Option.critical(true))
                    : linker.downcallHandle(symbol, fd);
        }
    }
}
