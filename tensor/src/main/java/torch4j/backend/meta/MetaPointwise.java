package torch4j.backend.meta;

import torch4j.DType;
import torch4j.backend.ElementwiseOp;
import torch4j.backend.Operand;
import torch4j.backend.OptimizerUpdates;
import torch4j.backend.PointwisePrimitives;
import torch4j.backend.TernaryOp;

/**
 * Pointwise primitives on meta tensors: the op layer has made every output's metadata, so each
 * primitive does nothing, except where a result's shape would depend on the data (masked_select,
 * nonzero), which PyTorch 1.13 has no meta kernel for either.
 */
final class MetaPointwise implements PointwisePrimitives {
    @Override public void map(long[] shape, DType compute, Operand out, Operand x, ElementwiseOp.UnaryOp op) {}
    @Override public void map(long[] shape, DType compute, Operand out, Operand a, Operand b, ElementwiseOp.BinaryOp op) {}
    @Override public void where(long[] shape, Operand out, Operand cond, Operand x, Operand y) {}
    @Override public void fused(TernaryOp op, long[] shape, DType compute, Operand out, Operand self, Operand a, Operand b, double value) {}
    @Override public void fill(long[] shape, Operand out, Number value) {}
    @Override public void arange(Operand out, long n, double start, double step) {}
    @Override public void arange(Operand out, long n, long start, long step) {}
    @Override public void linspace(Operand out, long steps, double start, double end) {}

    /** PyTorch's NotImplementedError, first sentence: the op has no kernel for the Meta dispatch key. */
    @Override public long countNonzero(String op, long[] shape, Operand x) {
        throw new UnsupportedOperationException("Could not run 'aten::" + op + "' with arguments from the 'Meta' backend.");
    }

    @Override public void compress(long[] shape, Operand out, Operand x, Operand mask) {}
    @Override public void nonzero(long[] shape, Operand out, Operand x) {}
    @Override public void adam(long n, Operand p, Operand grad, Operand m, Operand v, Operand max, OptimizerUpdates.Adam step) {}
    @Override public void sgd(long n, Operand p, Operand grad, Operand buf, boolean first, OptimizerUpdates.Sgd step) {}
}
