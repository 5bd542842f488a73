package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torch4j.Torch.arange;
import static torch4j.Torch.tensor;
import static torch4j.Torch.zeros;

import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The indexing API's contracts beyond single values (which {@link IndexingGoldenTest} checks
 * against PyTorch): views share storage both ways, every assignment form writes and bumps the
 * version, failed writes leave no trace, large inputs take the chunked kernel paths, and the
 * Java-only parts (subscript syntax errors, overloads, the parse cache) behave.
 */
class IndexingTest {

    private static Tensor grid() { return arange(12).view(3, 4); }

    @Nested
    class Views {
        @Test
        void aColumnViewWritesThroughToItsBase() {
            Tensor x = grid();
            Tensor column = x.get(":, 1");
            assertTrue(column.sharesStorageWith(x));
            column.mul_(10L);
            assertArrayEquals(new long[]{0, 10, 2, 3, 4, 50, 6, 7, 8, 90, 10, 11}, x.toLongArray());
        }

        @Test
        void theBaseWritesThroughToEveryBasicView() {
            Tensor x = grid();
            Tensor row = x.get(1), corner = x.get(2, -1), strided = x.get("::2, 1::2"), lifted = x.get("None, ..., 0");
            x.fill_(7L);
            for (Tensor v : new Tensor[]{row, corner, strided, lifted}) {
                assertTrue(v.sharesStorageWith(x));
                for (long e : v.toLongArray()) assertEquals(7, e);
            }
            assertArrayEquals(new long[]{1, 3}, lifted.shape().toLongArray());
        }

        @Test
        void aFullSubscriptIsANewViewObject() {
            Tensor x = grid();
            for (Tensor alias : new Tensor[]{x.get("..."), x.get(":"), x.get()}) {
                assertFalse(alias == x, "x[...] is an alias, not x itself");
                assertTrue(alias.sharesStorageWith(x));
                assertArrayEquals(x.toLongArray(), alias.toLongArray());
            }
        }

        @Test
        void aZeroDimIntegerTensorSelectsAsAView() {
            Tensor x = grid();
            Tensor row = x.get(tensor(2L));
            assertTrue(row.sharesStorageWith(x));
            assertArrayEquals(new long[]{8, 9, 10, 11}, row.toLongArray());
        }

        @Test
        void advancedIndexingCopies() {
            Tensor x = grid();
            Tensor picked = x.get(tensor(0, 2)), masked = x.get(x.gt(5L)), pairs = x.index(tensor(0, 1), tensor(1, 2));
            x.fill_(-1L);
            assertArrayEquals(new long[]{0, 1, 2, 3, 8, 9, 10, 11}, picked.toLongArray());
            assertArrayEquals(new long[]{6, 7, 8, 9, 10, 11}, masked.toLongArray());
            assertArrayEquals(new long[]{1, 6}, pairs.toLongArray());
            assertTrue(picked.isContiguous());
        }
    }

    @Nested
    class Assignment {
        /** Applies one assignment to a fresh 3x4 int64 grid and checks the result and the version bump. */
        private void assign(Consumer<Tensor> write, long[] expected) {
            Tensor x = grid();
            int version = x.storage().version();
            write.accept(x);
            assertArrayEquals(expected, x.toLongArray());
            assertTrue(x.storage().version() > version, "the write bumps the storage version");
        }

        @Test
        void throughSubscriptStrings() {
            assign(x -> x.set(":, 1", 100L), new long[]{0, 100, 2, 3, 4, 100, 6, 7, 8, 100, 10, 11});
            assign(x -> x.set("0", 2.9), new long[]{2, 2, 2, 2, 4, 5, 6, 7, 8, 9, 10, 11});   // truncates, as Python's int cast
            assign(x -> x.set("1:, ::3", tensor(-1, -2)), new long[]{0, 1, 2, 3, -1, 5, 6, -2, -1, 9, 10, -2});
            assign(x -> x.set("..., -1", tensor(new long[][]{{5, 6, 7}})), new long[]{0, 1, 2, 5, 4, 5, 6, 6, 8, 9, 10, 7});
        }

        @Test
        void throughIntegerPositions() {
            assign(x -> x.set(new long[]{2, -1}, 42L), new long[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 42});
            assign(x -> x.set(new long[]{0}, 1.5), new long[]{1, 1, 1, 1, 4, 5, 6, 7, 8, 9, 10, 11});
            assign(x -> x.set(new long[]{1}, tensor(9, 8, 7, 6)), new long[]{0, 1, 2, 3, 9, 8, 7, 6, 8, 9, 10, 11});
        }

        @Test
        void throughMasksAndIndexTensors() {
            assign(x -> x.set(x.gt(8L), -1L), new long[]{0, 1, 2, 3, 4, 5, 6, 7, 8, -1, -1, -1});
            assign(x -> x.set(x.lt(2L), 0.5), new long[]{0, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
            assign(x -> x.set(tensor(2, 0), tensor(7L)), new long[]{7, 7, 7, 7, 4, 5, 6, 7, 7, 7, 7, 7});
            assign(x -> x.set(new Tensor[]{null, tensor(0, 3)}, 9L), new long[]{9, 1, 2, 9, 9, 5, 6, 9, 9, 9, 10, 9});
            assign(x -> x.set(new Tensor[]{tensor(0, 2), tensor(1, 1)}, tensor(-5, -6)), new long[]{0, -5, 2, 3, 4, 5, 6, 7, 8, -6, 10, 11});
            assign(x -> x.indexPut_(new Tensor[]{tensor(1, 1, 1)}, tensor(1L), true), new long[]{0, 1, 2, 3, 7, 8, 9, 10, 8, 9, 10, 11});
        }

        @Test
        void maskedFillAndScatterInPlace() {
            assign(x -> x.maskedFill_(x.remainder(2L).eq(0), 0.0), new long[]{0, 1, 0, 3, 0, 5, 0, 7, 0, 9, 0, 11});
            assign(x -> x.scatter_(1, tensor(new long[][]{{3}, {0}, {1}}), -9.0), new long[]{0, 1, 2, -9, -9, 5, 6, 7, 8, -9, 10, 11});
            assign(x -> x.scatterAdd_(0, tensor(new long[][]{{2, 2, 2, 2}}), tensor(new long[][]{{1, 1, 1, 1}})),
                    new long[]{0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12});
        }

        @Test
        void outOfPlaceTwinsLeaveTheInputAlone() {
            Tensor x = grid();
            long[] before = x.toLongArray();
            int version = x.storage().version();
            Tensor[] results = {
                x.maskedFill(x.gt(3L), 0.0), x.scatter(1, tensor(new long[][]{{0}}), 5.0),
                x.scatter(1, tensor(new long[][]{{0}}), tensor(new long[][]{{5}})),
                x.scatterAdd(1, tensor(new long[][]{{0}}), tensor(new long[][]{{5}})),
                x.indexPut(new Tensor[]{tensor(0L)}, tensor(5L), true),
            };
            assertArrayEquals(before, x.toLongArray());
            assertEquals(version, x.storage().version());
            for (Tensor r : results) assertFalse(r.sharesStorageWith(x));
            assertArrayEquals(new long[]{5, 1, 2, 3}, results[1].get(0).toLongArray());
        }

        @Test
        void longValuesStayExact() {
            long big = (1L << 53) + 1;   // not representable as a double
            Tensor x = zeros(new long[]{3}, DType.INT64);
            x.set("0", big).set(tensor(1L).reshape(1), big).set(new long[]{2}, big);
            assertArrayEquals(new long[]{big, big, big}, x.toLongArray());
            Tensor y = Torch.full(new long[]{2}, big);
            assertArrayEquals(new long[]{big, big}, y.index(tensor(1, 0)).toLongArray());
            assertArrayEquals(new long[]{big}, y.gather(0, tensor(1L).reshape(1)).toLongArray());
        }

        @Test
        void theOneHotIdiom() {
            Tensor labels = tensor(2, 0, 4);
            Tensor oneHot = zeros(3, 5).scatter_(1, labels.unsqueeze(1), 1.0);
            assertArrayEquals(new double[]{0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1}, oneHot.toDoubleArray());
            assertEquals(DType.FLOAT32, oneHot.dtype());
        }
    }

    @Nested
    class NoHalfWrites {
        /** The write must fail with {@code message} and leave the grid and its version as they were. */
        private void refused(Class<? extends RuntimeException> type, String message, Consumer<Tensor> write) {
            Tensor x = grid();
            long[] before = x.toLongArray();
            int version = x.storage().version();
            RuntimeException e = assertThrows(type, () -> write.accept(x));
            assertEquals(message, e.getMessage());
            assertArrayEquals(before, x.toLongArray(), "nothing written");
            assertEquals(version, x.storage().version(), "no version bump");
        }

        @Test
        void anOutOfRangeValueLastInTheIndex() {
            refused(IndexOutOfBoundsException.class, "index 3 is out of bounds for dimension 0 with size 3",
                    x -> x.set(tensor(0, 1, 2, 3), 0L));
            refused(IndexOutOfBoundsException.class, "index 4 is out of bounds for dimension 1 with size 4",
                    x -> x.set(new Tensor[]{tensor(0, 1, 2), tensor(0, 1, 4)}, tensor(7, 7, 7)));
            refused(IndexOutOfBoundsException.class, "index -5 is out of bounds for dimension 0 with size 4",
                    x -> x.indexPut_(new Tensor[]{null, tensor(0, 1, -5)}, tensor(1L), true));
        }

        @Test
        void scatterChecksEveryIndexFirst() {
            refused(IllegalArgumentException.class, "index 4 is out of bounds for dimension 1 with size 4",
                    x -> x.scatter_(1, tensor(new long[][]{{0, 1}, {2, 3}, {0, 4}}), 1.0));
            refused(IllegalArgumentException.class, "index 3 is out of bounds for dimension 0 with size 3",
                    x -> x.scatterAdd_(0, tensor(new long[][]{{0, 1, 2, 3}}), tensor(new long[][]{{1, 1, 1, 1}})));
        }

        @Test
        void aValueOfTheWrongShapeOrDtype() {
            refused(IllegalArgumentException.class, "shape mismatch: value tensor of shape [2] cannot be broadcast to indexing"
                    + " result of shape [2, 4]", x -> x.set(tensor(0, 1), tensor(1, 2)));
            refused(IllegalArgumentException.class, "Index put requires the source and destination dtypes match, got Long for the"
                    + " destination and Float for the source.", x -> x.set(tensor(0, 1), tensor(1.5, 2.5, 3.5, 4.5)));
            refused(IllegalArgumentException.class, "The expanded size of the tensor (4) must match the existing size (3) at"
                    + " non-singleton dimension 1.  Target sizes: [3, 4].  Tensor sizes: [3]", x -> x.set(":", tensor(1, 2, 3)));
        }

        @Test
        void aBadMaskOrAnAliasedValue() {
            refused(IndexOutOfBoundsException.class, "The shape of the mask [4] at index 0 does not match the shape of the indexed"
                    + " tensor [3, 4] at index 0", x -> x.set(tensor(true, false, true, false), 1L));
            refused(IllegalArgumentException.class, "masked_fill_ only supports boolean masks, but got mask with dtype long int",
                    x -> x.maskedFill_(tensor(1, 0, 1, 0), 1.0));
            refused(IllegalArgumentException.class, MemoryOverlap.OVERLAP, x -> x.set("1:", x.get(":2")));
        }
    }

    @Nested
    class LargeInputs {
        @Test
        void longRunsAndManyRowsMatchAnElementwiseReading() {
            // 3 x 2500 float64: the runs along the last dim exceed one chunk (1024), rows do too when transposed.
            Tensor x = arange(7500.0).to(DType.FLOAT64).view(3, 2500);
            Tensor rows = x.index(tensor(2, 0, 2));
            double[] flat = x.toDoubleArray();
            double[] got = rows.toDoubleArray();
            long[] pick = {2, 0, 2};
            for (int r = 0; r < 3; r++)
                for (int c = 0; c < 2500; c++) assertEquals(flat[(int) pick[r] * 2500 + c], got[r * 2500 + c]);
            Tensor cols = x.t().index(null, tensor(1, 1));   // per-element path: the indexed dim is innermost
            assertArrayEquals(new long[]{2500, 2}, cols.shape().toLongArray());
            for (int c = 0; c < 2500; c++) assertEquals(flat[2500 + c], cols.get(c, 1).item());
        }

        @Test
        void accumulationOverManyDuplicatesAddsEveryContribution() {
            int n = 5000;
            long[] idx = new long[n];
            for (int i = 0; i < n; i++) idx[i] = i % 3;
            Tensor acc = zeros(new long[]{3, 1500}, DType.FLOAT32)
                    .indexPut_(new Tensor[]{Torch.from(idx)}, Torch.ones(new long[]{n, 1500}, DType.FLOAT32), true);
            assertEquals(1667.0 * 1500, acc.get(0).sum().item());
            assertEquals(1666.0 * 1500, acc.get(2).sum().item());
            Tensor counts = zeros(new long[]{3}, DType.INT64).scatterAdd_(0, Torch.from(idx), Torch.ones(new long[]{n}, DType.INT64));
            assertArrayEquals(new long[]{1667, 1667, 1666}, counts.toLongArray());
        }

        @Test
        void maskedSelectAndNonzeroAgreeOnALargeMask() {
            Tensor x = arange(40000).view(200, 200);
            Tensor mask = x.remainder(7L).eq(3);
            Tensor selected = x.maskedSelect(mask);
            Tensor where = mask.nonzero();
            assertEquals(where.size(0), selected.numel());
            Tensor flat = where.select(1, 0).mul(200L).add(where.select(1, 1));
            assertArrayEquals(flat.toLongArray(), selected.toLongArray());
            for (long v : selected.toLongArray()) assertEquals(3, v % 7);
        }
    }

    @Nested
    class Subscripts {
        @Test
        void syntaxErrorsNameThePosition() {
            Tensor x = grid();
            assertEquals("invalid index \"1x\": expected ',' at position 1",
                    assertThrows(IllegalArgumentException.class, () -> x.get("1x")).getMessage());
            assertEquals("invalid index \"\": empty index at position 0",
                    assertThrows(IllegalArgumentException.class, () -> x.get("")).getMessage());
            assertEquals("invalid index \"1,,2\": expected an integer, a slice, '...' or 'None' at position 2",
                    assertThrows(IllegalArgumentException.class, () -> x.get("1,,2")).getMessage());
            assertEquals("invalid index \"--1\": expected digits after the sign at position 1",
                    assertThrows(IllegalArgumentException.class, () -> x.get("--1")).getMessage());
            assertEquals("invalid index \"99999999999999999999\": integer out of the int64 range at position 0",
                    assertThrows(IllegalArgumentException.class, () -> x.get("99999999999999999999")).getMessage());
            assertThrows(IllegalArgumentException.class, () -> x.get(":::"));
            assertThrows(IllegalArgumentException.class, () -> x.get("None1"));
        }

        @Test
        void aSecondEllipsisIsRejected() {
            // PyTorch accepts x[..., 0, ...] and misreads sizes with two; torch4j keeps numpy's rule.
            assertEquals("an index can only have a single ellipsis ('...')",
                    assertThrows(IndexOutOfBoundsException.class, () -> grid().get("..., 0, ...")).getMessage());
        }

        @Test
        void aSubscriptIsParsedOnce() {
            IndexSpec.Subscript first = IndexSpec.parse(":, 1:3");
            assertSame(first, IndexSpec.parse(":, 1:3"));
            assertTrue(first.items().get(1) instanceof IndexSpec.Slice(Long a, Long b, Long s) && a == 1 && b == 3 && s == null);
            assertFalse(first.bare());
            assertTrue(IndexSpec.parse("2").bare());
            assertFalse(IndexSpec.parse("2,").bare());
        }

        @Test
        void indexPutNeedsAnIndexTensor() {
            assertThrows(IllegalArgumentException.class, () -> grid().indexPut_(new Tensor[]{null}, tensor(1L)));
        }
    }

    @Test
    void torchStaticsMatchTheMethods() {
        Tensor x = grid();
        Tensor idx = tensor(new long[][]{{1}, {0}, {3}});
        assertTrue(Torch.gather(x, 1, idx).equal(x.gather(1, idx)));
        assertTrue(Torch.scatter(x, 1, idx, 0.0).equal(x.scatter(1, idx, 0.0)));
        assertTrue(Torch.scatter(x, 1, idx, idx).equal(x.scatter(1, idx, idx)));
        assertTrue(Torch.scatterAdd(x, 1, idx, idx).equal(x.scatterAdd(1, idx, idx)));
        assertTrue(Torch.indexSelect(x, 0, tensor(2, 0)).equal(x.indexSelect(0, tensor(2, 0))));
        assertTrue(Torch.maskedSelect(x, x.gt(4L)).equal(x.maskedSelect(x.gt(4L))));
        assertTrue(Torch.maskedFill(x, x.gt(4L), 1.0).equal(x.maskedFill(x.gt(4L), 1.0)));
        assertTrue(Torch.nonzero(x).equal(x.nonzero()));
        assertTrue(Torch.take(x, tensor(11, 0)).equal(x.take(tensor(11, 0))));
        assertArrayEquals(new long[]{1, 4, 11}, Torch.gather(x, 1, idx).toLongArray());
    }
}
