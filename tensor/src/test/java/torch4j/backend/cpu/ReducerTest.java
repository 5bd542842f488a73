package torch4j.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The CPU reducer's closed forms for runs along broadcast dims (moved from HugeNumelTest with the reducer). */
class ReducerTest {
    private static final long G31 = 1L << 31;

    /**
     * The closed forms behind long broadcast runs: sums against the exact product rounded once
     * (and the loop where the loop is exact), products against the loop they replace, on counts
     * up to 2^21 (sums up to 2^63 - 1), including products that settle at 0, inf or a subnormal
     * fixed point.
     */
    @Test
    void repeatedSumAndProductClosedForms() {
        SplittableRandom rnd = new SplittableRandom(2020);
        double[] special = {0.1, -0.1, Math.nextUp(1.0), 3.0, 1e-310, Double.MIN_VALUE, 1e300, Double.MAX_VALUE / 3,
                0.99, -0.99, 1.0000001, -2.5, 0.5, Double.MIN_NORMAL, 7e-320, -1e-5};
        for (int trial = 0; trial < 120; trial++) {
            double v = trial < special.length ? special[trial]
                    : Math.scalb(rnd.nextDouble(1, 2) * (rnd.nextBoolean() ? 1 : -1), rnd.nextInt(-1074, 1000));
            long n = trial % 4 == 0 ? 1L << 21 : 1 + rnd.nextInt(100_000);
            double sum = 0, prod = 1;
            for (long k = 0; k < n; k++) { sum += v; prod *= v; }
            for (long count : new long[]{n, (1L << 53) + 1 + n, Long.MAX_VALUE - n}) {
                double exact = new BigDecimal(v).multiply(BigDecimal.valueOf(count)).doubleValue();
                assertEquals(Double.doubleToLongBits(exact), Double.doubleToLongBits(Reducer.repeatedSum(v, count)),
                        "sum " + v + " x " + count);
            }
            long odd = (long) Math.scalb(Math.abs(v), -Math.getExponent(v) + 52);   // v's significand as an integer
            odd >>>= Long.numberOfTrailingZeros(odd);
            if (Math.getExponent(v) >= Double.MIN_EXPONENT && n * (double) odd <= 0x1p53)   // every partial sum exact
                assertEquals(Double.doubleToLongBits(sum), Double.doubleToLongBits(Reducer.repeatedSum(v, n)), "loop sum " + v + " x " + n);
            assertEquals(Double.doubleToLongBits(prod), Double.doubleToLongBits(Reducer.repeatedProduct(1, v, n)), "prod " + v + " x " + n);
        }
        assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(Reducer.repeatedSum(-0.0, 5)));
        assertEquals(-1, Reducer.wrappingPower(-1, 3 * G31 + 3));
        assertEquals(0, Reducer.wrappingPower(2, 64));
    }
}
