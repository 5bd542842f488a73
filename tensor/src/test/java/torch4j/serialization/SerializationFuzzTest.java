package torch4j.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Truncated and bit-flipped checkpoints: loading must either fail with a {@link CheckpointException}
 * or, for the zip format whose records are CRC-checked, return exactly the original object (a flip
 * in a field readers ignore, such as a DOS time or the padding). Never another exception type (no
 * index or negative-size errors, no OutOfMemoryError), never a different object. Bounded: every
 * truncation length up to 2000 per file, 1500 single and 500 multi-bit flips, and 1000 corrupted
 * pickles per file, all from fixed seeds.
 */
class SerializationFuzzTest {

    static void fuzz(byte[] original, Function<byte[], Object> load, boolean checked) {
        Object expected = load.apply(original);
        int step = Math.max(1, original.length / 2000);
        for (int n = 0; n < original.length; n += step) {
            byte[] cut = Arrays.copyOf(original, n);
            expectCleanFailure(cut, load, "truncated to " + n + " bytes");
        }
        Random rnd = new Random(original.length);
        int same = 0, failed = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] b = original.clone();
            int flips = i < 1500 ? 1 : 2 + rnd.nextInt(8);
            for (int f = 0; f < flips; f++) {
                int at = rnd.nextInt(b.length);
                b[at] ^= (byte) (1 << rnd.nextInt(8));
            }
            Object got;
            try {
                got = load.apply(b);
            } catch (CheckpointException e) {
                failed++;
                continue;
            } catch (Throwable t) {
                throw new AssertionError("flip " + i + " raised " + t, t);
            }
            if (checked) {
                try {
                    Trees.assertSameTree(expected, got);
                } catch (AssertionError e) {
                    throw new AssertionError("flip " + i + " loaded a different object: " + e.getMessage(), e);
                }
            }
            same++;
        }
        assertTrue(failed > 0 && same + failed == 2000, same + " loaded, " + failed + " refused");
    }

    static void expectCleanFailure(byte[] b, Function<byte[], Object> load, String what) {
        try {
            load.apply(b);
            fail(what + ": loaded");
        } catch (CheckpointException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), what);
        } catch (Throwable t) {
            throw new AssertionError(what + ": raised " + t, t);
        }
    }

    static Object loadPt(byte[] b) { return Checkpoints.load(new ByteArrayInputStream(b)); }

    static Object loadSt(byte[] b) { return SafeTensors.load(new ByteArrayInputStream(b)); }

    @ParameterizedTest
    @ValueSource(strings = {"net.pt", "tensors.pt", "tensors_p4.pt", "checkpoint.pt", "adam_step.pt"})
    void pytorchFiles(String file) {
        fuzz(Trees.resource(file), SerializationFuzzTest::loadPt, true);
    }

    @ParameterizedTest @ValueSource(ints = 0)
    void torch4jFiles(int unused) {
        fuzz(Trees.saveToBytes(SerializationRoundTripTest.everything()), SerializationFuzzTest::loadPt, true);
    }

    /** safetensors has no checksum: a flip in the data changes values silently; the property is only "clean errors". */
    @ParameterizedTest @ValueSource(strings = "tensors.safetensors")
    void safetensorsFiles(String file) {
        fuzz(Trees.resource(file), SerializationFuzzTest::loadSt, false);
    }

    /**
     * Corruption the CRC does not catch, to reach the unpickler itself: the data.pkl of each file is
     * flipped or cut and re-archived with a correct CRC next to the original storage records. Any
     * outcome but a CheckpointException or a loaded object fails.
     */
    @ParameterizedTest
    @ValueSource(strings = {"net.pt", "tensors.pt", "tensors_p4.pt", "checkpoint.pt", "adam_step.pt", "sched.pt"})
    void picklesThemselves(String file) throws Exception {
        ZipReader zip = new ZipReader(ByteSource.of(Trees.resource(file), Trees.resource(file).length));
        java.util.Map<String, byte[]> records = new java.util.LinkedHashMap<>();
        String prefix = zip.names().get(0).substring(0, zip.names().get(0).indexOf('/') + 1);
        for (String name : zip.names()) records.put(name.substring(prefix.length()), zip.bytes(zip.entry(name)));
        byte[] pickle = records.remove("data.pkl");
        records.remove("version");
        Random rnd = new Random(pickle.length);
        int loaded = 0;
        for (int i = 0; i < 1000; i++) {
            byte[] p = i < 100 ? Arrays.copyOf(pickle, rnd.nextInt(pickle.length)) : pickle.clone();
            if (i >= 100) for (int f = 0, n = 1 + rnd.nextInt(3); f < n; f++) p[rnd.nextInt(p.length)] ^= (byte) (1 << rnd.nextInt(8));
            byte[] archive = SerializationHostileTest.archive(p, records);
            try {
                loadPt(archive);
                loaded++;
            } catch (CheckpointException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
            } catch (Throwable t) {
                throw new AssertionError(file + ", case " + i + " raised " + t, t);
            }
        }
        assertTrue(loaded < 1000, file);
    }

    @ParameterizedTest @ValueSource(ints = 0)
    void emptyAndTinyInputs(int unused) {
        for (int n = 0; n < 40; n++) {
            expectCleanFailure(new byte[n], SerializationFuzzTest::loadPt, n + " zero bytes");
            expectCleanFailure(new byte[n], SerializationFuzzTest::loadSt, n + " zero bytes (safetensors)");
        }
        assertEquals(1, 1);
    }
}
