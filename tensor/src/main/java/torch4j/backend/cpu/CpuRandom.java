package torch4j.backend.cpu;

import torch4j.DType;
import torch4j.Generator;
import torch4j.backend.Operand;
import torch4j.backend.RandomPrimitives;
import torch4j.random.Bernoulli;
import torch4j.random.Exponential;
import torch4j.random.FillOrder;
import torch4j.random.IntegerRandom;
import torch4j.random.Multinomial;
import torch4j.random.Normal;
import torch4j.random.Randperm;
import torch4j.random.Uniform;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * Random fills on the CPU: the {@code torch4j.random} array kernels (PyTorch's CPU mt19937 stream
 * and its draws) applied to a storage. A contiguous output is filled in place, row-major; any
 * other layout gets the values in PyTorch's fill order ({@link FillOrder}) through a buffer, and
 * the normal fill then takes the scalar path, as PyTorch does.
 */
final class CpuRandom implements RandomPrimitives {
    @Override
    public void fill(Distribution d, Generator gen, long[] shape, Operand out) {
        long numel = Shapes.numel(shape);
        if (numel == 0) return;
        Storage s = out.storage();
        DType dtype = s.dtype();
        Object array = s.array();
        int n = (int) numel;
        boolean contiguous = Shapes.isContiguous(shape, out.strides());
        Object probs = d instanceof BernoulliTensor(Operand p) ? probabilities(shape, out.strides(), contiguous, p) : null;
        if (contiguous) {
            draw(d, gen, dtype, array, (int) out.offset(), n, true, probs);
        } else {
            int[] indices = FillOrder.storageIndices(shape, out.strides(), out.offset());
            Object buffer = Storage.allocate(dtype, n).array();
            draw(d, gen, dtype, buffer, 0, n, false, probs);
            FillOrder.scatter(buffer, 0, array, indices);
        }
    }

    /** One distribution's kernel over {@code a[off..off+n)}; {@code probs}: bernoulli's P in fill order. */
    private static void draw(Distribution d, Generator gen, DType dtype, Object a, int off, int n, boolean contiguous, Object probs) {
        switch (d) {
            case Uniform(double from, double to) -> {
                if (a instanceof float[] f) torch4j.random.Uniform.fill(gen, f, off, n, from, to);
                else torch4j.random.Uniform.fill(gen, (double[]) a, off, n, from, to);
            }
            case Normal(double mean, double std) -> {
                if (a instanceof float[] f) torch4j.random.Normal.fill(gen, f, off, n, mean, std, contiguous);
                else torch4j.random.Normal.fill(gen, (double[]) a, off, n, mean, std, contiguous);
            }
            case Integers() -> IntegerRandom.fill(gen, dtype, a, off, n);
            case IntegerRange(long from, long to) -> IntegerRandom.fillFromTo(gen, dtype, a, off, n, from, to);
            case Bernoulli(double p) -> torch4j.random.Bernoulli.fill(gen, dtype, a, off, n, p);
            case ScaledBernoulli(double p, double scale) -> torch4j.random.Bernoulli.fillScaled(gen, a, off, n, p, scale);
            case BernoulliTensor _ -> {
                if (probs instanceof double[] pv) torch4j.random.Bernoulli.fill(gen, dtype, a, off, n, pv, 0);
                else torch4j.random.Bernoulli.fill(gen, dtype, a, off, n, (float[]) probs, 0);
            }
            case Exponential(double lambd) -> {
                if (a instanceof float[] f) torch4j.random.Exponential.fill(gen, f, off, n, lambd);
                else torch4j.random.Exponential.fill(gen, (double[]) a, off, n, lambd);
            }
        }
    }

    /** Bernoulli's P gathered in the output's fill order (float[] or double[], as P's dtype). */
    private static Object probabilities(long[] shape, long[] outStrides, boolean contiguous, Operand p) {
        int[] order = contiguous ? rowMajorOrder(shape.length) : FillOrder.iterationOrder(shape, outStrides);
        int[] at = FillOrder.storageIndices(shape, p.strides(), p.offset(), order);
        if (p.storage().array() instanceof double[] src) {
            double[] pv = new double[at.length];
            for (int i = 0; i < at.length; i++) pv[i] = src[at[i]];
            return pv;
        }
        float[] src = (float[]) p.storage().array();
        float[] pv = new float[at.length];
        for (int i = 0; i < at.length; i++) pv[i] = src[at[i]];
        return pv;
    }

    private static int[] rowMajorOrder(int ndim) {
        int[] order = new int[ndim];
        for (int i = 0; i < ndim; i++) order[i] = ndim - 1 - i;
        return order;
    }

    @Override
    public void randperm(Generator gen, long n, Operand out) {
        Randperm.fill(gen, (int) n, out.storage().dtype(), out.storage().array(), (int) out.offset());
    }

    @Override
    public void checkMultinomial(long rows, long categories, boolean replacement, Operand probs) {
        if (replacement) return;   // inverse-CDF sampling checks its rows as it draws
        int c = (int) categories, n = (int) (rows * categories), off = (int) probs.offset();
        double[] v = new double[n];
        probs.storage().loadDouble(off, 1, n, v);
        for (double x : v) {
            if (!(x >= 0 && x < Double.POSITIVE_INFINITY))
                throw new IllegalArgumentException("probability tensor contains either `inf`, `nan` or element < 0");
        }
        for (int row = 0; row < n; row += c) {
            boolean zero = true;
            for (int j = row; j < row + c && zero; j++) zero = v[j] == 0;
            if (zero) throw new IllegalArgumentException("invalid multinomial distribution (sum of probabilities <= 0)");
        }
    }

    @Override
    public void multinomial(Generator gen, long rows, long categories, int n, Operand out, Operand probs) {
        long[] array = (long[]) out.storage().array();
        int at = (int) out.offset(), r = (int) rows, c = (int) categories, off = (int) probs.offset();
        long[] dst = at == 0 ? array : new long[r * n];   // the kernel writes from index 0
        if (probs.storage().array() instanceof double[] p) Multinomial.withReplacement(gen, p, off, r, c, n, dst);
        else Multinomial.withReplacement(gen, (float[]) probs.storage().array(), off, r, c, n, dst);
        if (dst != array) System.arraycopy(dst, 0, array, at, dst.length);
    }

    @Override
    public void checkStd(long[] shape, Operand std) {
        long numel = Shapes.numel(shape);
        if (numel == 0) return;
        double[] v = new double[(int) numel];
        Elementwise.copy(shape, new Operand(Storage.wrap(v), 0, Shapes.contiguousStrides(shape)), std);
        for (double x : v)
            if (!(x >= 0)) throw new IllegalArgumentException("normal expects all elements of std >= 0.0");
    }
}
