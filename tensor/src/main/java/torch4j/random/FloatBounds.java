package torch4j.random;

import torch4j.DType;

/**
 * Internal: the bound handling of {@code random_} (notes §5.2): PyTorch's {@code update_from},
 * {@code update_to} and {@code check_from_to_in_range}, including x86's conversion of
 * out-of-range floats to {@code INT64_MIN}.
 */
final class FloatBounds {
    private FloatBounds() {}

    /** {@code std::numeric_limits<T>::digits}: 24 for float32, 53 for float64. */
    static int digits(DType dtype) {
        return dtype == DType.FLOAT32 ? 24 : 53;
    }

    /** The largest value of an integral dtype (1 for bool). */
    static long integralMax(DType dtype) {
        return switch (dtype) {
            case BOOL -> 1;
            case UINT8 -> 255;
            case INT8 -> Byte.MAX_VALUE;
            case INT16 -> Short.MAX_VALUE;
            case INT32 -> Integer.MAX_VALUE;
            case INT64 -> Long.MAX_VALUE;
            default -> throw new IllegalArgumentException("not an integral dtype: " + dtype);
        };
    }

    private static long integralMin(DType dtype) {
        return switch (dtype) {
            case BOOL, UINT8 -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            default -> throw new IllegalArgumentException("not an integral dtype: " + dtype);
        };
    }

    /**
     * {@code static_cast<int64_t>(static_cast<T>(v))} as x86 computes it: one rounding to the
     * dtype, then truncation, with {@code INT64_MIN} for values ≥ 2^63 (§9; Java saturates).
     */
    static long roundTrip(long v, DType dtype) {
        double rounded = dtype == DType.FLOAT32 ? (double) (float) v : (double) v;
        return rounded >= 0x1p63 ? Long.MIN_VALUE : (long) rounded;
    }

    /** {@code update_from<T>}: raise {@code from} when {@code T(from + 1)} lands below it. */
    static long updateFrom(long from, DType dtype) {
        long fromPlus1 = roundTrip(from + 1, dtype);
        if (fromPlus1 < from) {
            long magnitude = Math.abs(from + 1);
            int n = 0;
            while ((magnitude >>= 1) != 0) ++n;
            from = fromPlus1 + (1L << (n - digits(dtype) + 1));
        }
        return from;
    }

    /** {@code update_to<T>}: lower {@code to} when {@code T(to - 1)} lands at or above it. */
    static long updateTo(long to, DType dtype) {
        long toMinus1 = roundTrip(to - 1, dtype);
        if (toMinus1 >= to) {
            long magnitude = Math.abs(to - 1);
            int n = 0;
            while ((magnitude >>= 1) != 0) ++n;
            to = toMinus1 - (1L << (n - digits(dtype) + 1));
        }
        return to;
    }

    /** {@code check_from_to_in_range(from, to_inc, dtype)}: errors, and the float precision warning. */
    static void checkInRange(long from, long toInclusive, DType dtype) {
        String name = Messages.typeMetaName(dtype);
        if (dtype.isFloatingPoint()) {
            double max = dtype == DType.FLOAT32 ? Float.MAX_VALUE : Double.MAX_VALUE;
            if (!((double) from >= -max && (double) from <= max)) {
                throw new IllegalArgumentException("from is out of bounds for " + name);
            }
            if (!((double) toInclusive >= -max && (double) toInclusive <= max)) {
                throw new IllegalArgumentException("to - 1 is out of bounds for " + name);
            }
            int digits = digits(dtype);
            warnOutOfBounds(from, "from", digits, name);
            warnOutOfBounds(toInclusive, "to - 1", digits, name);
        } else {
            long min = integralMin(dtype);
            long max = integralMax(dtype);
            if (from < min || from > max) {
                throw new IllegalArgumentException("from is out of bounds for " + name);
            }
            if (toInclusive < min || toInclusive > max) {
                throw new IllegalArgumentException("to - 1 is out of bounds for " + name);
            }
        }
    }

    private static void warnOutOfBounds(long v, String what, int digits, String name) {
        if (v < -(1L << digits) || v > (1L << digits)) {
            Messages.warn(what + " is out of bounds [-(2^" + digits + "), 2^" + digits + "]. Due to precision"
                    + " limitations " + name + " can support discrete uniform distribution only within this range."
                    + " This warning will become an error in version 1.7 release, please fix the code in advance");
        }
    }
}
