package torch4j.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keyword arguments of an optimizer's constructor, as a fluent builder (LibTorch's
 * {@code torch::optim::SGDOptions(0.1).momentum(0.9)} is the precedent). Each optimizer's
 * {@code options()} starts from PyTorch's defaults, in PyTorch's key order; those become the
 * optimizer's {@code defaults} and fill every parameter group.
 *
 * <pre>{@code
 * jshell> SGD.options().lr(0.1).momentum(0.9)
 * $1 ==> {lr=0.1, momentum=0.9, dampening=0, weight_decay=0, nesterov=false, maximize=false, foreach=null, differentiable=false}
 * }</pre>
 *
 * @param <O> the concrete options type, so chained setters keep it
 */
public abstract class OptimizerOptions<O extends OptimizerOptions<O>> {
    private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

    /** Starts from {@code key, value, key, value, ...}: PyTorch's defaults in its order. */
    protected OptimizerOptions(Object... keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) values.put((String) keyValues[i], keyValues[i + 1]);
    }

    /** Sets option {@code key} by PyTorch's name. */
    @SuppressWarnings("unchecked")
    public O set(String key, Object value) {
        values.put(key, ParamGroup.normalise(value));
        return (O) this;
    }

    /** Option {@code key}. */
    public Object get(String key) { return values.get(key); }

    /** The learning rate. */
    public O lr(double lr) { return set("lr", lr); }

    /** L2 penalty added to the gradient (decoupled decay for AdamW). */
    public O weightDecay(double weightDecay) { return set("weight_decay", weightDecay); }

    /** Maximizes the objective instead of minimizing it. */
    public O maximize(boolean maximize) { return set("maximize", maximize); }

    /** The options as PyTorch's {@code defaults} dict. */
    public Map<String, Object> asMap() { return Collections.unmodifiableMap(values); }

    double number(String key) { return ((Number) values.get(key)).doubleValue(); }

    @Override public String toString() { return values.toString(); }
}
