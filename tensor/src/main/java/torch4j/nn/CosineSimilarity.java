package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Cosine similarity of two inputs along {@code dim} ({@code nn.CosineSimilarity}, dim 1, eps
 * 1e-8); see {@link F#cosineSimilarity(Tensor, Tensor, long, double)}.
 *
 * <pre>{@code
 * jshell> new CosineSimilarity(0, 1e-8).call(tensor(1.0, 1.0), tensor(1.0, 0.0))
 * $1 ==> tensor(0.7071)
 * }</pre>
 */
public class CosineSimilarity extends Module {
    /** The dimension along which the vectors lie. */
    public final long dim;
    /** The smallest norm used. */
    public final double eps;

    /** {@code nn.CosineSimilarity()}: dim 1, eps 1e-8. */
    public CosineSimilarity() { this(1, 1e-8); }

    /** {@code nn.CosineSimilarity(dim, eps)}. */
    public CosineSimilarity(long dim, double eps) {
        this.dim = dim;
        this.eps = eps;
    }

    @Override public Tensor forward(Tensor x1, Tensor x2) { return F.cosineSimilarity(x1, x2, dim, eps); }
}
