package torch4j;

import torch4j.autograd.Node;
import torch4j.autograd.TensorHistory;

/** The root package's side of {@link TensorHistory}: it sets the autograd fields only this package sees. */
final class HistoryAccess implements TensorHistory {
    static { TensorHistory.register(new HistoryAccess()); }

    private HistoryAccess() {}

    @Override public void setHistory(Tensor t, Node fn, int outputNr) {
        t.gradFn = fn;
        t.outputNr = outputNr;
        t.requiresGrad = true;
    }

    @Override public Tensor alias(Tensor t) { return t.view(t.shape, t.strides, t.offset); }

    @Override public boolean isView(Tensor t) { return t.viewBase != null; }
}
