package torch4j.random;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Internal: the bytes of {@code torch.get_rng_state()} / {@code set_rng_state()} (notes §2.3),
 * i.e. {@code CPUGeneratorImplState} laid out as on little-endian x86-64.
 */
public final class RngStateCodec {
    /** {@code sizeof(CPUGeneratorImplState)}: what get_rng_state returns. */
    public static final int STATE_SIZE = 5056;
    /** {@code sizeof(CPUGeneratorImplStateLegacy)}: the pre-1.5 layout set_rng_state still accepts. */
    public static final int LEGACY_STATE_SIZE = 5048;

    private static final int OFF_SEED = 0;
    private static final int OFF_LEFT = 8;
    private static final int OFF_SEEDED = 12;
    private static final int OFF_NEXT = 16;
    private static final int OFF_WORDS = 24;
    private static final int OFF_NORMAL_X = 5016;
    private static final int OFF_NORMAL_Y = 5024;
    private static final int OFF_NORMAL_RHO = 5032;
    private static final int OFF_NORMAL_VALID = 5040;
    private static final int OFF_FLOAT_SAMPLE = 5048;
    private static final int OFF_FLOAT_VALID = 5052;

    private RngStateCodec() {}

    /** The 5056 state bytes of {@code engine}; unused fields and padding are zero, as in PyTorch. */
    public static byte[] encode(Mt19937 engine) {
        ByteBuffer b = ByteBuffer.allocate(STATE_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(OFF_SEED, engine.initialSeed);
        b.putInt(OFF_LEFT, engine.left);
        b.putInt(OFF_SEEDED, 1);
        b.putLong(OFF_NEXT, engine.next);
        for (int i = 0; i < Mt19937.N; i++) {
            b.putLong(OFF_WORDS + 8 * i, engine.state[i] & 0xFFFFFFFFL);
        }
        // normal_x and normal_rho are dummies (0.0); normal_y holds the cached sample itself.
        if (engine.hasCachedDouble) {
            b.putDouble(OFF_NORMAL_Y, engine.cachedDoubleNormal);
            b.putInt(OFF_NORMAL_VALID, 1);
        }
        if (engine.hasCachedFloat) {
            b.putFloat(OFF_FLOAT_SAMPLE, engine.cachedFloatNormal);
            b.put(OFF_FLOAT_VALID, (byte) 1);
        }
        return b.array();
    }

    /**
     * Restores {@code engine} from {@code bytes}, validating as {@code CPUGeneratorImpl::set_state}
     * does. On error the engine is left unchanged.
     *
     * @throws IllegalArgumentException with PyTorch's message for a wrong size or an invalid state
     */
    public static void decode(byte[] bytes, Mt19937 engine) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        boolean hasFloat = false;
        float floatSample = 0f;
        boolean hasDouble = false;
        double doubleSample = 0.0;
        if (bytes.length == LEGACY_STATE_SIZE) {
            // The legacy layout kept the uniform pair behind the cached value; PyTorch rebuilds
            // the sine sample from it (a plain product, CPUGeneratorImpl.cpp is not a kernel file).
            if (b.getInt(OFF_NORMAL_VALID) != 0) {
                double rho = b.getDouble(OFF_NORMAL_RHO);
                double theta = 2.0 * Math.PI * b.getDouble(OFF_NORMAL_X);
                hasDouble = true;
                doubleSample = rho * Libm.active().sin(theta);
            }
        } else if (bytes.length == STATE_SIZE) {
            if (b.get(OFF_FLOAT_VALID) != 0) {
                hasFloat = true;
                floatSample = b.getFloat(OFF_FLOAT_SAMPLE);
            }
            if (b.getInt(OFF_NORMAL_VALID) != 0) {
                hasDouble = true;
                doubleSample = b.getDouble(OFF_NORMAL_Y);
            }
        } else {
            throw new IllegalArgumentException("Expected either a CPUGeneratorImplStateLegacy of size "
                    + LEGACY_STATE_SIZE + " or a CPUGeneratorImplState of size " + STATE_SIZE
                    + " but found the input RNG state size to be " + bytes.length);
        }
        int left = b.getInt(OFF_LEFT);
        boolean seeded = b.getInt(OFF_SEEDED) != 0;
        long next = b.getLong(OFF_NEXT) & 0xFFFFFFFFL; // stored as u64, read back as uint32_t
        // at::mt19937::is_valid()
        if (!seeded || left <= 0 || left > Mt19937.N || next > Mt19937.N) {
            throw new IllegalArgumentException("Invalid mt19937 state");
        }
        for (int i = 0; i < Mt19937.N; i++) {
            engine.state[i] = (int) b.getLong(OFF_WORDS + 8 * i); // u64 words truncated to uint32_t
        }
        engine.refreshTempered();
        engine.initialSeed = b.getLong(OFF_SEED);
        engine.left = left;
        engine.next = (int) next;
        engine.hasCachedDouble = hasDouble;
        engine.cachedDoubleNormal = doubleSample;
        engine.hasCachedFloat = hasFloat;
        engine.cachedFloatNormal = floatSample;
    }
}
