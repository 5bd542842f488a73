package torch4j.backend.meta;

import torch4j.backend.Operand;
import torch4j.backend.ReductionKind;
import torch4j.backend.ReductionPrimitives;

/**
 * Reductions on the meta device: the op layer has made every output's shape, dtype and strides,
 * so there is nothing to compute. kthvalue has no meta kernel in PyTorch 1.13 and fails as there.
 */
final class MetaReductions implements ReductionPrimitives {
    @Override public void reduce(ReductionKind kind, long[] shape, boolean[] reduced, Operand x, Operand values, Operand indices,
                                 Operand centers) {}
    @Override public void scan(boolean prod, long[] shape, Operand out, Operand x) {}
    @Override public void cumulativeExtreme(boolean max, long[] shape, Operand out, Operand indices, Operand x) {}
    @Override public void logcumsumexp(long[] shape, Operand out, Operand x) {}
    @Override public void sort(long[] shape, int dim, boolean descending, boolean stable, Operand values, Operand indices, Operand x) {}
    @Override public void topk(long[] shape, int dim, int k, boolean largest, boolean sorted, Operand values, Operand indices,
                               Operand x) {}
    @Override public void kthvalue(long[] shape, int dim, int k, Operand values, Operand indices, Operand x) {
        throw noKernel("aten::kthvalue.values");
    }
    @Override public void softmax(boolean log, long outer, long size, long inner, Operand out, Operand x) {}
    @Override public void softmaxBackward(boolean log, long outer, long size, long inner, Operand out, Operand g, Operand y) {}
    @Override public void nllLoss(int reduction, long ignoreIndex, long rows, long classes, Operand out, Operand totalWeight,
                                  Operand x, Operand target, Operand weight) {}
    @Override public void nllLossBackward(int reduction, long ignoreIndex, long rows, long classes, Operand out, Operand g,
                                          Operand target, Operand weight, Operand totalWeight) {}
    @Override public void mseLoss(long n, boolean mean, Operand out, Operand a, Operand b) {}
    @Override public void mseLossBackward(long n, boolean mean, Operand out, Operand a, Operand b, Operand g) {}

    /**
     * PyTorch's NotImplementedError for an op without a meta kernel (its first sentence), for the
     * ops whose result depends on data the meta device does not have.
     */
    static UnsupportedOperationException noKernel(String op) {
        return new UnsupportedOperationException("Could not run '" + op + "' with arguments from the 'Meta' backend.");
    }
}
