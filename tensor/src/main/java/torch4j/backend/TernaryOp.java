package torch4j.backend;

import java.util.List;
import java.util.Map;

/**
 * The three-operand elementwise ops: selection ({@code where}, {@code masked_fill}) and the fused
 * updates optimizers are made of. Their CPU kernels are the backend's own (one fused pass, ATen's
 * rounding order); the expressions are for generated kernels, as {@link ElementwiseOp}'s.
 */
public final class TernaryOp implements ElementwiseOp {
    /** {@code where(cond, x, y)}; masked_fill is {@code where(mask, value, self)}. */
    public static final TernaryOp WHERE = new TernaryOp("where", List.of("cond", "x", "y"), List.of(), "cond != 0 ? x : y");
    /** {@code self + value * a * b}. */
    public static final TernaryOp ADDCMUL = new TernaryOp("addcmul", List.of("self", "a", "b"), List.of("value"), "self + value * a * b");
    /** {@code self + value * a / b}. */
    public static final TernaryOp ADDCDIV = new TernaryOp("addcdiv", List.of("self", "a", "b"), List.of("value"), "self + value * a / b");
    /** {@code self + weight * (end - self)}, from the nearer end as ATen (weight 1 gives end exactly). */
    public static final TernaryOp LERP = new TernaryOp("lerp", List.of("self", "end", "weight"), List.of(),
            "t4j_abs(weight) < 0.5 ? self + weight * (end - self) : end - (end - self) * (1 - weight)");

    private final String name;
    private final List<String> operands;
    private final List<String> scalarNames;
    private final String expression;

    private TernaryOp(String name, List<String> operands, List<String> scalarNames, String expression) {
        this.name = name;
        this.operands = operands;
        this.scalarNames = scalarNames;
        this.expression = expression;
    }

    @Override public String name() { return name; }
    @Override public String expression() { return expression; }
    @Override public List<String> operands() { return operands; }

    /** The scalar parameters' names (their values come with each call, as {@code value} of addcmul). */
    public List<String> scalarNames() { return scalarNames; }

    /** The declaration's scalars with a placeholder value of 1 (each call passes its own). */
    @Override public Map<String, Number> scalars() {
        java.util.LinkedHashMap<String, Number> m = new java.util.LinkedHashMap<>();
        for (String s : scalarNames) m.put(s, 1.0);
        return m;
    }

    @Override public String toString() { return name; }
}
