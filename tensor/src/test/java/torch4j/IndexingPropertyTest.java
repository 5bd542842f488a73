package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import torch4j.IndexSpec.Ellipsis;
import torch4j.IndexSpec.Int;
import torch4j.IndexSpec.Item;
import torch4j.IndexSpec.NewAxis;
import torch4j.IndexSpec.Slice;
import torch4j.IndexSpec.Subscript;
import torch4j.IndexSpec.TensorItem;
import torch4j.storage.Shapes;

/**
 * Random tensors (rank 0-4, some dims empty, some inputs non-contiguous) indexed by random
 * subscripts, compared with a naive element-by-element model of PyTorch's rules: ints select,
 * slices clamp like Python's, None adds a dim, index tensors broadcast and their block replaces the
 * indexed dims in place when adjacent (after ints are gone) and goes first otherwise.
 */
class IndexingPropertyTest {

    private final Random random = new Random(20240611L);

    /** A subscript with, for the model, the tensors' values and shapes read out once. */
    private record Case(Tensor x, List<Item> items) {
        String text() { return items.toString(); }
    }

    @Test
    void readingMatchesTheModel() {
        int basic = 0, advanced = 0;
        for (int n = 0; n < 400; n++) {
            Case c = randomCase(n % 2 == 0);
            Model expected = Model.of(c.x(), c.items());
            Tensor actual;
            boolean basicOnly = c.items().stream().noneMatch(i -> i instanceof TensorItem);
            if (basicOnly) {
                actual = c.x().get(render(c.items()));   // the public string form, parsed
                basic++;
            } else {
                actual = Indexing.get(c.x(), new Subscript(c.items(), false));
                advanced++;
            }
            assertArrayEquals(expected.shape, actual.shape().toLongArray(), () -> "shape of " + c.text());
            double[] source = c.x().toDoubleArray();
            double[] want = new double[expected.sources.length];
            for (int i = 0; i < want.length; i++) want[i] = source[expected.sources[i]];
            assertArrayEquals(want, actual.toDoubleArray(), () -> "values of " + c.text());
            if (basicOnly && actual.numel() > 0) {
                assertTrue(actual.sharesStorageWith(c.x()), () -> "a basic subscript gives a view: " + c.text());
                // Writing through the view must land exactly on the modelled elements of the base.
                actual.fill_(-1);
                double[] after = c.x().toDoubleArray();
                boolean[] hit = new boolean[after.length];
                for (int s : expected.sources) hit[s] = true;
                for (int i = 0; i < after.length; i++)
                    assertEquals(hit[i] ? -1 : source[i], after[i], () -> "write through the view of " + c.text());
            } else if (!basicOnly && actual.numel() > 0) {
                assertTrue(!actual.sharesStorageWith(c.x()), () -> "advanced indexing copies: " + c.text());
            }
        }
        assertTrue(basic > 100 && advanced > 50, "enough of both kinds were exercised: " + basic + " basic, " + advanced + " advanced");
    }

    @Test
    void assignmentMatchesTheModel() {
        for (int n = 0; n < 300; n++) {
            Case c = randomCase(n % 2 == 0);
            Model model = Model.of(c.x(), c.items());
            // A value of the result's shape, or of its trailing dims only (it broadcasts).
            long[] valueShape = model.shape.length > 0 && random.nextBoolean()
                    ? Arrays.copyOfRange(model.shape, 1, model.shape.length) : model.shape;
            int count = (int) Shapes.numel(valueShape);
            double[] values = new double[count];
            for (int i = 0; i < count; i++) values[i] = 1000 + i;
            Tensor value = Torch.tensor(values, DType.FLOAT64).reshape(valueShape).to(c.x().dtype());
            double[] expected = c.x().toDoubleArray();
            double[] cast = value.toDoubleArray();
            long inner = Shapes.numel(valueShape);
            for (int i = 0; i < model.sources.length; i++)   // row-major, so a repeated target keeps the last write
                expected[model.sources[i]] = cast[(int) (i % Math.max(inner, 1))];
            int version = c.x().storage().version();
            Indexing.set(c.x(), new Subscript(c.items(), false), value);
            assertArrayEquals(expected, c.x().toDoubleArray(), () -> "assignment through " + c.text());
            if (model.sources.length > 0) assertTrue(c.x().storage().version() > version);
        }
    }

    @Test
    void outOfRangeSubscriptsFailWithoutWriting() {
        int failures = 0;
        for (int n = 0; n < 500; n++) {
            Case c = randomCase(n % 2 == 0);
            List<Item> items = new ArrayList<>(c.items());
            long[] sizes = Model.itemSizes(c.x().shape().toLongArray(), items);
            int at = -1;
            for (int i = 0; i < items.size() && at < 0; i++)
                if (items.get(i) instanceof Int || items.get(i) instanceof TensorItem(Tensor t) && t.numel() > 0) at = i;
            if (at < 0) continue;
            // Push one index value of the chosen item out of range; everything else stays valid.
            boolean isInt = items.get(at) instanceof Int;
            if (isInt) {
                items.set(at, new Int(sizes[at] + random.nextInt(3)));
            } else {
                Tensor t = ((TensorItem) items.get(at)).tensor();
                long[] v = t.toLongArray();
                v[random.nextInt(v.length)] = -sizes[at] - 1 - random.nextInt(3);
                items.set(at, new TensorItem(Torch.from(v).reshape(t.shape().toLongArray())));
            }
            // An int is always checked; index tensors are checked as elements are visited, so an empty
            // result checks nothing (as in PyTorch).
            boolean fails = isInt || Shapes.numel(Model.of(c.x(), c.items()).shape) > 0;
            Subscript subscript = new Subscript(items, false);
            double[] before = c.x().toDoubleArray();
            int version = c.x().storage().version();
            Tensor value = Torch.tensor(7L).to(c.x().dtype());
            if (fails) {
                assertThrows(IndexOutOfBoundsException.class, () -> Indexing.get(c.x(), subscript), items::toString);
                assertThrows(IndexOutOfBoundsException.class, () -> Indexing.set(c.x(), subscript, value), items::toString);
                assertEquals(version, c.x().storage().version(), "a failed assignment is no in-place op");
                failures++;
            } else {
                assertEquals(0, Indexing.get(c.x(), subscript).numel());
                Indexing.set(c.x(), subscript, value);
            }
            assertArrayEquals(before, c.x().toDoubleArray(), () -> "nothing written by " + items);
        }
        assertTrue(failures > 100, "enough failing subscripts were exercised: " + failures);
    }

    // ---------------------------------------------------------------- random cases

    private Case randomCase(boolean withTensors) {
        int rank = random.nextInt(5);
        long[] shape = new long[rank];
        for (int d = 0; d < rank; d++) shape[d] = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
        DType dtype = List.of(DType.FLOAT32, DType.INT64, DType.FLOAT64, DType.INT32).get(random.nextInt(4));
        Tensor x = Torch.arange(Shapes.numel(shape)).to(DType.FLOAT64).mul(3).add(1).reshape(shape).to(dtype);
        if (rank >= 2 && random.nextBoolean()) x = x.transpose(0, rank - 1).contiguous().transpose(0, rank - 1);
        if (rank >= 1 && random.nextInt(4) == 0) {   // a strided view: every other element of a doubled last dim
            long[] wide = shape.clone();
            wide[rank - 1] *= 2;
            x = Torch.zeros(wide, dtype).slice(rank - 1, 0, wide[rank - 1], 2).copy_(x);
        }
        List<Item> items = new ArrayList<>();
        int remaining = rank;   // dims not yet consumed
        boolean ellipsis = false;
        int length = random.nextInt(rank + 2);
        for (int k = 0; k < length; k++) {
            int kind = random.nextInt(10);
            if (kind < 1) {
                items.add(NewAxis.INSTANCE);
            } else if (kind < 2 && !ellipsis) {
                items.add(Ellipsis.INSTANCE);
                ellipsis = true;
            } else if (remaining > 0) {
                int dim = rank - remaining;   // the dim this item consumes when no ellipsis precedes it (a guess otherwise)
                long size = shape[Math.min(dim, rank - 1)];
                if (kind < 4 && size > 0) {
                    items.add(new Int(random.nextLong(-size, size)));
                } else if (kind < 6 || !withTensors) {
                    items.add(randomSlice(size));
                } else {
                    items.add(new TensorItem(randomIndex(size)));
                }
                remaining--;
            }
        }
        fixTensorRanges(x, items);
        return new Case(x, items);
    }

    private Slice randomSlice(long size) {
        Long start = random.nextInt(3) == 0 ? null : random.nextLong(-size - 2, size + 3);
        Long stop = random.nextInt(3) == 0 ? null : random.nextLong(-size - 2, size + 3);
        Long step = random.nextInt(2) == 0 ? null : (long) (1 + random.nextInt(3));
        return new Slice(start, stop, step);
    }

    private Tensor randomIndex(long size) {
        // No 0-dim index here: PyTorch treats it as an int (the golden cases cover that).
        long[] shape = switch (random.nextInt(3)) {
            case 0 -> new long[]{1 + random.nextInt(4)};
            case 1 -> new long[]{1 + random.nextInt(3), 1};
            default -> new long[]{random.nextInt(2) + 1, random.nextInt(3) + 1};
        };
        long[] v = new long[(int) Shapes.numel(shape)];
        for (int i = 0; i < v.length; i++) v[i] = size == 0 ? 0 : random.nextLong(-size, size);
        return Torch.from(v).reshape(shape);
    }

    /**
     * Items were drawn against guessed dims; redraw ints and index values against the dims they
     * really address, and drop index tensors whose shapes cannot broadcast with the others.
     */
    private void fixTensorRanges(Tensor x, List<Item> items) {
        long[] block = null;
        for (int i = 0; i < items.size(); i++) {
            long size = Model.itemSizes(x.shape().toLongArray(), items)[i];
            switch (items.get(i)) {
                case Int _ -> items.set(i, size > 0 ? new Int(random.nextLong(-size, size)) : Slice.ALL);
                case TensorItem(Tensor t) -> {
                    if (size == 0) { items.set(i, Slice.ALL); continue; }
                    long[] merged;
                    try {
                        merged = block == null ? t.shape().toLongArray() : Shapes.broadcast(block, t.shape().toLongArray());
                    } catch (IllegalArgumentException e) {
                        items.set(i, Slice.ALL);
                        continue;
                    }
                    block = merged;
                    long[] v = t.toLongArray();
                    for (int j = 0; j < v.length; j++) v[j] = random.nextLong(-size, size);
                    items.set(i, new TensorItem(Torch.from(v).reshape(t.shape().toLongArray())));
                }
                default -> { }
            }
        }
    }

    private static String render(List<Item> items) {
        if (items.isEmpty()) return "...";
        List<String> parts = new ArrayList<>();
        for (Item item : items) {
            parts.add(switch (item) {
                case Int(long i) -> Long.toString(i);
                case Slice(Long a, Long b, Long s) -> (a == null ? "" : a) + ":" + (b == null ? "" : b) + (s == null ? "" : ":" + s);
                case Ellipsis _ -> "...";
                case NewAxis _ -> "None";
                case TensorItem _ -> throw new IllegalStateException("tensors have no string form");
            });
        }
        return String.join(", ", parts) + ",";   // a trailing comma keeps a single item a tuple, as the model assumes
    }

    // ---------------------------------------------------------------- the model

    /** Result shape and, per result element (row-major), the row-major position it reads in x. */
    static final class Model {
        long[] shape;
        int[] sources;

        /** What each output dim is: a plain range of an input dim, a new axis, or the index block. */
        private record Plain(int inDim, long start, long step, long length) {}

        static Model of(Tensor x, List<Item> items) {
            Model m = new Model();
            long[] xs = x.shape().toLongArray();
            int rank = xs.length;
            int specified = 0;
            for (Item it : items) if (it instanceof Int || it instanceof Slice || it instanceof TensorItem) specified++;
            long[] fixed = new long[rank];
            Arrays.fill(fixed, -1);
            List<Object> slots = new ArrayList<>();   // Plain, NewAxis, or Integer (advanced input dim)
            List<long[]> advValues = new ArrayList<>();
            List<long[]> advShapes = new ArrayList<>();
            List<Integer> advDims = new ArrayList<>();
            int in = 0;
            for (Item it : items) {
                switch (it) {
                    case Int(long v) -> {
                        fixed[in] = v < 0 ? v + xs[in] : v;
                        in++;
                    }
                    case Slice s -> {
                        long n = xs[in];
                        long step = s.step() == null ? 1 : s.step();
                        long a = s.start() == null ? 0 : s.start(), b = s.stop() == null ? Long.MAX_VALUE : s.stop();
                        if (a < 0) a += n;
                        if (b < 0) b += n;
                        a = Math.clamp(a, 0, n);
                        b = Math.clamp(b, a, n);
                        slots.add(new Plain(in++, a, step, (b - a + step - 1) / step));
                    }
                    case NewAxis na -> slots.add(na);
                    case Ellipsis _ -> {
                        for (int k = 0; k < rank - specified; k++) slots.add(new Plain(in, 0, 1, xs[in++]));
                    }
                    case TensorItem(Tensor t) -> {
                        slots.add(in);
                        advDims.add(in++);
                        advValues.add(t.toLongArray());
                        advShapes.add(t.shape().toLongArray());
                    }
                }
            }
            while (in < rank) slots.add(new Plain(in, 0, 1, xs[in++]));
            // Where the block goes: in place of the advanced slots when they are consecutive, else first.
            int first = -1, last = -1;
            for (int s = 0; s < slots.size(); s++) if (slots.get(s) instanceof Integer) { if (first < 0) first = s; last = s; }
            boolean adjacent = true;
            for (int s = first; s >= 0 && s <= last; s++) adjacent &= slots.get(s) instanceof Integer;
            long[] block = null;
            for (long[] sh : advShapes) block = block == null ? sh : Shapes.broadcast(block, sh);
            List<Object> order = new ArrayList<>();   // output dims: Plain, NewAxis, or "block"
            if (block != null && !adjacent) order.add("block");
            for (int s = 0; s < slots.size(); s++) {
                Object slot = slots.get(s);
                if (slot instanceof Integer) {
                    if (adjacent && s == first) order.add("block");
                } else order.add(slot);
            }
            List<Long> outShape = new ArrayList<>();
            for (Object o : order) {
                if (o instanceof Plain p) outShape.add(p.length());
                else if (o instanceof NewAxis) outShape.add(1L);
                else for (long b : block) outShape.add(b);
            }
            m.shape = outShape.stream().mapToLong(Long::longValue).toArray();
            int total = (int) Shapes.numel(m.shape);
            m.sources = new int[total];
            long[] coord = new long[rank];
            long[] out = new long[m.shape.length];
            for (int e = 0; e < total; e++) {
                long rest = e;
                for (int d = m.shape.length - 1; d >= 0; d--) { out[d] = rest % m.shape[d]; rest /= m.shape[d]; }
                for (int d = 0; d < rank; d++) coord[d] = fixed[d];
                int od = 0;
                for (Object o : order) {
                    if (o instanceof Plain p) coord[p.inDim()] = p.start() + out[od++] * p.step();
                    else if (o instanceof NewAxis) od++;
                    else {
                        for (int j = 0; j < advDims.size(); j++) {
                            long[] sh = advShapes.get(j);
                            // broadcast: read the index tensor at the block coordinate, size-1 dims pinned to 0
                            long flat = 0;
                            for (int d = 0; d < sh.length; d++) {
                                long bc = out[od + block.length - sh.length + d];
                                flat = flat * sh[d] + (sh[d] == 1 ? 0 : bc);
                            }
                            long v = advValues.get(j)[(int) flat];
                            int dim = advDims.get(j);
                            coord[dim] = v < 0 ? v + xs[dim] : v;
                        }
                        od += block.length;
                    }
                }
                long src = 0;
                for (int d = 0; d < rank; d++) src = src * xs[d] + coord[d];
                m.sources[e] = (int) src;
            }
            return m;
        }

        /** For each item, the size of the input dim it addresses (0 for None and the ellipsis). */
        static long[] itemSizes(long[] xs, List<Item> items) {
            int specified = 0;
            for (Item it : items) if (!(it instanceof NewAxis) && !(it instanceof Ellipsis)) specified++;
            long[] sizes = new long[items.size()];
            int in = 0;
            for (int i = 0; i < items.size(); i++) {
                switch (items.get(i)) {
                    case NewAxis _ -> { }
                    case Ellipsis _ -> in += xs.length - specified;
                    default -> sizes[i] = xs[in++];
                }
            }
            return sizes;
        }
    }
}
