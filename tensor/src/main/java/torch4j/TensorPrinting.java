package torch4j;

import java.util.List;
import torch4j.print.TensorData;
import torch4j.print.TensorFormatter;

/** Adapts a tensor to the printer: element reads by row-major logical index through the strides. */
final class TensorPrinting implements TensorData {
    private final Tensor t;

    private TensorPrinting(Tensor t) { this.t = t; }

    static String repr(Tensor t) {
        List<String> suffixes = t.gradFn != null ? List.of("grad_fn=<" + t.gradFn.displayName() + ">")
                : t.requiresGrad ? List.of("requires_grad=True") : List.of();
        return TensorFormatter.repr(new TensorPrinting(t), suffixes);
    }

    @Override public long[] shape() { return t.shape.clone(); }
    @Override public DType dtype() { return t.dtype(); }
    @Override public String device() { return t.device().toString(); }
    @Override public double getDouble(long flatIndex) { return t.storage.getDouble(offsetOf(flatIndex)); }
    @Override public long getLong(long flatIndex) { return t.storage.getLong(offsetOf(flatIndex)); }

    private int offsetOf(long flat) {
        long off = t.offset;
        for (int d = t.shape.length - 1; d >= 0; d--) {
            long n = t.shape[d];
            off += (flat % n) * t.strides[d];
            flat /= n;
        }
        return (int) off;
    }
}
