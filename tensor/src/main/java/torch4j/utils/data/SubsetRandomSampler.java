package torch4j.utils.data;

import java.util.Iterator;
import torch4j.DType;
import torch4j.Generator;
import torch4j.random.Randperm;

/**
 * PyTorch's {@code SubsetRandomSampler}: the given indices in a random order, one
 * {@code randperm(len(indices), generator)} per pass drawn at its first element (from the global
 * generator itself when none is given: no seed is drawn, unlike {@link RandomSampler}).
 *
 * <pre>{@code
 * jshell> var s = new SubsetRandomSampler(new int[] {10, 11, 12}, new Generator().manualSeed(0));
 * jshell> for (int i : s) System.out.print(i + " ")
 * 12 10 11
 * }</pre>
 */
public final class SubsetRandomSampler implements Sampler<Integer> {
    private final int[] indices;
    private final Generator generator;

    public SubsetRandomSampler(int[] indices) {
        this(indices, null);
    }

    /** @param generator null for the global generator */
    public SubsetRandomSampler(int[] indices, Generator generator) {
        this.indices = indices.clone();
        this.generator = generator;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Generated<>() {
            private int[] perm;
            private int pos;

            @Override
            protected Integer compute() {
                if (perm == null) {
                    perm = new int[indices.length];
                    Generator g = generator != null ? generator : Generator.defaultGenerator();
                    Randperm.fill(g, indices.length, DType.INT32, perm, 0);
                }
                return pos < perm.length ? Integer.valueOf(indices[perm[pos++]]) : end();
            }
        };
    }

    @Override
    public int size() {
        return indices.length;
    }

    /** The indices sampled from ({@code .indices}). */
    public int[] indices() {
        return indices.clone();
    }

    @Override
    public String toString() {
        return "SubsetRandomSampler(" + indices.length + ")";
    }
}
