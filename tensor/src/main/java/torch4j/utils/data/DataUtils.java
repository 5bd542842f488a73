package torch4j.utils.data;

import java.util.ArrayList;
import java.util.List;
import torch4j.DType;
import torch4j.Generator;
import torch4j.random.Randperm;

/**
 * Functions of {@code torch.utils.data}: {@code random_split}, {@code get_worker_info}.
 *
 * <pre>{@code
 * jshell> manualSeed(42); DataUtils.randomSplit(Dataset.of(List.of(0, 1, 2, 3, 4, 5)), new long[] {2, 4})
 * $1 ==> [Subset[0, 3], Subset[2, 4, 1, 5]]
 * }</pre>
 */
public final class DataUtils {
    private DataUtils() {}

    /**
     * {@code get_worker_info()}: inside a {@link DataLoader} worker thread (a dataset's
     * {@code get} or {@code iterator}, a collate function, a {@code workerInitFn}), the worker's
     * id, the number of workers, its seed and the dataset; null elsewhere.
     *
     * <pre>{@code
     * jshell> DataUtils.getWorkerInfo()
     * $1 ==> null
     * }</pre>
     */
    public static WorkerInfo getWorkerInfo() {
        return WorkerPool.WORKER_INFO.isBound() ? WorkerPool.WORKER_INFO.get() : null;
    }

    /** {@code random_split(dataset, lengths)} with the global generator. */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, long[] lengths) {
        return randomSplit(dataset, lengths, Generator.defaultGenerator());
    }

    /**
     * {@code random_split(dataset, lengths, generator)}: {@code randperm(sum(lengths), generator)}
     * cut into consecutive pieces of the given lengths. As in PyTorch 1.13, lengths that sum to 1
     * are read as fractions (so {@code {1, 0}} means "everything, nothing").
     *
     * <pre>{@code
     * jshell> DataUtils.randomSplit(Dataset.of(List.of(0, 1, 2, 3)), new long[] {1, 3}, new Generator().manualSeed(42))
     * }</pre>
     *
     * @throws IllegalArgumentException "Sum of input lengths does not equal the length of the input dataset!"
     */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, long[] lengths, Generator generator) {
        double sum = 0;
        for (long l : lengths) sum += l;
        if (isCloseToOne(sum) && sum <= 1) {
            double[] fractions = new double[lengths.length];
            for (int i = 0; i < lengths.length; i++) fractions[i] = lengths[i];
            return randomSplit(dataset, fractions, generator);
        }
        return split(dataset, lengths, generator);
    }

    /** {@code random_split(dataset, fractions)} with the global generator. */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, double[] fractions) {
        return randomSplit(dataset, fractions, Generator.defaultGenerator());
    }

    /**
     * {@code random_split(dataset, fractions, generator)} with fractions summing to 1: each
     * split gets floor(n × fraction) items, and the remainder is handed out one by one,
     * round-robin from the first split (a warning names any empty split).
     *
     * <pre>{@code
     * jshell> manualSeed(0); DataUtils.randomSplit(Dataset.of(List.of(0, 1, 2, 3, 4)), new double[] {0.5, 0.5})
     * }</pre>
     *
     * @throws IllegalArgumentException "Fraction at index i is not between 0 and 1", or the sum
     *         error when the fractions do not sum to 1
     */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, double[] fractions, Generator generator) {
        double sum = 0;
        for (double f : fractions) sum += f;
        if (!(isCloseToOne(sum) && sum <= 1)) {
            throw new IllegalArgumentException("Sum of input lengths does not equal the length of the input dataset!");
        }
        int n = dataset.size();
        long[] lengths = new long[fractions.length];
        long assigned = 0;
        for (int i = 0; i < fractions.length; i++) {
            if (fractions[i] < 0 || fractions[i] > 1) {
                throw new IllegalArgumentException("Fraction at index " + i + " is not between 0 and 1");
            }
            lengths[i] = (long) Math.floor(n * fractions[i]);
            assigned += lengths[i];
        }
        long remainder = n - assigned;
        for (long i = 0; i < remainder; i++) lengths[(int) (i % lengths.length)] += 1;
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] == 0) {
                System.err.println("UserWarning: Length of split at index " + i + " is 0. "
                        + "This might result in an empty dataset.");
            }
        }
        return split(dataset, lengths, generator);
    }

    private static <T> List<Subset<T>> split(Dataset<T> dataset, long[] lengths, Generator generator) {
        long total = 0;
        for (long l : lengths) total += l;
        if (total != dataset.size()) {
            throw new IllegalArgumentException("Sum of input lengths does not equal the length of the input dataset!");
        }
        int[] perm = new int[(int) total];
        Randperm.fill(generator, (int) total, DType.INT32, perm, 0);
        List<Subset<T>> out = new ArrayList<>(lengths.length);
        int offset = 0;
        for (long l : lengths) {
            int[] part = new int[(int) l];
            System.arraycopy(perm, offset, part, 0, (int) l);
            out.add(new Subset<>(dataset, part));
            offset += (int) l;
        }
        return out;
    }

    /** Python's {@code math.isclose(x, 1)}: relative tolerance 1e-9. */
    private static boolean isCloseToOne(double x) {
        return Math.abs(x - 1) <= 1e-9 * Math.max(Math.abs(x), 1);
    }
}
