package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongBinaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Broadcasting of random shapes (ranks 0-4, size-0 and size-1 dims, non-contiguous operands)
 * against a reference written here with plain index arithmetic on flat arrays. Values are small
 * integers, so every dtype computes them exactly and the reference can work in longs.
 */
class BroadcastPropertyTest {
    private static final long SEED = 20240611L;
    private static final int CASES = 400;
    private static final DType[] DTYPES = {DType.FLOAT32, DType.FLOAT64, DType.INT64, DType.INT32, DType.INT16};

    record Op(String name, LongBinaryOperator ref, boolean toBool) {}

    private static final List<Op> OPS = List.of(
            new Op("add", Long::sum, false),
            new Op("sub", (a, b) -> a - b, false),
            new Op("mul", (a, b) -> a * b, false),
            new Op("maximum", Math::max, false),
            new Op("minimum", Math::min, false),
            new Op("lt", (a, b) -> a < b ? 1 : 0, true),
            new Op("eq", (a, b) -> a == b ? 1 : 0, true));

    @TestFactory
    Stream<DynamicTest> randomBroadcasts() {
        return IntStream.range(0, CASES).mapToObj(i -> {
            Random r = new Random(SEED + i);
            long[] sa = randomShape(r), sb = compatibleOrNot(r, sa);
            Op op = OPS.get(r.nextInt(OPS.size()));
            DType da = DTYPES[r.nextInt(DTYPES.length)], db = DTYPES[r.nextInt(DTYPES.length)];
            return dynamicTest("#" + i + " " + op.name() + " " + Arrays.toString(sa) + " " + da.pyName() + ", "
                    + Arrays.toString(sb) + " " + db.pyName(), () -> check(r, op, sa, da, sb, db));
        });
    }

    private static void check(Random r, Op op, long[] sa, DType da, long[] sb, DType db) {
        long[] va = values(r, sa), vb = values(r, sb);
        Tensor a = withRandomLayout(r, sa, va, da), b = withRandomLayout(r, sb, vb, db);
        long[] shape = naiveBroadcast(sa, sb);
        if (shape == null) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> apply(op, a, b));
            assertEquals(naiveMismatchMessage(sa, sb), e.getMessage());
            return;
        }
        Tensor out = apply(op, a, b);
        assertArrayEquals(shape, out.shape().toLongArray(), "broadcast shape");
        if (op.toBool()) assertEquals(DType.BOOL, out.dtype());
        else if (sa.length > 0 && sb.length > 0) assertEquals(DType.promote(da, db), out.dtype(), "result dtype");
        long[] want = new long[Math.toIntExact(numel(shape))];
        for (int i = 0; i < want.length; i++) {
            long[] idx = unravel(i, shape);
            want[i] = op.ref().applyAsLong(va[sourceIndex(idx, sa)], vb[sourceIndex(idx, sb)]);
        }
        assertArrayEquals(want, out.toLongArray(), "values");
        // the in-place form where the broadcast shape is the left operand's
        if (!op.toBool() && Arrays.equals(shape, sa) && TypePromotion.canCast(DType.promote(da, db), da) && sa.length > 0 && sb.length > 0) {
            Tensor target = withRandomLayout(r, sa, va, da);
            Tensor same = switch (op.name()) {
                case "add" -> target.add_(b);
                case "sub" -> target.sub_(b);
                case "mul" -> target.mul_(b);
                case "maximum" -> target.maximum_(b);
                default -> target.minimum_(b);
            };
            assertSame(target, same, "in-place op returns its target");
            assertArrayEquals(want, target.toLongArray(), "in-place values");
        }
    }

    private static Tensor apply(Op op, Tensor a, Tensor b) {
        return switch (op.name()) {
            case "add" -> a.add(b);
            case "sub" -> a.sub(b);
            case "mul" -> a.mul(b);
            case "maximum" -> a.maximum(b);
            case "minimum" -> a.minimum(b);
            case "lt" -> a.lt(b);
            default -> a.eq(b);
        };
    }

    // ------------------------------------------------------------------ shapes

    static long[] randomShape(Random r) {
        long[] s = new long[r.nextInt(5)];
        for (int i = 0; i < s.length; i++) s[i] = randomDim(r);
        return s;
    }

    private static long randomDim(Random r) {
        int k = r.nextInt(10);
        return k < 3 ? 1 : k == 3 ? 0 : 2 + r.nextInt(3);
    }

    /** Usually a broadcast-compatible partner of {@code a} (dims set to 1, leading dims added or dropped), sometimes not. */
    private static long[] compatibleOrNot(Random r, long[] a) {
        int rank = Math.max(0, Math.min(5, a.length + r.nextInt(3) - 1));
        long[] b = new long[rank];
        for (int i = 0; i < rank; i++) {
            int j = a.length - rank + i;   // the dim of a this one lines up with
            if (j < 0) b[i] = randomDim(r);
            else b[i] = r.nextInt(3) == 0 ? 1 : a[j];
        }
        if (r.nextInt(8) == 0 && rank > 0) b[r.nextInt(rank)] = 2 + r.nextInt(4);   // likely a mismatch
        if (r.nextBoolean()) for (int i = 0; i < rank; i++) if (r.nextInt(4) == 0 && a.length - rank + i >= 0) a[a.length - rank + i] = 1;
        return b;
    }

    /** Right-aligned broadcasting, or null when some pair of dims is neither equal nor 1. */
    static long[] naiveBroadcast(long[] a, long[] b) {
        int n = Math.max(a.length, b.length);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long da = dimOrOne(a, i - (n - a.length)), db = dimOrOne(b, i - (n - b.length));
            if (da != db && da != 1 && db != 1) return null;
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    private static String naiveMismatchMessage(long[] a, long[] b) {
        int n = Math.max(a.length, b.length);
        for (int i = n - 1; i >= 0; i--) {
            long da = dimOrOne(a, i - (n - a.length)), db = dimOrOne(b, i - (n - b.length));
            if (da != db && da != 1 && db != 1)
                return "The size of tensor a (" + da + ") must match the size of tensor b (" + db + ") at non-singleton dimension " + i;
        }
        throw new AssertionError("shapes are compatible");
    }

    private static long dimOrOne(long[] s, int i) { return i < 0 ? 1 : s[i]; }

    /** Flat row-major index into an operand of shape {@code s} for output index {@code idx} (size-1 dims repeat). */
    static int sourceIndex(long[] idx, long[] s) {
        int lead = idx.length - s.length;
        long flat = 0;
        for (int d = 0; d < s.length; d++) flat = flat * s[d] + (s[d] == 1 ? 0 : idx[lead + d]);
        return Math.toIntExact(flat);
    }

    static long[] unravel(long flat, long[] shape) {
        long[] idx = new long[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) { idx[d] = flat % shape[d]; flat /= shape[d]; }
        return idx;
    }

    static long numel(long[] s) { long n = 1; for (long d : s) n *= d; return n; }

    private static long[] values(Random r, long[] shape) {
        long[] v = new long[Math.toIntExact(numel(shape))];
        for (int i = 0; i < v.length; i++) v[i] = r.nextInt(41) - 20;
        return v;
    }

    // ------------------------------------------------------------------ layouts

    /**
     * A tensor holding row-major {@code values} in {@code shape}, laid out at random: contiguous,
     * as a permutation of a contiguous base, or as a step-2 slice of a larger base with a storage
     * offset. Non-contiguous layouts are filled through copy_.
     */
    static Tensor withRandomLayout(Random r, long[] shape, long[] values, DType dtype) {
        Tensor logical = Torch.from(values).reshape(shape).to(dtype);
        switch (shape.length == 0 ? 0 : r.nextInt(3)) {
            case 1 -> {   // permuted
                int n = shape.length;
                long[] perm = randomPermutation(r, n), baseShape = new long[n], inverse = new long[n];
                for (int i = 0; i < n; i++) { baseShape[i] = shape[(int) perm[i]]; inverse[(int) perm[i]] = i; }
                Tensor view = Torch.zeros(baseShape, dtype).permute(inverse);
                return view.copy_(logical);
            }
            case 2 -> {   // every other element of a larger base, one element in
                long[] baseShape = new long[shape.length];
                for (int i = 0; i < shape.length; i++) baseShape[i] = 2 * shape[i] + 1;
                Tensor view = Torch.full(baseShape, 99L, dtype);
                for (int d = 0; d < shape.length; d++) view = view.slice(d, 1, 2 * shape[d] + 1, 2);
                return view.copy_(logical);
            }
            default -> { return logical; }
        }
    }

    static long[] randomPermutation(Random r, int n) {
        long[] p = new long[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) { int j = r.nextInt(i + 1); long t = p[i]; p[i] = p[j]; p[j] = t; }
        return p;
    }
}
