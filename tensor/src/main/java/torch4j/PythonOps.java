package torch4j;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The implementations behind {@link PythonMethods}: Python's attributes and legacy type names, the {@code new_*} family. */
final class PythonOps {
    private PythonOps() {}

    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    /** Prints {@code UserWarning: message} the first time this text comes up (Python's default filter). */
    static void warnOnce(String message) {
        if (WARNED.add(message)) System.err.println("UserWarning: " + message);
    }

    /** {@code x.T}: ATen's numpy_T, the dims reversed by a permute. */
    static Tensor numpyT(Tensor x) {
        int n = x.dim();
        if (n != 2 && n != 0)
            warnOnce("The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will"
                    + " throw an error in a future release. Consider `x.mT` to transpose batches of matrices or"
                    + " `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor.");
        long[] dims = new long[n];
        for (int i = 0; i < n; i++) dims[i] = n - 1 - i;
        return x.permute(dims);
    }

    /** {@code x.mT}, {@code x.mH}: ATen's _adjoint, the last two dims swapped; a 0-dim tensor is itself. */
    static Tensor matrixT(Tensor x, String name) {
        if (x.dim() == 1)
            throw new IllegalArgumentException("tensor." + name + " is only supported on matrices or batches of matrices. Got 1-D tensor.");
        return x.dim() == 0 ? x : x.transpose(-2, -1);
    }

    /** {@code x.H}: a matrix's adjoint, or a 0-dim tensor's {@code x.T}. */
    static Tensor adjointH(Tensor x) {
        if (x.dim() == 0) return numpyT(x);
        if (x.dim() != 2)
            throw new IllegalArgumentException("tensor.H is only supported on matrices (2-D tensors). Got " + x.dim() + "-D tensor."
                    + (x.dim() > 2 ? " For batches of matrices, consider using tensor.mH" : ""));
        return x.transpose(-2, -1);
    }

    /** {@code x.type()}: {@code torch.FloatTensor}, {@code torch.cuda.LongTensor}, ... */
    static String typeName(Tensor x) {
        if (x.isMeta()) throw new IllegalArgumentException("Unimplemented backend Meta");
        return "torch." + (x.isCuda() ? "cuda." : "") + x.dtype().scalarTypeName() + "Tensor";
    }

    /** {@code x.type("torch.DoubleTensor")}: parsed back to a dtype (and CUDA for {@code torch.cuda.*}). */
    static Tensor toTypeName(Tensor x, String name) {
        boolean cuda = name.startsWith("torch.cuda.");
        String rest = cuda ? name.substring("torch.cuda.".length()) : name.startsWith("torch.") ? name.substring(6) : null;
        if (rest != null && rest.endsWith("Tensor")) {
            String scalar = rest.substring(0, rest.length() - "Tensor".length());
            for (DType d : DType.values()) {
                if (!d.scalarTypeName().equals(scalar)) continue;
                if (cuda) return x.isCuda() ? x.to(d) : x.to(Device.of("cuda"), d);
                return x.isCuda() ? x.to(Device.CPU, d) : x.to(d);
            }
        }
        throw new IllegalArgumentException("invalid type: '" + name + "'");
    }

    /** {@code x.new_tensor(data)}: a tensor argument is copied and detached, with PyTorch's warning. */
    static Tensor newTensor(Object data, TensorOptions o) {
        if (data instanceof Tensor t) {
            warnOnce("To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach() or"
                    + " sourceTensor.clone().detach().requires_grad_(True), rather than tensor.new_tensor(sourceTensor).");
            Tensor copy = t.detach().to(o.device(), o.dtype());
            if (copy == t || copy.sharesStorageWith(t)) copy = copy.clone();
            return o.finish(copy);
        }
        return Torch.tensor(data, o);
    }
}
