package torch4j.nn;

/**
 * PyTorch's {@code NonDynamicallyQuantizableLinear}: a {@link Linear} under another name, which
 * {@link MultiheadAttention} uses for its output projection (PyTorch names it so that dynamic
 * quantisation leaves it alone); the name shows in the repr.
 *
 * <pre>{@code
 * jshell> new NonDynamicallyQuantizableLinear(4, 4, true)
 * $1 ==> NonDynamicallyQuantizableLinear(in_features=4, out_features=4, bias=True)
 * }</pre>
 */
public class NonDynamicallyQuantizableLinear extends Linear {
    /** {@code NonDynamicallyQuantizableLinear(in, out, bias)}, initialised as {@link Linear}. */
    public NonDynamicallyQuantizableLinear(long inFeatures, long outFeatures, boolean bias) { super(inFeatures, outFeatures, bias); }
}
