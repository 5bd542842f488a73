package torch4j.track;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One hyper-parameter's search space in a {@link SweepConfig}, as wandb's sweep parameters:
 * a list of values (grid or random), a constant, or a distribution (random search only).
 *
 * <pre>{@code
 * jshell> Param.values(32, 64, 128)          // wandb: values: [32, 64, 128]
 * jshell> Param.logUniform(1e-4, 1e-1)       // wandb: distribution: log_uniform_values
 * jshell> Param.intUniform(1, 4)             // wandb: distribution: int_uniform (both ends included)
 * }</pre>
 */
public sealed interface Param {
    /** A draw of this parameter from {@code random}. */
    Object sample(SplittableRandom random);

    /** A list of values: each is tried by a grid search, one is drawn uniformly by a random search. */
    record Values(List<Object> values) implements Param {
        public Values {
            if (values.isEmpty()) throw new IllegalArgumentException("a parameter needs at least one value");
            values = List.copyOf(values);
        }

        @Override public Object sample(SplittableRandom random) { return values.get(random.nextInt(values.size())); }
    }

    /** A float drawn uniformly from [min, max). */
    record Uniform(double min, double max) implements Param {
        public Uniform {
            if (!(min < max)) throw new IllegalArgumentException("uniform needs min < max, got " + min + " and " + max);
        }

        @Override public Object sample(SplittableRandom random) { return min + (max - min) * random.nextDouble(); }
    }

    /** A float whose logarithm is uniform between log(min) and log(max): learning rates. */
    record LogUniform(double min, double max) implements Param {
        public LogUniform {
            if (!(min > 0 && min < max)) throw new IllegalArgumentException("log_uniform needs 0 < min < max, got " + min + " and " + max);
        }

        @Override public Object sample(SplittableRandom random) {
            return Math.exp(Math.log(min) + (Math.log(max) - Math.log(min)) * random.nextDouble());
        }
    }

    /** An int drawn uniformly from min to max, both included. */
    record IntUniform(int min, int max) implements Param {
        public IntUniform {
            if (min > max) throw new IllegalArgumentException("int_uniform needs min <= max, got " + min + " and " + max);
        }

        @Override public Object sample(SplittableRandom random) { return random.nextInt(min, max + 1); }
    }

    /** These values. */
    static Param values(Object... values) { return new Values(List.of(values)); }

    /** Always {@code value}. */
    static Param value(Object value) { return new Values(List.of(value)); }

    /** Uniform on [min, max). */
    static Param uniform(double min, double max) { return new Uniform(min, max); }

    /** Log-uniform between min and max. */
    static Param logUniform(double min, double max) { return new LogUniform(min, max); }

    /** An int from min to max inclusive. */
    static Param intUniform(int min, int max) { return new IntUniform(min, max); }
}
