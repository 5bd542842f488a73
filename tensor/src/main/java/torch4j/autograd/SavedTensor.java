package torch4j.autograd;

import torch4j.Tensor;

/**
 * A tensor saved for backward, with the version of its storage at the time: an in-place write
 * afterwards makes {@link #unpack} fail with PyTorch's message instead of giving a wrong gradient.
 * Released after backward unless the graph is retained.
 */
public final class SavedTensor {
    private Tensor tensor;
    private final int version;
    private final boolean isOutput;
    private boolean released;

    /** Saves {@code tensor}; {@code isOutput} when it is the output of the node that saves it. */
    public SavedTensor(Tensor tensor, boolean isOutput) {
        this.tensor = tensor;
        this.version = tensor.storage().version();
        this.isOutput = isOutput;
    }

    /** The saved tensor, checked against in-place modification and release. */
    public Tensor unpack(Node owner) {
        if (released) throw backwardTwice();
        int now = tensor.storage().version();
        if (now != version) {
            Node fn = isOutput ? owner : tensor.gradFn();
            throw new IllegalStateException("one of the variables needed for gradient computation has been modified by an inplace"
                    + " operation: [torch." + typeName(tensor) + " " + tensor.shape().toString().replace("torch.Size(", "").replace(")", "")
                    + "]" + (fn != null ? ", which is output " + (isOutput ? 0 : tensor.outputNr()) + " of " + fn.name() + "," : "")
                    + " is at version " + now + "; expected version " + version + " instead. Hint: enable anomaly detection to find"
                    + " the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).");
        }
        return tensor;
    }

    /** PyTorch's error for reading saved tensors that a backward freed. */
    static IllegalStateException backwardTwice() {
        return new IllegalStateException("Trying to backward through the graph a second time (or directly access saved tensors after"
                + " they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or"
                + " autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you"
                + " need to access saved tensors after calling backward.");
    }

    /** Frees the reference (after a backward without retain_graph). */
    public void release() {
        released = true;
        tensor = null;
    }

    static String typeName(Tensor t) {
        return switch (t.dtype()) {
            case FLOAT32 -> "FloatTensor";
            case FLOAT64 -> "DoubleTensor";
            case INT64 -> "LongTensor";
            case INT32 -> "IntTensor";
            case INT16 -> "ShortTensor";
            case INT8 -> "CharTensor";
            case UINT8 -> "ByteTensor";
            case BOOL -> "BoolTensor";
        };
    }
}
