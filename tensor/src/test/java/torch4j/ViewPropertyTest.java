package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random chains of view ops (transpose, permute, slice with step, narrow, select, unsqueeze,
 * expand, squeeze, view) checked against a naive model that tracks, for every element of the
 * view in row-major order, the storage position it reads. The model knows nothing of strides: a
 * view's strides and offset are right exactly when offset + sum(index * stride) lands on the
 * model's position for every element. Writing through a view must change the base at exactly
 * those positions.
 */
class ViewPropertyTest {
    private static final long SEED = 77_0421L;
    private static final int CASES = 300;

    /** The model: a shape and the storage position of each element, row-major. */
    record Model(long[] shape, int[] pos) {
        int numel() { return pos.length; }

        static Model of(long[] shape) {
            int[] pos = new int[Math.toIntExact(BroadcastPropertyTest.numel(shape))];
            for (int i = 0; i < pos.length; i++) pos[i] = i;
            return new Model(shape, pos);
        }

        /** A new model of {@code newShape} whose element at index idx is this model's element at {@code source(idx)}. */
        Model remap(long[] newShape, java.util.function.Function<long[], long[]> source) {
            int[] p = new int[Math.toIntExact(BroadcastPropertyTest.numel(newShape))];
            for (int i = 0; i < p.length; i++) p[i] = pos[ravel(source.apply(BroadcastPropertyTest.unravel(i, newShape)), shape)];
            return new Model(newShape, p);
        }

        boolean hasRepeats() { return Arrays.stream(pos).distinct().count() != pos.length; }
    }

    static int ravel(long[] idx, long[] shape) {
        long flat = 0;
        for (int d = 0; d < shape.length; d++) flat = flat * shape[d] + idx[d];
        return Math.toIntExact(flat);
    }

    /** One step applied to both the tensor and the model. */
    record Step(String text, Tensor tensor, Model model) {}

    @TestFactory
    Stream<DynamicTest> randomViewChains() {
        return IntStream.range(0, CASES).mapToObj(i -> dynamicTest("chain #" + i, () -> {
            Random r = new Random(SEED + i);
            Chain c = chain(r);
            for (Step s : c.steps) checkView(c.base, s);
        }));
    }

    @TestFactory
    Stream<DynamicTest> writesThroughViews() {
        return IntStream.range(0, CASES).mapToObj(i -> dynamicTest("write #" + i, () -> {
            Random r = new Random(SEED * 31 + i);
            Chain c = chain(r);
            Step last = c.steps.getLast();
            writeAndCheck(r, c.base, last);
        }));
    }

    record Chain(Tensor base, List<Step> steps) {}

    /** A contiguous base with distinct values, then 1-6 random view steps (each kept only if PyTorch allows it). */
    private static Chain chain(Random r) {
        long[] shape = new long[1 + r.nextInt(4)];
        for (int d = 0; d < shape.length; d++) shape[d] = 1 + r.nextInt(4);
        if (r.nextInt(10) == 0) shape[r.nextInt(shape.length)] = 0;
        int n = Math.toIntExact(BroadcastPropertyTest.numel(shape));
        long[] values = new long[n];
        for (int i = 0; i < n; i++) values[i] = 1000 + 7L * i;   // value identifies the storage position
        Tensor base = Torch.from(values).reshape(shape);
        List<Step> steps = new ArrayList<>();
        Step cur = new Step("base " + Arrays.toString(shape), base, Model.of(shape));
        int len = 1 + r.nextInt(6);
        for (int k = 0; k < len; k++) {
            Step next = randomStep(r, cur);
            if (next != null) { steps.add(next); cur = next; }
        }
        if (steps.isEmpty()) steps.add(cur);
        return new Chain(base, steps);
    }

    private static Step randomStep(Random r, Step s) {
        Tensor t = s.tensor();
        Model m = s.model();
        long[] sh = m.shape();
        int nd = sh.length;
        switch (r.nextInt(9)) {
            case 0 -> {   // transpose
                if (nd == 0) return null;
                int a = r.nextInt(nd), b = r.nextInt(nd);
                long[] ns = sh.clone(); ns[a] = sh[b]; ns[b] = sh[a];
                return new Step(s.text() + ".transpose(" + a + "," + b + ")", t.transpose(a - (r.nextBoolean() ? nd : 0), b),
                        m.remap(ns, idx -> { long[] o = idx.clone(); o[a] = idx[b]; o[b] = idx[a]; return o; }));
            }
            case 1 -> {   // permute
                long[] p = BroadcastPropertyTest.randomPermutation(r, nd), ns = new long[nd];
                for (int i = 0; i < nd; i++) ns[i] = sh[(int) p[i]];
                return new Step(s.text() + ".permute" + Arrays.toString(p), t.permute(p), m.remap(ns, idx -> {
                    long[] o = new long[nd];
                    for (int i = 0; i < nd; i++) o[(int) p[i]] = idx[i];
                    return o;
                }));
            }
            case 2 -> {   // slice with Python's clamping
                if (nd == 0) return null;
                int d = r.nextInt(nd);
                long size = sh[d], start = r.nextInt(7) - 3, end = r.nextInt(9) - 3, step = 1 + r.nextInt(3);
                List<Long> picked = pythonRange(size, start, end, step);
                long[] ns = sh.clone(); ns[d] = picked.size();
                return new Step(s.text() + ".slice(" + d + "," + start + "," + end + "," + step + ")", t.slice(d, start, end, step),
                        m.remap(ns, idx -> { long[] o = idx.clone(); o[d] = picked.get((int) idx[d]); return o; }));
            }
            case 3 -> {   // narrow
                if (nd == 0) return null;
                int d = r.nextInt(nd);
                if (sh[d] == 0) return null;
                long start = r.nextInt((int) sh[d]), length = r.nextInt((int) (sh[d] - start) + 1);
                long[] ns = sh.clone(); ns[d] = length;
                long st = start;
                return new Step(s.text() + ".narrow(" + d + "," + start + "," + length + ")", t.narrow(d, start, length),
                        m.remap(ns, idx -> { long[] o = idx.clone(); o[d] += st; return o; }));
            }
            case 4 -> {   // select
                if (nd == 0) return null;
                int d = r.nextInt(nd);
                if (sh[d] == 0) return null;
                long i = r.nextInt((int) sh[d]);
                long[] ns = Views.remove(sh, d);
                long neg = r.nextBoolean() ? i - sh[d] : i;   // also the negative form
                return new Step(s.text() + ".select(" + d + "," + neg + ")", t.select(d, neg),
                        m.remap(ns, idx -> Views.insert(idx, d, i)));
            }
            case 5 -> {   // unsqueeze
                int d = r.nextInt(nd + 1);
                return new Step(s.text() + ".unsqueeze(" + d + ")", t.unsqueeze(d), new Model(Views.insert(sh, d, 1), m.pos()));
            }
            case 6 -> {   // expand size-1 dims, maybe with a new leading dim
                long[] ns = sh.clone();
                for (int d = 0; d < nd; d++) if (sh[d] == 1 && r.nextBoolean()) ns[d] = r.nextInt(4);
                if (r.nextInt(3) == 0) ns = Views.insert(ns, 0, 1 + r.nextInt(3));
                long[] target = ns;
                int lead = ns.length - nd;
                return new Step(s.text() + ".expand" + Arrays.toString(ns), t.expand(ns), m.remap(target, idx -> {
                    long[] o = new long[nd];
                    for (int d = 0; d < nd; d++) o[d] = sh[d] == 1 ? 0 : idx[d + lead];
                    return o;
                }));
            }
            case 7 -> {   // squeeze one dim (a no-op unless its size is 1)
                if (nd == 0) return null;
                int d = r.nextInt(nd);
                long[] ns = sh[d] == 1 ? Views.remove(sh, d) : sh;
                return new Step(s.text() + ".squeeze(" + d + ")", t.squeeze(d), new Model(ns, m.pos()));
            }
            default -> {   // view as a random factorisation; must succeed exactly when strides exist
                long[] ns = randomReshape(r, sh);
                boolean viewable = naiveViewable(m, ns);
                if (!viewable) {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.view(ns),
                            () -> s.text() + ".view" + Arrays.toString(ns) + " should fail: no strides give that layout");
                    assertTrue(e.getMessage().startsWith("view size is not compatible"), e.getMessage());
                    Tensor copy = t.reshape(ns);
                    assertFalse(copy.sharesStorageWith(t), "reshape of a non-viewable layout copies");
                    assertArrayEquals(t.contiguous().toLongArray(), copy.toLongArray(), "reshape keeps row-major values");
                    return null;
                }
                return new Step(s.text() + ".view" + Arrays.toString(ns), t.view(ns), new Model(ns, m.pos()));
            }
        }
    }

    /** Python's range(*slice(start, end, step).indices(size)) for a positive step. */
    private static List<Long> pythonRange(long size, long start, long end, long step) {
        long s = start < 0 ? Math.max(start + size, 0) : Math.min(start, size);
        long e = end < 0 ? Math.max(end + size, 0) : Math.min(end, size);
        List<Long> out = new ArrayList<>();
        for (long i = s; i < e; i += step) out.add(i);
        return out;
    }

    private static long[] randomReshape(Random r, long[] shape) {
        long n = BroadcastPropertyTest.numel(shape);
        List<Long> dims = new ArrayList<>();
        long rest = n;
        while (rest > 1 && dims.size() < 4) {
            List<Long> divisors = new ArrayList<>();
            for (long k = 2; k <= rest; k++) if (rest % k == 0) divisors.add(k);
            long k = divisors.get(r.nextInt(divisors.size()));
            dims.add(k);
            rest /= k;
            if (r.nextInt(4) == 0) dims.add(1L);
        }
        if (rest != 1) dims.add(rest);   // 0, or what is left after four factors
        return dims.stream().mapToLong(Long::longValue).toArray();
    }

    /** Whether some strides and offset reproduce the model's positions in {@code newShape} (brute force). */
    private static boolean naiveViewable(Model m, long[] newShape) {
        if (m.numel() == 0) return true;
        long[] strides = new long[newShape.length];
        for (int d = 0; d < newShape.length; d++) {
            if (newShape[d] < 2) continue;
            long[] idx = new long[newShape.length];
            idx[d] = 1;
            strides[d] = m.pos()[ravel(idx, newShape)] - m.pos()[0];
        }
        for (int i = 0; i < m.numel(); i++) {
            long[] idx = BroadcastPropertyTest.unravel(i, newShape);
            long p = m.pos()[0];
            for (int d = 0; d < idx.length; d++) p += idx[d] * strides[d];
            if (p != m.pos()[i]) return false;
        }
        return true;
    }

    /** A view's shape, strides, offset, contiguity and values all agree with the model. */
    private static void checkView(Tensor base, Step s) {
        Tensor t = s.tensor();
        Model m = s.model();
        String at = s.text();
        assertArrayEquals(m.shape(), t.shape().toLongArray(), at + ": shape");
        assertTrue(t.sharesStorageWith(base), at + ": a view shares the base's storage");
        long[] st = t.stride();
        boolean rowMajor = true;
        for (int i = 0; i < m.numel(); i++) {
            long[] idx = BroadcastPropertyTest.unravel(i, m.shape());
            long p = t.storageOffset();
            for (int d = 0; d < idx.length; d++) p += idx[d] * st[d];
            if (p != m.pos()[i])
                fail(at + ": element " + Arrays.toString(idx) + " is at storage " + p + " by strides " + Arrays.toString(st)
                        + " and offset " + t.storageOffset() + ", the model says " + m.pos()[i]);
            rowMajor &= m.pos()[i] == m.pos()[0] + i;
        }
        assertEquals(rowMajor, t.isContiguous(), at + ": is_contiguous");
        long[] want = Arrays.stream(m.pos()).mapToLong(p -> 1000 + 7L * p).toArray();
        assertArrayEquals(want, t.toLongArray(), at + ": values");
        Tensor c = t.contiguous();
        assertTrue(c.isContiguous(), at + ": contiguous()");
        assertArrayEquals(want, c.toLongArray(), at + ": contiguous() values");
        assertEquals(rowMajor, c == t, at + ": contiguous() returns the tensor itself exactly when it is contiguous");
        assertArrayEquals(want, t.clone().toLongArray(), at + ": clone() values");
        assertFalse(t.clone().sharesStorageWith(base), at + ": clone() copies");
    }

    /** An in-place op through the view changes the base at the model's positions, and nowhere else. */
    private static void writeAndCheck(Random r, Tensor base, Step s) {
        Tensor t = s.tensor();
        Model m = s.model();
        long[] before = base.toLongArray(), want = before.clone();
        long[] other = new long[m.numel()];
        for (int i = 0; i < other.length; i++) other[i] = r.nextInt(19) - 9;
        int kind = r.nextInt(5);
        String what = s.text() + " " + new String[]{"fill_(-5)", "add_(3)", "mul_(other)", "copy_(other)", "neg_()"}[kind];
        boolean repeats = m.hasRepeats();
        if (repeats && kind != 0) {   // writing one element twice: PyTorch refuses (fill_ is allowed)
            Tensor src = Torch.from(other).reshape(m.shape());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(kind, t, src), what);
            assertTrue(e.getMessage().startsWith("unsupported operation: more than one element of the written-to tensor"), e.getMessage());
            assertArrayEquals(before, base.toLongArray(), what + ": a refused write leaves the base unchanged");
            return;
        }
        for (int i = 0; i < m.numel(); i++) {
            int p = m.pos()[i];
            long old = before[p];
            want[p] = switch (kind) {
                case 0 -> -5;
                case 1 -> old + 3;
                case 2 -> old * other[i];
                case 3 -> other[i];
                default -> -old;
            };
        }
        Tensor returned;
        try {
            returned = write(kind, t, Torch.from(other).reshape(m.shape()));
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": " + e, e);
        }
        assertTrue(returned == t, what + ": in-place ops return the view itself");
        assertArrayEquals(want, base.toLongArray(), what + ": base after the write");
    }

    private static Tensor write(int kind, Tensor t, Tensor other) {
        return switch (kind) {
            case 0 -> t.fill_(-5L);
            case 1 -> t.add_(3L);
            case 2 -> t.mul_(other);
            case 3 -> t.copy_(other);
            default -> t.neg_();
        };
    }
}
