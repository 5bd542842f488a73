package torch4j.autograd;

import torch4j.Tensor;

/**
 * Internal: how autograd code outside torch4j's root package (custom {@link Autograd.Function}s)
 * places a tensor in the graph. The root package registers the one implementation, as the JDK's
 * {@code jdk.internal.access} accessors do, so these operations stay off {@link Tensor}'s API.
 */
public interface TensorHistory {
    /** Makes {@code t} output {@code outputNr} of {@code fn} (it then requires grad). */
    void setHistory(Tensor t, Node fn, int outputNr);

    /** A tensor sharing {@code t}'s storage and layout, with no history (PyTorch's view_as_self under no_grad). */
    Tensor alias(Tensor t);

    /** Whether {@code t} is a view of a tensor written through it with grad recording. */
    boolean isView(Tensor t);

    /** Registers the implementation (the root package does, once). */
    static void register(TensorHistory impl) { Holder.instance = impl; }

    /** The registered implementation, initialising the root package's class that registers it. */
    static TensorHistory get() {
        if (Holder.instance == null) {
            try {
                Class.forName("torch4j.HistoryAccess", true, Tensor.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return Holder.instance;
    }

    /** Where the implementation is kept. */
    final class Holder {
        private Holder() {}
        private static volatile TensorHistory instance;
    }
}
