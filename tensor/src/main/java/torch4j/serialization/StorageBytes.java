package torch4j.serialization;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import torch4j.DType;

/**
 * Moves storage elements between Java arrays and raw bytes in a given byte order, for both
 * checkpoint formats (PyTorch's and safetensors both store little-endian element bytes).
 * {@link MemorySegment#copy} does the bulk moves: on a little-endian machine they are memcpy.
 */
final class StorageBytes {
    private StorageBytes() {}

    /** The element layout of {@code dtype}, unaligned because zip records and headers place data anywhere. */
    private static ValueLayout layout(DType dtype, ByteOrder order) {
        return switch (dtype) {
            case FLOAT32 -> ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(order);
            case FLOAT64 -> ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(order);
            case INT64 -> ValueLayout.JAVA_LONG_UNALIGNED.withOrder(order);
            case INT32 -> ValueLayout.JAVA_INT_UNALIGNED.withOrder(order);
            case INT16 -> ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order);
            case INT8, UINT8, BOOL -> ValueLayout.JAVA_BYTE;
        };
    }

    /** {@code count} elements of {@code array} from {@code index} into {@code dst} at {@code dstOffset}. */
    static void toBytes(Object array, DType dtype, int index, MemorySegment dst, long dstOffset, int count) {
        if (array instanceof boolean[] a) {
            for (int i = 0; i < count; i++) dst.set(ValueLayout.JAVA_BYTE, dstOffset + i, a[index + i] ? (byte) 1 : (byte) 0);
            return;
        }
        MemorySegment.copy(array, index, dst, layout(dtype, ByteOrder.LITTLE_ENDIAN), dstOffset, count);
    }

    /** {@code count} elements from {@code src} at {@code srcOffset} into {@code array} from {@code index}. */
    static void fromBytes(MemorySegment src, long srcOffset, ByteOrder order, Object array, DType dtype, int index, int count) {
        if (array instanceof boolean[] a) {
            for (int i = 0; i < count; i++) a[index + i] = src.get(ValueLayout.JAVA_BYTE, srcOffset + i) != 0;
            return;
        }
        MemorySegment.copy(src, layout(dtype, order), srcOffset, array, index, count);
    }
}
