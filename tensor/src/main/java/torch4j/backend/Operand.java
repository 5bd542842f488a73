package torch4j.backend;

import torch4j.storage.Storage;

/**
 * One operand of a primitive: a storage, the element offset of its first element, and its strides
 * over the primitive's iteration shape. Strides may be 0 (a broadcast dimension: the same element
 * is read again) and may be negative or overlap other operands only where a primitive says so.
 *
 * @param storage the elements (on the backend's device)
 * @param offset  element offset of index (0, ..., 0)
 * @param strides element strides, one per dimension of the iteration shape
 */
public record Operand(Storage storage, long offset, long[] strides) {}
