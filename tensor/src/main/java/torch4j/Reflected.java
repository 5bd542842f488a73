package torch4j;

import static torch4j.Pointwise.Result.PROMOTED;
import static torch4j.PointwiseGrad.Saves.NONE;

import torch4j.Pointwise.Binary;
import torch4j.autograd.GradMode;

/**
 * The function-only forms with a number first ({@code torch.sub(2, x)}, {@code torch.pow(2, x)},
 * {@code torch.rsub(x, 2)}) and the {@code out=} variants: ops declared once in the seam's format,
 * with the node names PyTorch records for these overloads.
 */
final class Reflected {
    private Reflected() {}

    /** {@code torch.rsub(input, other)}: other - input ({@code RsubBackward0}; {@code RsubBackward1} for a number). */
    static final Binary RSUB = new Binary("rsub", PROMOTED, "b - a",
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = b[i] - a[i]; },
            (a, b, o, n) -> { for (int i = 0; i < n; i++) o[i] = b[i] - a[i]; })
            .withFloat((a, b, o, from, to) -> { for (int i = from; i < to; i++) o[i] = b[i] - a[i]; })
            .withGrad("RsubBackward0", "RsubBackward1", NONE, (g, a, b, y) -> g.neg(), (g, a, b, y) -> g);

    /** {@code torch.pow(self: Number, exponent: Tensor)}: ATen's pow.Scalar, whose node is {@code PowBackward2}. */
    static final Binary POW_SCALAR_BASE = BinaryOps.POW.withGrad("PowBackward2", null, BinaryOps.POW.grad().saves(),
            BinaryOps.POW.grad().da(), BinaryOps.POW.grad().db());

    static Tensor rsub(Tensor input, Tensor other) {
        if (input.dtype() == DType.BOOL || other.dtype() == DType.BOOL)
            throw new IllegalArgumentException("Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or"
                    + " `logical_xor()` operator instead.");
        return Pointwise.apply(RSUB, input, other);
    }

    /** A number as the first operand: a wrapped number, as Python's arg parser makes it. */
    static Tensor number(double v) { return Conversions.scalar(v); }

    static Tensor number(long v) { return Conversions.scalar(v); }

    /**
     * Writes {@code result} into {@code out} as ATen's out= kernels do: no autograd through out=,
     * the result dtype must cast to out's, and out is resized (with PyTorch's warning when it had elements).
     */
    static Tensor into(String op, Out o, java.util.function.Supplier<Tensor> compute, boolean sameDtype, Tensor... inputs) {
        Tensor out = o.tensor();
        if (GradMode.isEnabled())
            for (Tensor t : inputs)
                if (t.requiresGrad() || out.requiresGrad())
                    throw new IllegalArgumentException(op + "(): functions with out=... arguments don't support automatic differentiation,"
                            + " but one of the arguments requires grad.");
        Tensor result;
        try (var g = Torch.noGrad()) {
            result = compute.get();
        }
        if (sameDtype && result.dtype() != out.dtype())
            throw new IllegalArgumentException("Expected out tensor to have dtype " + result.dtype().cppTypeName() + ", but got "
                    + out.dtype().cppTypeName() + " instead");
        Pointwise.checkCast(result.dtype(), out.dtype());
        if (!java.util.Arrays.equals(out.shape, result.shape)) {
            if (out.numel() != 0)
                PythonOps.warnOnce("An output with one or more elements was resized since it had shape " + torch4j.storage.Shapes.str(out.shape)
                        + ", which does not match the required output shape " + torch4j.storage.Shapes.str(result.shape) + ". This behavior is"
                        + " deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements."
                        + " You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0).");
            Views.resize(out, result.shape);   // ATen's resize_output: no version bump of its own
        }
        return out.copy_(result);
    }

}
