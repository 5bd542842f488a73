package torch4j;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PyTorch's deprecation warnings for the old linear algebra spellings (torch.cholesky, torch.qr,
 * torch.chain_matmul): ATen's TORCH_WARN_ONCE texts, printed as {@code UserWarning: ...} on
 * stderr the first time in the process, as PyTorch shows them.
 */
final class LinalgWarnings {
    private LinalgWarnings() {}

    static final Set<String> SHOWN = ConcurrentHashMap.newKeySet();

    static final String CHOLESKY = "torch.cholesky is deprecated in favor of torch.linalg.cholesky and will be removed in a future PyTorch release.\n"
            + "L = torch.cholesky(A)\nshould be replaced with\nL = torch.linalg.cholesky(A)\nand\nU = torch.cholesky(A, upper=True)\n"
            + "should be replaced with\nU = torch.linalg.cholesky(A).mH().\nThis transform will produce equivalent results for all valid"
            + " (symmetric positive definite) inputs. (Triggered internally at  ./aten/src/ATen/native/BatchLinearAlgebra.cpp:1615.)";

    static final String QR = "torch.qr is deprecated in favor of torch.linalg.qr and will be removed in a future PyTorch release.\n"
            + "The boolean parameter 'some' has been replaced with a string parameter 'mode'.\nQ, R = torch.qr(A, some)\nshould be replaced with\n"
            + "Q, R = torch.linalg.qr(A, 'reduced' if some else 'complete') (Triggered internally at  ./aten/src/ATen/native/BatchLinearAlgebra.cpp:2349.)";

    static final String CHAIN_MATMUL = "torch.chain_matmul is deprecated and will be removed in a future PyTorch release. Use torch.linalg.multi_dot"
            + " instead, which accepts a list of two or more tensors rather than multiple parameters. (Triggered internally at "
            + " ./aten/src/ATen/native/LinearAlgebra.cpp:967.)";

    /** Prints {@code UserWarning: message} once per process. */
    static void once(String message) {
        if (SHOWN.add(message)) System.err.println("UserWarning: " + message);
    }
}
