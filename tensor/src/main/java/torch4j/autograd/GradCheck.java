package torch4j.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * {@code torch.autograd.gradcheck}: compares the gradients autograd computes with central finite
 * differences, element by element, in float64.
 *
 * <pre>{@code
 * jshell> var x = randn(3).toDouble().requiresGrad_()
 * jshell> GradCheck.gradcheck(in -> in.get(0).sin(), List.of(x))
 * $2 ==> true
 * }</pre>
 */
public final class GradCheck {
    private GradCheck() {}

    /** With PyTorch's defaults: eps 1e-6, atol 1e-5, rtol 1e-3. */
    public static boolean gradcheck(Function<List<Tensor>, Tensor> f, List<Tensor> inputs) {
        return gradcheck(f, inputs, 1e-6, 1e-5, 1e-3);
    }

    /**
     * True when every analytical Jacobian entry is within {@code atol + rtol * |numerical|} of the
     * numerical one; otherwise throws with both Jacobians, as PyTorch's GradcheckError.
     */
    public static boolean gradcheck(Function<List<Tensor>, Tensor> f, List<Tensor> inputs, double eps, double atol, double rtol) {
        for (Tensor in : inputs)
            if (in.requiresGrad() && in.dtype() != DType.FLOAT64)
                throw new IllegalArgumentException("gradcheck needs float64 inputs that require grad (finite differences in float32 are too coarse)");
        // analytical first: the finite differences below write into the inputs the graph saved
        Tensor out = f.apply(inputs);
        int nOut = (int) out.numel();
        List<double[][]> analytical = new ArrayList<>();
        for (Tensor in : inputs) analytical.add(in.requiresGrad() ? analytical(out, in, (int) in.numel(), nOut) : null);
        for (int i = 0; i < inputs.size(); i++) {
            Tensor in = inputs.get(i);
            if (!in.requiresGrad()) continue;
            int nIn = (int) in.numel();
            double[][] numerical = numerical(f, inputs, in, nIn, nOut, eps), an = analytical.get(i);
            for (int a = 0; a < nIn; a++)
                for (int b = 0; b < nOut; b++)
                    if (!(Math.abs(an[a][b] - numerical[a][b]) <= atol + rtol * Math.abs(numerical[a][b])))
                        throw new AssertionError("Jacobian mismatch for output 0 with respect to input " + i + ",\nnumerical:"
                                + str(numerical) + "\nanalytical:" + str(an));
        }
        return true;
    }

    /** Central differences; f runs in the caller's grad mode (gradgradcheck's f itself calls autograd). */
    private static double[][] numerical(Function<List<Tensor>, Tensor> f, List<Tensor> inputs, Tensor in, int nIn, int nOut, double eps) {
        double[][] jac = new double[nIn][];
        Tensor flat;
        try (var _ = GradMode.noGrad()) { flat = in.view(-1); }
        for (int j = 0; j < nIn; j++) {
            Tensor el;
            double v;
            try (var _ = GradMode.noGrad()) { el = flat.get(j); v = el.doubleValue(); el.fill_(v + eps); }
            double[] plus = f.apply(inputs).toDoubleArray();
            try (var _ = GradMode.noGrad()) { el.fill_(v - eps); }
            double[] minus = f.apply(inputs).toDoubleArray();
            try (var _ = GradMode.noGrad()) { el.fill_(v); }
            jac[j] = new double[nOut];
            for (int k = 0; k < nOut; k++) jac[j][k] = (plus[k] - minus[k]) / (2 * eps);
        }
        return jac;
    }

    /**
     * {@code torch.autograd.gradgradcheck}: gradcheck of the gradient itself — of
     * {@code <grad(<f, w>), u>} for fixed directions w and u — so second derivatives (what
     * {@code createGraph} builds) are checked against finite differences too.
     */
    public static boolean gradgradcheck(Function<List<Tensor>, Tensor> f, List<Tensor> inputs) {
        List<Tensor> diff = inputs.stream().filter(Tensor::requiresGrad).toList();
        Tensor probe = f.apply(inputs);
        Tensor w = direction(probe, 0.7);
        List<Tensor> u = diff.stream().map(t -> direction(t, 1.3)).toList();
        Function<List<Tensor>, Tensor> h = in -> {
            List<Tensor> grads = Autograd.grad(List.of(f.apply(in)), diff, List.of(w), true, true, true);
            Tensor total = Torch.zeros(new long[0], DType.FLOAT64);
            for (int i = 0; i < grads.size(); i++) if (grads.get(i) != null) total = total.add(grads.get(i).mul(u.get(i)).sum());
            return total;
        };
        return gradcheck(h, inputs);
    }

    /** A fixed, non-constant direction shaped like {@code t}. */
    private static Tensor direction(Tensor t, double phase) {
        try (var _ = GradMode.noGrad()) {
            return Torch.arange(t.numel()).toDouble().add(phase).sin().reshape(t.shape().toLongArray());
        }
    }

    private static double[][] analytical(Tensor out, Tensor in, int nIn, int nOut) {
        double[][] jac = new double[nIn][nOut];
        for (int k = 0; k < nOut; k++) {
            Tensor go = Torch.zerosLike(out);
            try (var _ = GradMode.noGrad()) { go.view(-1).get(k).fill_(1.0); }
            if (!out.requiresGrad()) continue;   // an output that does not depend on the inputs: a zero Jacobian
            Tensor grad = Autograd.grad(List.of(out), List.of(in), List.of(go), true, false, true).get(0);
            if (grad == null) continue;
            double[] row = grad.toDoubleArray();
            for (int j = 0; j < nIn; j++) jac[j][k] = row[j];
        }
        return jac;
    }

    private static String str(double[][] m) {
        List<String> rows = new ArrayList<>();
        for (double[] r : m) rows.add(java.util.Arrays.toString(r));
        return "\n" + String.join("\n", rows);
    }
}
