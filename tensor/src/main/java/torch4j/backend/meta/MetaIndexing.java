package torch4j.backend.meta;

import torch4j.backend.IndexingPrimitives;
import torch4j.backend.Operand;
import torch4j.storage.MetaStorage;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * Meta gathers and scatters: results without data, and no index checks (PyTorch's meta kernels
 * cannot read the values either). {@code take} has no meta kernel in PyTorch 1.13, so it fails as
 * PyTorch's dispatcher does.
 */
final class MetaIndexing implements IndexingPrimitives {

    @Override public Storage gather(long[] shape, Indexed src) {
        return MetaStorage.of(src.base().storage().dtype(), Shapes.numel(shape));
    }

    @Override public void scatter(long[] shape, Indexed dst, Operand value, boolean accumulate) {}

    @Override public Storage take(long[] shape, Operand index, long[] selfShape, Operand self, OutOfRange outOfRange) {
        throw notImplemented("aten::take");
    }

    @Override public void embeddingRenorm(long rows, long cols, Operand weight, long count, Operand indices, double maxNorm,
                                          double normType, OutOfRange outOfRange) {}

    /** PyTorch's dispatcher error (its first sentence) for an operator without a meta kernel. */
    static UnsupportedOperationException notImplemented(String op) {
        return new UnsupportedOperationException("Could not run '" + op + "' with arguments from the 'Meta' backend.");
    }
}
