package torch4j.optim.schedulers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import torch4j.optim.Optimizer;

/**
 * Sets each group's lr to its initial lr times {@code lrLambda(epoch)} ({@code LambdaLR}).
 *
 * <pre>{@code
 * jshell> var sched = new LambdaLR(opt, epoch -> Math.pow(0.95, epoch))
 * }</pre>
 */
public class LambdaLR extends LRScheduler {
    private final List<IntToDoubleFunction> lambdas;

    /** One factor function for every group. */
    public LambdaLR(Optimizer optimizer, IntToDoubleFunction lrLambda) {
        this(optimizer, Collections.nCopies(optimizer.paramGroups().size(), lrLambda));
    }

    /**
     * One function per group.
     *
     * @throws IllegalArgumentException "Expected 2 lr_lambdas, but got 1"
     */
    public LambdaLR(Optimizer optimizer, List<IntToDoubleFunction> lrLambdas) {
        super(optimizer);
        if (lrLambdas.size() != optimizer.paramGroups().size())
            throw new IllegalArgumentException("Expected " + optimizer.paramGroups().size() + " lr_lambdas, but got " + lrLambdas.size());
        this.lambdas = List.copyOf(lrLambdas);
        initialStep();
    }

    @Override protected List<Double> computeLr() {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < lambdas.size(); i++) out.add(baseLrs.get(i) * lambdas.get(i).applyAsDouble(lastEpoch));
        return out;
    }

    /** Functions are not saved: {@code lr_lambdas} is a list of None, as PyTorch writes for plain functions. */
    @Override public Map<String, Object> stateDict() {
        Map<String, Object> out = super.stateDict();
        out.put("lr_lambdas", Collections.nCopies(lambdas.size(), null));
        return out;
    }

    @Override protected void writeState(Map<String, Object> out) {}

    @Override protected void readState(Map<String, Object> in) {}
}
