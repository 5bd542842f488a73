package torch4j.vision.transforms;

import java.util.Objects;
import java.util.function.Function;

/**
 * {@code transforms.Lambda}: a function as a transform, printed {@code Lambda()} as torchvision
 * prints it (a bare lambda prints as a Java object instead).
 *
 * <pre>{@code
 * jshell> var t = new Lambda<Tensor, Tensor>(x -> x.mul(2))
 * t ==> Lambda()
 * jshell> t.apply(tensor(1., 2.))
 * $2 ==> tensor([2., 4.])
 * }</pre>
 *
 * @param <I> the function's input
 * @param <O> its output
 */
public final class Lambda<I, O> implements Transform<I, O> {
    private final Function<? super I, ? extends O> lambd;

    public Lambda(Function<? super I, ? extends O> lambd) {
        this.lambd = Objects.requireNonNull(lambd, "Argument lambd should be callable, got 'NoneType'");
    }

    @Override
    public O apply(I input) { return lambd.apply(input); }

    @Override
    public String toString() { return "Lambda()"; }
}
