package torch4j.vision.transforms;

import java.util.List;

/**
 * {@code transforms.Compose}: the transforms in order, each taking the previous one's output.
 * The constructors for two to six transforms check at compile time that each output fits the
 * next input (use the diamond: {@code new Compose<>(...)}); the list form takes any sequence.
 *
 * <pre>{@code
 * jshell> var t = new Compose<>(new ToTensor(), new Normalize(new double[]{0.5}, new double[]{0.5}))
 * t ==> Compose(
 *     ToTensor()
 *     Normalize(mean=[0.5], std=[0.5])
 * )
 * jshell> Tensor x = t.apply(image)
 * }</pre>
 *
 * @param <I> the first transform's input
 * @param <O> the last transform's output
 */
public final class Compose<I, O> implements Transform<I, O> {
    private final List<Transform<?, ?>> transforms;

    /**
     * {@code Compose(transforms)}: any sequence; the caller vouches that the types line up (a
     * mismatch is a ClassCastException when applied).
     */
    public Compose(List<? extends Transform<?, ?>> transforms) {
        this.transforms = List.copyOf(transforms);
    }

    public Compose(Transform<I, O> t1) { this(List.of(t1)); }

    public <A> Compose(Transform<I, A> t1, Transform<? super A, O> t2) { this(List.of(t1, t2)); }

    public <A, B> Compose(Transform<I, A> t1, Transform<? super A, B> t2, Transform<? super B, O> t3) { this(List.of(t1, t2, t3)); }

    public <A, B, C> Compose(Transform<I, A> t1, Transform<? super A, B> t2, Transform<? super B, C> t3, Transform<? super C, O> t4) {
        this(List.of(t1, t2, t3, t4));
    }

    public <A, B, C, D> Compose(Transform<I, A> t1, Transform<? super A, B> t2, Transform<? super B, C> t3, Transform<? super C, D> t4,
                                Transform<? super D, O> t5) {
        this(List.of(t1, t2, t3, t4, t5));
    }

    public <A, B, C, D, E> Compose(Transform<I, A> t1, Transform<? super A, B> t2, Transform<? super B, C> t3, Transform<? super C, D> t4,
                                   Transform<? super D, E> t5, Transform<? super E, O> t6) {
        this(List.of(t1, t2, t3, t4, t5, t6));
    }

    /** The transforms ({@code .transforms}). */
    public List<Transform<?, ?>> transforms() { return transforms; }

    @Override
    @SuppressWarnings("unchecked")
    public O apply(I input) {
        Object x = input;
        for (Transform<?, ?> t : transforms) x = ((Transform<Object, Object>) t).apply(x);
        return (O) x;
    }

    /** torchvision's repr: one transform per line, indented four spaces (nested reprs as they print). */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Compose(");
        for (Transform<?, ?> t : transforms) s.append("\n    ").append(t);
        return s.append("\n)").toString();
    }
}
