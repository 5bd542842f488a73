package torch4j.backend.cpu;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * LAPACKE (the C interface to LAPACK) in the OpenBLAS library that {@link OpenBlas} loads: the
 * same {@code libopenblas.so} carries LAPACK and LAPACKE. Bound with FFM the way {@link OpenBlas}
 * binds CBLAS, passing Java arrays without copies ({@code critical(true)}). Every call uses
 * {@code LAPACK_ROW_MAJOR}: LAPACKE transposes into column-major work space and back, so the
 * factorization is LAPACK's of the very matrix PyTorch hands to LAPACK (same pivots, same
 * Householder signs).
 *
 * <p>Each routine is bound once per precision on first use ({@code s} for float[], {@code d}
 * for double[]); the arrays' element type picks which.
 */
final class Lapack {
    private Lapack() {}

    static final int ROW_MAJOR = 101;

    private static final Map<String, MethodHandle> HANDLES = new HashMap<>();

    /** {@code LAPACKE_?name} for the precision of {@code array} (float[] or double[]), bound on first use. */
    @SuppressWarnings("restricted")
    private static synchronized MethodHandle handle(String name, Object array, Object... argKinds) {
        String symbol = "LAPACKE_" + (array instanceof float[] ? "s" : "d") + name;
        MethodHandle h = HANDLES.get(symbol);
        if (h != null) return h;
        OpenBlas.Loaded l = OpenBlas.load();
        if (l.handles() == null) throw new IllegalStateException("LAPACK is unavailable: OpenBLAS could not be loaded (" + l.failure() + ")");
        SymbolLookup lib = l.handles().libraryPath != null
                ? SymbolLookup.libraryLookup(Path.of(l.handles().libraryPath), Arena.global()) : SymbolLookup.loaderLookup();
        MemoryLayout[] args = new MemoryLayout[argKinds.length];
        for (int i = 0; i < args.length; i++)
            args[i] = argKinds[i] == Character.class ? JAVA_BYTE : argKinds[i] == Integer.class ? JAVA_INT : ADDRESS;
        MemorySegment fn = lib.find(symbol).orElseThrow(() -> new UnsatisfiedLinkError("OpenBLAS lacks " + symbol));
        h = Linker.nativeLinker().downcallHandle(fn, FunctionDescriptor.of(JAVA_INT, args), Linker.Option.critical(true));
        HANDLES.put(symbol, h);
        return h;
    }

    /** A heap segment of {@code array} starting at element {@code offset}. */
    static MemorySegment at(Object array, long offset) {
        return switch (array) {
            case float[] f -> MemorySegment.ofArray(f).asSlice(offset * 4);
            case double[] d -> MemorySegment.ofArray(d).asSlice(offset * 8);
            case int[] i -> MemorySegment.ofArray(i).asSlice(offset * 4);
            default -> throw new IllegalArgumentException("LAPACK takes float32 or float64, not " + array.getClass().getSimpleName());
        };
    }

    private static final Class<?> I = Integer.class, C = Character.class, P = MemorySegment.class;

    private static int call(MethodHandle h, Object... args) {
        try {
            return (int) h.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** ?getrf: A = P·L·U in place (m × n, leading dimension n); pivots 1-based. Returns info. */
    static int getrf(Object a, long off, int m, int n, int[] piv, long pivOff) {
        return call(handle("getrf", a, I, I, I, P, I, P), ROW_MAJOR, m, n, at(a, off), Math.max(1, n), at(piv, pivOff));
    }

    /** ?getrs: solves A·X = B from getrf's factors; B is n × nrhs. */
    static int getrs(Object a, long off, int n, int[] piv, long pivOff, Object b, long bOff, int nrhs) {
        return call(handle("getrs", a, I, C, I, I, P, I, P, P, I), ROW_MAJOR, (byte) 'N', n, nrhs, at(a, off), Math.max(1, n),
                at(piv, pivOff), at(b, bOff), Math.max(1, nrhs));
    }

    /** ?potrf: the Cholesky factor in the {@code upper} or lower triangle; the other is left as it was. */
    static int potrf(Object a, long off, int n, boolean upper) {
        return call(handle("potrf", a, I, C, I, P, I), ROW_MAJOR, (byte) (upper ? 'U' : 'L'), n, at(a, off), Math.max(1, n));
    }

    /** ?geqrf: R in the upper triangle, the Householder reflectors below it, their scales in tau (min(m, n)). */
    static int geqrf(Object a, long off, int m, int n, Object tau, long tauOff) {
        return call(handle("geqrf", a, I, I, I, P, I, P), ROW_MAJOR, m, n, at(a, off), Math.max(1, n), at(tau, tauOff));
    }

    /** ?orgqr: the m × n matrix Q with orthonormal columns from the first k reflectors (lda n). */
    static int orgqr(Object a, long off, int m, int n, int k, Object tau, long tauOff) {
        return call(handle("orgqr", a, I, I, I, I, P, I, P), ROW_MAJOR, m, n, k, at(a, off), Math.max(1, n), at(tau, tauOff));
    }

    /** ?gesdd: A = U·diag(S)·Vᵀ; jobz 'A' (full), 'S' (reduced) or 'N' (values only). A is destroyed. */
    static int gesdd(Object a, long off, int m, int n, char jobz, Object s, long sOff, Object u, long uOff, int ldu,
                     Object vt, long vtOff, int ldvt) {
        return call(handle("gesdd", a, I, C, I, I, P, I, P, P, I, P, I), ROW_MAJOR, (byte) jobz, m, n, at(a, off), Math.max(1, n),
                at(s, sOff), at(u, uOff), Math.max(1, ldu), at(vt, vtOff), Math.max(1, ldvt));
    }

    /** ?syevd: eigenvalues ascending in w, eigenvectors in A's columns when jobz is 'V'; reads the {@code upper} or lower triangle. */
    static int syevd(Object a, long off, int n, boolean vectors, boolean upper, Object w, long wOff) {
        return call(handle("syevd", a, I, C, C, I, P, I, P), ROW_MAJOR, (byte) (vectors ? 'V' : 'N'), (byte) (upper ? 'U' : 'L'), n,
                at(a, off), Math.max(1, n), at(w, wOff));
    }
}
