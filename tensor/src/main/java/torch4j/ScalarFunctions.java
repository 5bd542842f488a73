package torch4j;

import java.util.List;

/**
 * A part of the {@code torch} namespace ({@link Torch} inherits it, so {@code import static
 * torch4j.Torch.*} brings it in): function-only forms about Python's call shapes: a number first
 * ({@code torch.sub(2, x)}), {@code out=} variants, {@code broadcast_shapes}, one-argument
 * {@code where}, and the factories with keywords after the sizes ({@code randn(n, d, device)}:
 * one overload per rank 1-3 and keyword combination, because Java's varargs must come last).
 */
public abstract class ScalarFunctions extends TensorFunctions {
    ScalarFunctions() {}

    // ---------------------------------------------------------------- a number first (Python's 2 - x, 1 / x, 2 ** x)

    /**
     * {@code torch.add(1, x)} ({@code 1 + x}): the number is a wrapped scalar, so the dtype follows
     * {@code x} as in PyTorch ({@code AddBackward0}).
     * <pre>{@code
     * jshell> add(1, tensor(1L, 2L))
     * $1 ==> tensor([2, 3])
     * }</pre>
     */
    public static Tensor add(double input, Tensor other) { return Reflected.number(input).add(other); }
    /** {@code torch.add(1, x)} with an integer (keeps an integer dtype). */
    public static Tensor add(long input, Tensor other) { return Reflected.number(input).add(other); }

    /**
     * {@code torch.sub(2, x)} ({@code 2 - x}; {@code SubBackward0}).
     * <pre>{@code
     * jshell> sub(2, tensor(1.0, 2.0))
     * $1 ==> tensor([1., 0.])
     * }</pre>
     */
    public static Tensor sub(double input, Tensor other) { return Reflected.number(input).sub(other); }
    /** {@code torch.sub(2, x)} with an integer (keeps an integer dtype). */
    public static Tensor sub(long input, Tensor other) { return Reflected.number(input).sub(other); }

    /** {@code torch.mul(2, x)} ({@code 2 * x}; {@code MulBackward0}). */
    public static Tensor mul(double input, Tensor other) { return Reflected.number(input).mul(other); }
    /** {@code torch.mul(2, x)} with an integer (keeps an integer dtype). */
    public static Tensor mul(long input, Tensor other) { return Reflected.number(input).mul(other); }

    /**
     * {@code torch.div(1, x)} ({@code 1 / x}): true division, so integers give floats ({@code DivBackward0}).
     * <pre>{@code
     * jshell> div(1, tensor(1L, 2L))
     * $1 ==> tensor([1.0000, 0.5000])
     * }</pre>
     */
    public static Tensor div(double input, Tensor other) { return Reflected.number(input).div(other); }
    /** {@code torch.div(1, x)} with an integer dividend. */
    public static Tensor div(long input, Tensor other) { return Reflected.number(input).div(other); }

    /**
     * {@code torch.pow(2, x)} ({@code 2 ** x}): a number raised to each element ({@code PowBackward2}).
     * <pre>{@code
     * jshell> pow(2, tensor(1L, 2L, 3L))
     * $1 ==> tensor([2, 4, 8])
     * }</pre>
     */
    public static Tensor pow(double self, Tensor exponent) { return Pointwise.apply(Reflected.POW_SCALAR_BASE, Reflected.number(self), exponent); }
    /** {@code torch.pow(2, x)} with an integer base (integer exponents keep an integer dtype). */
    public static Tensor pow(long self, Tensor exponent) { return Pointwise.apply(Reflected.POW_SCALAR_BASE, Reflected.number(self), exponent); }

    /**
     * {@code torch.rsub(input, other)}: {@code other - input} ({@code RsubBackward0}); PyTorch has no method form.
     * <pre>{@code
     * jshell> rsub(tensor(1.0, 2.0), 5)
     * $1 ==> tensor([4., 3.])
     * }</pre>
     */
    public static Tensor rsub(Tensor input, Tensor other) { return Reflected.rsub(input, other); }
    /** {@code torch.rsub(x, 2)}: {@code 2 - x} ({@code RsubBackward1}). */
    public static Tensor rsub(Tensor input, double other) { return Reflected.rsub(input, Reflected.number(other)); }
    /** {@code torch.rsub(x, 2)} with an integer (keeps an integer dtype). */
    public static Tensor rsub(Tensor input, long other) { return Reflected.rsub(input, Reflected.number(other)); }

    // ---------------------------------------------------------------- shapes and indices

    /**
     * {@code torch.broadcast_shapes(*shapes)}: the shape the shapes broadcast to.
     * <pre>{@code
     * jshell> broadcastShapes(new long[]{2, 1}, new long[]{3, 1, 1})
     * $1 ==> torch.Size([3, 2, 1])
     * }</pre>
     */
    public static Size broadcastShapes(long[]... shapes) { return PythonShapes.broadcastShapes(shapes); }
    /** {@code torch.broadcast_shapes()}: {@code torch.Size([])} (its own overload, so the call is not ambiguous). */
    public static Size broadcastShapes() { return Size.of(); }
    /** {@code torch.broadcast_shapes(a.shape, b.shape)}. */
    public static Size broadcastShapes(Size... shapes) {
        long[][] s = new long[shapes.length][];
        for (int i = 0; i < shapes.length; i++) s[i] = shapes[i].toLongArray();
        return PythonShapes.broadcastShapes(s);
    }

    /**
     * {@code torch.where(condition)}: {@code torch.nonzero(condition, as_tuple=True)}, one int64
     * tensor of indices per dim (a 0-dim condition counts as 1-D).
     * <pre>{@code
     * jshell> where(tensor(new boolean[][]{{true, false}, {false, true}}))
     * $1 ==> [tensor([0, 1]), tensor([0, 1])]
     * }</pre>
     */
    public static List<Tensor> where(Tensor condition) { return PythonShapes.nonzeroTuple(condition); }

    // ---------------------------------------------------------------- out=

    /** Python's {@code out=result} keyword as an argument: {@code add(x, y, out(result))}. */
    public static Out out(Tensor result) { return new Out(result); }

    /**
     * {@code torch.add(x, y, out=result)}: the sum written into {@code result}, which is returned.
     * <pre>{@code
     * jshell> var result = empty(2); add(ones(2), ones(2), out(result)); result
     * $3 ==> tensor([2., 2.])
     * }</pre>
     */
    public static Tensor add(Tensor input, Tensor other, Out out) { return Reflected.into("add", out, () -> input.add(other), false, input, other); }
    /** {@code torch.sub(x, y, out=result)}. */
    public static Tensor sub(Tensor input, Tensor other, Out out) { return Reflected.into("sub", out, () -> input.sub(other), false, input, other); }
    /** {@code torch.mul(x, y, out=result)}. */
    public static Tensor mul(Tensor input, Tensor other, Out out) { return Reflected.into("mul", out, () -> input.mul(other), false, input, other); }
    /** {@code torch.div(x, y, out=result)}. */
    public static Tensor div(Tensor input, Tensor other, Out out) { return Reflected.into("div", out, () -> input.div(other), false, input, other); }
    /** {@code torch.matmul(x, y, out=result)} (as PyTorch: out's dtype must be the result's). */
    public static Tensor matmul(Tensor input, Tensor other, Out out) {
        String op = input.dim() == 2 && other.dim() == 2 ? "mm" : "matmul";
        return Reflected.into(op, out, () -> input.matmul(other), true, input, other);
    }

    // ---------------------------------------------------------------- factories: sizes, then keywords

    /*
     * torch.randn(N, D, device=device, dtype=dtype): the sizes as separate arguments, then a
     * TensorOptions, a Device, a DType or a Device and a DType (Java's varargs must come last, so
     * ranks 1 to 3 have their own overloads; other ranks take a long[] as TensorFactories does).
     */
    /** {@code torch.zeros(d0, dtype=, device=, requires_grad=)}. */
    public static Tensor zeros(long d0, TensorOptions options) { return zeros(new long[]{d0}, options); }
    public static Tensor zeros(long d0, Device device) { return zeros(new long[]{d0}, TensorOptions.device(device)); }
    public static Tensor zeros(long d0, DType dtype) { return zeros(new long[]{d0}, TensorOptions.dtype(dtype)); }
    public static Tensor zeros(long d0, Device device, DType dtype) { return zeros(new long[]{d0}, TensorOptions.device(device).withDtype(dtype)); }
    public static Tensor zeros(long d0, long d1, TensorOptions options) { return zeros(new long[]{d0, d1}, options); }
    public static Tensor zeros(long d0, long d1, Device device) { return zeros(new long[]{d0, d1}, TensorOptions.device(device)); }
    public static Tensor zeros(long d0, long d1, DType dtype) { return zeros(new long[]{d0, d1}, TensorOptions.dtype(dtype)); }
    public static Tensor zeros(long d0, long d1, Device device, DType dtype) { return zeros(new long[]{d0, d1}, TensorOptions.device(device).withDtype(dtype)); }
    public static Tensor zeros(long d0, long d1, long d2, TensorOptions options) { return zeros(new long[]{d0, d1, d2}, options); }
    public static Tensor zeros(long d0, long d1, long d2, Device device) { return zeros(new long[]{d0, d1, d2}, TensorOptions.device(device)); }
    public static Tensor zeros(long d0, long d1, long d2, DType dtype) { return zeros(new long[]{d0, d1, d2}, TensorOptions.dtype(dtype)); }
    public static Tensor zeros(long d0, long d1, long d2, Device device, DType dtype) { return zeros(new long[]{d0, d1, d2}, TensorOptions.device(device).withDtype(dtype)); }
    /** {@code torch.ones(d0, dtype=, device=, requires_grad=)}. */
    public static Tensor ones(long d0, TensorOptions options) { return ones(new long[]{d0}, options); }
    public static Tensor ones(long d0, Device device) { return ones(new long[]{d0}, TensorOptions.device(device)); }
    public static Tensor ones(long d0, DType dtype) { return ones(new long[]{d0}, TensorOptions.dtype(dtype)); }
    public static Tensor ones(long d0, Device device, DType dtype) { return ones(new long[]{d0}, TensorOptions.device(device).withDtype(dtype)); }
    public static Tensor ones(long d0, long d1, TensorOptions options) { return ones(new long[]{d0, d1}, options); }
    public static Tensor ones(long d0, long d1, Device device) { return ones(new long[]{d0, d1}, TensorOptions.device(device)); }
    public static Tensor ones(long d0, long d1, DType dtype) { return ones(new long[]{d0, d1}, TensorOptions.dtype(dtype)); }
    public static Tensor ones(long d0, long d1, Device device, DType dtype) { return ones(new long[]{d0, d1}, TensorOptions.device(device).withDtype(dtype)); }
    public static Tensor ones(long d0, long d1, long d2, TensorOptions options) { return ones(new long[]{d0, d1, d2}, options); }
    public static Tensor ones(long d0, long d1, long d2, Device device) { return ones(new long[]{d0, d1, d2}, TensorOptions.device(device)); }
    public static Tensor ones(long d0, long d1, long d2, DType dtype) { return ones(new long[]{d0, d1, d2}, TensorOptions.dtype(dtype)); }
    public static Tensor ones(long d0, long d1, long d2, Device device, DType dtype) { return ones(new long[]{d0, d1, d2}, TensorOptions.device(device).withDtype(dtype)); }
    /** {@code torch.empty(d0, dtype=, device=, requires_grad=)}. */
    public static Tensor empty(long d0, TensorOptions options) { return empty(new long[]{d0}, options); }
    public static Tensor empty(long d0, Device device) { return empty(new long[]{d0}, TensorOptions.device(device)); }
    public static Tensor empty(long d0, DType dtype) { return empty(new long[]{d0}, TensorOptions.dtype(dtype)); }
    public static Tensor empty(long d0, Device device, DType dtype) { return empty(new long[]{d0}, TensorOptions.device(device).withDtype(dtype)); }
    public static Tensor empty(long d0, long d1, TensorOptions options) { return empty(new long[]{d0, d1}, options); }
    public static Tensor empty(long d0, long d1, Device device) { return empty(new long[]{d0, d1}, TensorOptions.device(device)); }
    public static Tensor empty(long d0, long d1, DType dtype) { return empty(new long[]{d0, d1}, TensorOptions.dtype(dtype)); }
    public static Tensor empty(long d0, long d1, Device device, DType dtype) { return empty(new long[]{d0, d1}, TensorOptions.device(device).withDtype(dtype)); }
    public static Tensor empty(long d0, long d1, long d2, TensorOptions options) { return empty(new long[]{d0, d1, d2}, options); }
    public static Tensor empty(long d0, long d1, long d2, Device device) { return empty(new long[]{d0, d1, d2}, TensorOptions.device(device)); }
    public static Tensor empty(long d0, long d1, long d2, DType dtype) { return empty(new long[]{d0, d1, d2}, TensorOptions.dtype(dtype)); }
    public static Tensor empty(long d0, long d1, long d2, Device device, DType dtype) { return empty(new long[]{d0, d1, d2}, TensorOptions.device(device).withDtype(dtype)); }
    /** {@code torch.rand(d0, dtype=, device=, requires_grad=)}. */
    public static Tensor rand(long d0, TensorOptions options) { return rand(new long[]{d0}, options); }
    public static Tensor rand(long d0, Device device) { return rand(new long[]{d0}, TensorOptions.device(device)); }
    public static Tensor rand(long d0, DType dtype) { return rand(new long[]{d0}, TensorOptions.dtype(dtype)); }
    public static Tensor rand(long d0, Device device, DType dtype) { return rand(new long[]{d0}, TensorOptions.device(device).withDtype(dtype)); }
    public static Tensor rand(long d0, long d1, TensorOptions options) { return rand(new long[]{d0, d1}, options); }
    public static Tensor rand(long d0, long d1, Device device) { return rand(new long[]{d0, d1}, TensorOptions.device(device)); }
    public static Tensor rand(long d0, long d1, DType dtype) { return rand(new long[]{d0, d1}, TensorOptions.dtype(dtype)); }
    public static Tensor rand(long d0, long d1, Device device, DType dtype) { return rand(new long[]{d0, d1}, TensorOptions.device(device).withDtype(dtype)); }
    public static Tensor rand(long d0, long d1, long d2, TensorOptions options) { return rand(new long[]{d0, d1, d2}, options); }
    public static Tensor rand(long d0, long d1, long d2, Device device) { return rand(new long[]{d0, d1, d2}, TensorOptions.device(device)); }
    public static Tensor rand(long d0, long d1, long d2, DType dtype) { return rand(new long[]{d0, d1, d2}, TensorOptions.dtype(dtype)); }
    public static Tensor rand(long d0, long d1, long d2, Device device, DType dtype) { return rand(new long[]{d0, d1, d2}, TensorOptions.device(device).withDtype(dtype)); }
    /** {@code torch.randn(d0, dtype=, device=, requires_grad=)}. */
    public static Tensor randn(long d0, TensorOptions options) { return randn(new long[]{d0}, options); }
    public static Tensor randn(long d0, Device device) { return randn(new long[]{d0}, TensorOptions.device(device)); }
    public static Tensor randn(long d0, DType dtype) { return randn(new long[]{d0}, TensorOptions.dtype(dtype)); }
    public static Tensor randn(long d0, Device device, DType dtype) { return randn(new long[]{d0}, TensorOptions.device(device).withDtype(dtype)); }
    /**
     * {@code torch.randn(N, D, device=device)} and friends: sizes, then the keywords.
     * <pre>{@code
     * jshell> randn(2, 3, Device.META, float64)
     * $1 ==> tensor(..., device='meta', size=(2, 3), dtype=torch.float64)
     * }</pre>
     */
    public static Tensor randn(long d0, long d1, TensorOptions options) { return randn(new long[]{d0, d1}, options); }
    public static Tensor randn(long d0, long d1, Device device) { return randn(new long[]{d0, d1}, TensorOptions.device(device)); }
    public static Tensor randn(long d0, long d1, DType dtype) { return randn(new long[]{d0, d1}, TensorOptions.dtype(dtype)); }
    public static Tensor randn(long d0, long d1, Device device, DType dtype) { return randn(new long[]{d0, d1}, TensorOptions.device(device).withDtype(dtype)); }
    public static Tensor randn(long d0, long d1, long d2, TensorOptions options) { return randn(new long[]{d0, d1, d2}, options); }
    public static Tensor randn(long d0, long d1, long d2, Device device) { return randn(new long[]{d0, d1, d2}, TensorOptions.device(device)); }
    public static Tensor randn(long d0, long d1, long d2, DType dtype) { return randn(new long[]{d0, d1, d2}, TensorOptions.dtype(dtype)); }
    public static Tensor randn(long d0, long d1, long d2, Device device, DType dtype) { return randn(new long[]{d0, d1, d2}, TensorOptions.device(device).withDtype(dtype)); }
    /** {@code torch.linspace(start, end, steps, device=device, dtype=dtype)}. */
    public static Tensor linspace(double start, double end, long steps, Device device, DType dtype) {
        return linspace(start, end, steps, TensorOptions.device(device).withDtype(dtype));
    }
    /** {@code torch.linspace(start, end, steps, device=device)}. */
    public static Tensor linspace(double start, double end, long steps, Device device) {
        return linspace(start, end, steps, TensorOptions.device(device));
    }
    /** {@code torch.randn((), device=device, dtype=dtype)}: a shape array, then a device and a dtype. */
    public static Tensor randn(long[] shape, Device device, DType dtype) { return randn(shape, TensorOptions.device(device).withDtype(dtype)); }
    /** {@code torch.rand(shape, device=device, dtype=dtype)}. */
    public static Tensor rand(long[] shape, Device device, DType dtype) { return rand(shape, TensorOptions.device(device).withDtype(dtype)); }
}
