package torch4j.nn;

/**
 * min(max(x, 0), 6) elementwise ({@code nn.ReLU6}, MobileNetV2's activation): a {@link Hardtanh}
 * over [0, 6] as in PyTorch, so its node is {@code HardtanhBackward0}.
 *
 * <pre>{@code
 * jshell> new ReLU6(true)
 * $1 ==> ReLU6(inplace=True)
 * jshell> new ReLU6().call(tensor(-1.0, 3.0, 7.0))
 * $2 ==> tensor([0., 3., 6.])
 * }</pre>
 */
public class ReLU6 extends Hardtanh {
    /** {@code nn.ReLU6()}. */
    public ReLU6() { this(false); }

    /** {@code nn.ReLU6(inplace)}. */
    public ReLU6(boolean inplace) { super(0.0, 6.0, inplace); }

    @Override public String extraRepr() { return inplace ? "inplace=True" : ""; }
}
