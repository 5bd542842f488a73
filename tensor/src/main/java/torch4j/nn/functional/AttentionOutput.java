package torch4j.nn.functional;

import torch4j.Tensor;

/**
 * What {@code MultiheadAttention} and {@code F.multi_head_attention_forward} return, PyTorch's
 * pair {@code (attn_output, attn_output_weights)}; the weights are null (Python's None) when
 * {@code need_weights=False}. {@code get(0)} and {@code get(1)} index it as Python's tuple, and it
 * prints as that tuple.
 *
 * <pre>{@code
 * jshell> var out = mha.call(x, x, x); out.attnOutput().shape()
 * $2 ==> torch.Size([3, 2, 8])
 * }</pre>
 */
public record AttentionOutput(Tensor attnOutput, Tensor attnOutputWeights) {
    /** Python's {@code result[i]}: 0 the output, 1 the weights (or null); negative counts from the end. */
    public Tensor get(int i) {
        return switch (i) {
            case 0, -2 -> attnOutput;
            case 1, -1 -> attnOutputWeights;
            default -> throw new IndexOutOfBoundsException("tuple index out of range");
        };
    }

    /** Python's tuple repr: {@code (tensor(...), None)}. */
    @Override public String toString() {
        return "(" + attnOutput + ", " + (attnOutputWeights == null ? "None" : attnOutputWeights) + ")";
    }
}
