package torch4j;

import java.util.List;

/** {@code torch.broadcast_shapes} and one-argument {@code torch.where}, as PyTorch 1.13 defines them. */
final class PythonShapes {
    private PythonShapes() {}

    /** PyTorch 1.13's Python definition, checked from the last dim of each shape in turn. */
    static Size broadcastShapes(long[][] shapes) {
        int maxLen = 0;
        for (long[] s : shapes) maxLen = Math.max(maxLen, s.length);
        long[] result = new long[maxLen];
        java.util.Arrays.fill(result, 1);
        for (long[] s : shapes) {
            for (int i = 1; i <= s.length; i++) {
                long d = s[s.length - i];
                if (d < 0) throw new IllegalArgumentException("Trying to create tensor with negative dimension (" + d + "): (" + d + ")");
                if (d == 1 || d == result[maxLen - i]) continue;
                if (result[maxLen - i] != 1) throw new IllegalArgumentException("Shape mismatch: objects cannot be broadcast to a single shape");
                result[maxLen - i] = d;
            }
        }
        return Size.of(result);
    }

    /** {@code torch.nonzero(condition, as_tuple=True)}: a 0-dim condition reads as a 1-element one. */
    static List<Tensor> nonzeroTuple(Tensor condition) {
        Tensor c = condition.dim() == 0 ? condition.reshape(1) : condition;
        return c.nonzero().unbind(1);
    }
}
