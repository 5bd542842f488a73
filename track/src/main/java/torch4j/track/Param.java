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
 * jshell> Param.qUniform(0, 1, 0.25)        // wandb: distribution: q_uniform, round(X / q) * q
 * jshell> Param.normal(0, 1)                 // wandb: distribution: normal, mu and sigma
 * }</pre>
 *
 * <p>The quantised distributions round a draw X to the nearest multiple of q ({@code round(X / q) * q},
 * as wandb's sweep configuration documents), so their values may fall a half step outside [min, max].
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

    /** wandb's {@code q_uniform}: a uniform draw from [min, max) rounded to the nearest multiple of q. */
    record QUniform(double min, double max, double q) implements Param {
        public QUniform {
            if (!(min < max)) throw new IllegalArgumentException("q_uniform needs min < max, got " + min + " and " + max);
            if (!(q > 0)) throw new IllegalArgumentException("q_uniform needs q > 0, got " + q);
        }

        @Override public Object sample(SplittableRandom random) { return quantise(min + (max - min) * random.nextDouble(), q); }
    }

    /** wandb's {@code q_log_uniform_values}: a log-uniform draw between min and max rounded to the nearest multiple of q. */
    record QLogUniform(double min, double max, double q) implements Param {
        public QLogUniform {
            if (!(min > 0 && min < max)) throw new IllegalArgumentException("q_log_uniform_values needs 0 < min < max, got " + min + " and " + max);
            if (!(q > 0)) throw new IllegalArgumentException("q_log_uniform_values needs q > 0, got " + q);
        }

        @Override public Object sample(SplittableRandom random) {
            return quantise(Math.exp(Math.log(min) + (Math.log(max) - Math.log(min)) * random.nextDouble()), q);
        }
    }

    /** wandb's {@code normal}: a float from the normal distribution of mean mu and standard deviation sigma. */
    record Normal(double mu, double sigma) implements Param {
        public Normal {
            if (!(sigma > 0)) throw new IllegalArgumentException("normal needs sigma > 0, got " + sigma);
        }

        @Override public Object sample(SplittableRandom random) { return mu + sigma * random.nextGaussian(); }
    }

    /** wandb's {@code log_normal}: exp(X) with X normal of mean mu and standard deviation sigma (always positive). */
    record LogNormal(double mu, double sigma) implements Param {
        public LogNormal {
            if (!(sigma > 0)) throw new IllegalArgumentException("log_normal needs sigma > 0, got " + sigma);
        }

        @Override public Object sample(SplittableRandom random) { return Math.exp(mu + sigma * random.nextGaussian()); }
    }

    /** wandb's {@code q_normal}: a normal draw rounded to the nearest multiple of q. */
    record QNormal(double mu, double sigma, double q) implements Param {
        public QNormal {
            if (!(sigma > 0)) throw new IllegalArgumentException("q_normal needs sigma > 0, got " + sigma);
            if (!(q > 0)) throw new IllegalArgumentException("q_normal needs q > 0, got " + q);
        }

        @Override public Object sample(SplittableRandom random) { return quantise(mu + sigma * random.nextGaussian(), q); }
    }

    /** round(x / q) * q, wandb's quantisation. */
    private static double quantise(double x, double q) { return Math.round(x / q) * q; }

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

    /** Uniform on [min, max), rounded to a multiple of q ({@code q_uniform}). */
    static Param qUniform(double min, double max, double q) { return new QUniform(min, max, q); }

    /** Log-uniform between min and max, rounded to a multiple of q ({@code q_log_uniform_values}). */
    static Param qLogUniform(double min, double max, double q) { return new QLogUniform(min, max, q); }

    /** Normal of mean mu and standard deviation sigma ({@code normal}). */
    static Param normal(double mu, double sigma) { return new Normal(mu, sigma); }

    /** exp of a normal of mean mu and standard deviation sigma ({@code log_normal}). */
    static Param logNormal(double mu, double sigma) { return new LogNormal(mu, sigma); }

    /** Normal, rounded to a multiple of q ({@code q_normal}). */
    static Param qNormal(double mu, double sigma, double q) { return new QNormal(mu, sigma, q); }
}
