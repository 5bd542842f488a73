package torch4j.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import torch4j.Generator;

/** The engine and {@link Generator}'s API (notes §2); the golden tests cover the streams. */
class RngGeneratorTest {

    private static long[] words(Generator g, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) out[i] = g.engine().next32() & 0xFFFFFFFFL;
        return out;
    }

    @Test
    void isTheStandardMt19937() {
        // C++ [rand.predef]: the 10000th output of a default-constructed std::mt19937 (seed 5489)
        long[] w = words(new Generator().manualSeed(5489), 10_000);
        assertEquals(4123659995L, w[9_999]);
    }

    @Test
    void newGeneratorUsesTorchsDefaultSeed() {
        Generator g = new Generator();
        assertEquals(67280421310721L, g.initialSeed());
        assertArrayEquals(words(new Generator().manualSeed(67280421310721L), 700), words(g, 700));
    }

    @Test
    void onlyTheLow32BitsReachTheState() {
        Generator big = new Generator().manualSeed((1L << 40) + 7);
        assertEquals((1L << 40) + 7, big.initialSeed());
        assertArrayEquals(words(new Generator().manualSeed(7), 1300), words(big, 1300));
        Generator minusOne = new Generator().manualSeed(-1);
        assertEquals("18446744073709551615", Long.toUnsignedString(minusOne.initialSeed()));
        assertArrayEquals(words(new Generator().manualSeed(0xFFFFFFFFL), 10), words(minusOne, 10));
    }

    @Test
    void manualSeedReturnsThisAndRestartsTheStream() {
        Generator g = new Generator();
        assertSame(g, g.manualSeed(9));
        long[] first = words(g, 50);
        g.manualSeed(9);
        assertArrayEquals(first, words(g, 50));
    }

    @Test
    void seedIsNonDeterministicAndBecomesTheInitialSeed() {
        Generator g = new Generator();
        long s1 = g.seed();
        assertEquals(s1, g.initialSeed());
        long[] stream = words(g, 5);
        assertArrayEquals(words(new Generator().manualSeed(s1), 5), stream);
        assertNotEquals(s1, new Generator().seed(), "two 64-bit seeds from SecureRandom collide");
    }

    @Test
    void defaultGeneratorIsOneGlobalObject() {
        assertSame(Generator.defaultGenerator(), Generator.defaultGenerator());
    }

    @Test
    void bulkAndSingleDrawsGiveTheSameWordsAcrossTwists() {
        Generator single = new Generator().manualSeed(77);
        Generator bulk = new Generator().manualSeed(77);
        long[] expected = words(single, 5000);
        int[] got = new int[5000];
        int off = 0;
        int[] chunks = {1, 622, 1, 1, 624, 625, 3, 1000, 1200};
        for (int c : chunks) {
            bulk.engine().fill32(got, off, c);
            off += c;
        }
        bulk.engine().fill32(got, off, 5000 - off);
        for (int i = 0; i < 5000; i++) assertEquals(expected[i], got[i] & 0xFFFFFFFFL, "word " + i);
    }

    @Test
    void stateRoundTripIncludesTheCachedNormal() {
        Generator g = new Generator().manualSeed(5);
        double[] three = new double[3];
        Normal.fill(g, three, 0, 3, 0, 1, true); // scalar path: leaves a cached sample
        byte[] saved = g.getState();
        assertEquals(5056, saved.length);
        ByteBuffer b = ByteBuffer.wrap(saved).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(5, b.getLong(0));
        assertEquals(1, b.getInt(5040), "double cache valid");
        double[] after = new double[5];
        Normal.fill(g, after, 0, 5, 0, 1, true);
        g.manualSeed(1234);
        g.setState(saved);
        double[] again = new double[5];
        Normal.fill(g, again, 0, 5, 0, 1, true);
        assertArrayEquals(after, again);
        assertEquals(5, g.initialSeed());
    }

    @Test
    void setStateValidatesLikePyTorchAndLeavesTheGeneratorAlone() {
        Generator g = new Generator().manualSeed(11);
        long before = g.engine().next32();
        byte[] valid = g.getState();
        var e = assertThrows(IllegalArgumentException.class, () -> g.setState(new byte[10]));
        assertEquals("Expected either a CPUGeneratorImplStateLegacy of size 5048 or a CPUGeneratorImplState"
                + " of size 5056 but found the input RNG state size to be 10", e.getMessage());
        for (int[] field : new int[][] {{8, 0}, {8, 625}, {12, 0}, {16, 625}}) {
            byte[] bad = valid.clone();
            ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putInt(field[0], field[1]);
            e = assertThrows(IllegalArgumentException.class, () -> g.setState(bad));
            assertEquals("Invalid mt19937 state", e.getMessage());
        }
        Generator reference = new Generator().manualSeed(11);
        reference.engine().next32();
        assertEquals(reference.engine().next32(), g.engine().next32(), "failed setState changed nothing");
        assertNotEquals(0, before);
    }

    @Test
    void legacyStateSizeIsAccepted() {
        Generator g = new Generator().manualSeed(3);
        byte[] legacy = java.util.Arrays.copyOf(g.getState(), RngStateCodec.LEGACY_STATE_SIZE);
        long[] expected = words(new Generator().manualSeed(3), 10);
        g.manualSeed(8).setState(legacy);
        assertArrayEquals(expected, words(g, 10));
    }

    /** Each fill holds the generator's lock: concurrent fills get disjoint runs of one stream. */
    @Test
    void concurrentFillsTakeContiguousRunsOfTheStream() throws Exception {
        final int threads = 4;
        final int fills = 200;
        final int len = 257;
        Generator shared = new Generator().manualSeed(21);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<float[]>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                List<float[]> mine = new ArrayList<>();
                for (int i = 0; i < fills; i++) {
                    float[] a = new float[len];
                    Uniform.fill(shared, a, 0, len, 0, 1);
                    mine.add(a);
                }
                return mine;
            }));
        }
        float[] reference = new float[threads * fills * len];
        Uniform.fill(new Generator().manualSeed(21), reference, 0, reference.length, 0, 1);
        Map<Float, Integer> startOf = new HashMap<>();
        for (int i = 0; i < reference.length; i += len) startOf.put(reference[i], i);
        boolean[] used = new boolean[threads * fills];
        for (Future<List<float[]>> f : futures) {
            for (float[] run : f.get()) {
                Integer start = startOf.get(run[0]);
                assertTrue(start != null, "a fill did not start on a run boundary of the stream");
                assertTrue(!used[start / len], "two fills got the same run");
                used[start / len] = true;
                for (int k = 0; k < len; k++) assertEquals(reference[start + k], run[k]);
            }
        }
        pool.shutdown();
    }
}
