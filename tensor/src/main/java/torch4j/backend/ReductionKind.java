package torch4j.backend;

/**
 * What a {@link ReductionPrimitives#reduce reduction} computes per output element.
 *
 * <pre>{@code
 * jshell> Torch.tensor(1, 5, 3).max()   // ReductionKind.MAX over every element
 * $1 ==> tensor(5)
 * }</pre>
 */
public enum ReductionKind {
    SUM, PROD, MAX, MIN, ALL, ANY,
    /** Σ (x - center)², var's second pass (floating inputs only; one center per output). */
    SQDEV;

    /** Whether feeding an element twice changes nothing: a broadcast (stride-0) dim can be skipped. */
    public boolean idempotent() { return this == MAX || this == MIN || this == ALL || this == ANY; }
}
