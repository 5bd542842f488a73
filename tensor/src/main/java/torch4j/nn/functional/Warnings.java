package torch4j.nn.functional;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** PyTorch's UserWarnings from torch.nn, each printed once per text as Python's default filter shows them. */
final class Warnings {
    private Warnings() {}

    private static final Set<String> SHOWN = ConcurrentHashMap.newKeySet();

    /** Prints {@code UserWarning: message} the first time this text comes up. */
    static void once(String message) {
        if (SHOWN.add(message)) F.warn(message);
    }
}
