package torch4j.vision.transforms;

import torch4j.Tensor;
import torch4j.Torch;

/**
 * The draws torchvision 0.14's random transforms make, each the same call on the global generator,
 * so a seed gives the same crops, flips, angles and jitter as in Python.
 */
final class RandomDraws {
    private RandomDraws() {}

    /** {@code torch.rand(1) < p}: a float32 draw compared with p rounded to float32, as tensor comparison does. */
    static boolean below(double p) { return Torch.rand(1).lt(p).booleanValue(); }

    /** {@code torch.randint(low, high, size=(1,)).item()}. */
    static int randint(long low, long high) { return (int) Torch.randint(low, high, 1).longValue(); }

    /** {@code float(torch.empty(1).uniform_(from, to))}: a float32 sample, widened. */
    static double uniform(double from, double to) { return Torch.empty(1).uniform_(from, to).item(); }

    /** {@code torch.randperm(n)}. */
    static long[] randperm(int n) { return Torch.randperm(n).toLongArray(); }

    /** {@code torch.exp(torch.empty(1).uniform_(from, to)).item()}. */
    static double expUniform(double from, double to) {
        Tensor u = Torch.empty(1).uniform_(from, to);
        return u.exp().item();
    }
}
