package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * softmax over the channels of each location of a (C, H, W) or (N, C, H, W) input ({@code nn.Softmax2d}).
 *
 * <pre>{@code
 * jshell> new Softmax2d().call(zeros(1, 2, 1, 1)).flatten()
 * $1 ==> tensor([0.5000, 0.5000])
 * }</pre>
 */
public class Softmax2d extends Module {
    /** {@code nn.Softmax2d()}. */
    public Softmax2d() {}

    /**
     * Softmax along dim −3.
     *
     * @throws IllegalArgumentException "Softmax2d requires a 3D or 4D tensor as input" (PyTorch's assertion)
     */
    @Override public Tensor forward(Tensor input) {
        if (input.dim() != 3 && input.dim() != 4) throw new IllegalArgumentException("Softmax2d requires a 3D or 4D tensor as input");
        return F.softmax(input, -3);
    }
}
