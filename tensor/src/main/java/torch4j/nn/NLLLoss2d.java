package torch4j.nn;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import torch4j.Tensor;

/**
 * {@code nn.NLLLoss2d}: PyTorch's deprecated name for {@link NLLLoss} (which takes (N, C, H, W)
 * inputs itself), kept so old programs transliterate; constructing one prints PyTorch's
 * deprecation warning (once).
 *
 * <pre>{@code
 * jshell> new NLLLoss2d()
 * UserWarning: NLLLoss2d has been deprecated. Please use NLLLoss instead as a drop-in replacement and see https://pytorch.org/docs/master/nn.html#torch.nn.NLLLoss for more details.
 * $1 ==> NLLLoss2d()
 * }</pre>
 */
public class NLLLoss2d extends NLLLoss {
    static final String DEPRECATED = "NLLLoss2d has been deprecated. Please use NLLLoss instead as a drop-in replacement and see "
            + "https://pytorch.org/docs/master/nn.html#torch.nn.NLLLoss for more details.";
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    /** {@code nn.NLLLoss2d()}. */
    public NLLLoss2d() { this(null, -100, "mean"); }

    /** {@code nn.NLLLoss2d(weight)}. */
    public NLLLoss2d(Tensor weight) { this(weight, -100, "mean"); }

    /** {@code nn.NLLLoss2d(weight, ignore_index=..., reduction=...)}; weight may be null. */
    public NLLLoss2d(Tensor weight, long ignoreIndex, String reduction) {
        super(warned(weight), ignoreIndex, reduction);
    }

    /** Prints the warning before the fields are set, as PyTorch warns before {@code super().__init__}. */
    private static Tensor warned(Tensor weight) {
        if (WARNED.add(DEPRECATED)) System.err.println("UserWarning: " + DEPRECATED);
        return weight;
    }
}
