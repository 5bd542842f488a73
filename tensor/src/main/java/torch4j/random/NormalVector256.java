package torch4j.random;

import static torch4j.random.CephesAvx2.COS_C0;
import static torch4j.random.CephesAvx2.COS_C1;
import static torch4j.random.CephesAvx2.COS_C2;
import static torch4j.random.CephesAvx2.DP1;
import static torch4j.random.CephesAvx2.DP2;
import static torch4j.random.CephesAvx2.DP3;
import static torch4j.random.CephesAvx2.FOPI;
import static torch4j.random.CephesAvx2.LOG_P0;
import static torch4j.random.CephesAvx2.LOG_P1;
import static torch4j.random.CephesAvx2.LOG_P2;
import static torch4j.random.CephesAvx2.LOG_P3;
import static torch4j.random.CephesAvx2.LOG_P4;
import static torch4j.random.CephesAvx2.LOG_P5;
import static torch4j.random.CephesAvx2.LOG_P6;
import static torch4j.random.CephesAvx2.LOG_P7;
import static torch4j.random.CephesAvx2.LOG_P8;
import static torch4j.random.CephesAvx2.LOG_Q1;
import static torch4j.random.CephesAvx2.LOG_Q2;
import static torch4j.random.CephesAvx2.SIN_S0;
import static torch4j.random.CephesAvx2.SIN_S1;
import static torch4j.random.CephesAvx2.SIN_S2;
import static torch4j.random.CephesAvx2.SQRTHF;
import static torch4j.random.CephesAvx2.TWO_PI;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Internal: the float32 block transform of notes §4.3 with 8-lane vectors, instruction for
 * instruction as PyTorch's AVX2 kernel runs it ({@code log256_ps}, {@code sincos256_ps}, the
 * fused steps of §4.4). Bit-identical to the lane-by-lane {@link CephesAvx2} (every operation
 * is an IEEE single-precision operation or a bit manipulation, lane-wise), several times faster.
 *
 * <p>Only loaded when the {@code jdk.incubator.vector} module is present
 * ({@code --add-modules jdk.incubator.vector}); see {@link NormalPaths#transformBlocks}.
 */
final class NormalVector256 {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;

    private NormalVector256() {}

    /** Whether 256-bit float vectors run natively here (else the scalar lanes are faster). */
    static boolean isFast() {
        return FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 256;
    }

    /** Transforms {@code blocks} consecutive blocks of 16 starting at {@code d[o]}. */
    static void transformBlocks(float[] d, int o, int blocks, float mean, float std) {
        for (int b = 0; b < blocks; b++, o += NormalPaths.BLOCK) {
            FloatVector u1 = FloatVector.broadcast(F, 1f).sub(FloatVector.fromArray(F, d, o));
            FloatVector u2 = FloatVector.fromArray(F, d, o + 8);
            FloatVector radius = log(u1).mul(-2f).lanewise(VectorOperators.SQRT);
            FloatVector x = u2.mul(TWO_PI);

            // sincos256_ps (§4.4); x >= 0 here, but the sign handling is kept as the kernel has it
            IntVector xBits = x.reinterpretAsInts();
            IntVector signSin = xBits.and(0x80000000);
            x = xBits.and(0x7FFFFFFF).reinterpretAsFloats();
            IntVector j = (IntVector) x.mul(FOPI).convert(VectorOperators.F2I, 0);
            j = j.add(1).and(~1);
            FloatVector y = (FloatVector) j.convert(VectorOperators.I2F, 0);
            x = y.fma(FloatVector.broadcast(F, DP1), x);
            x = y.fma(FloatVector.broadcast(F, DP2), x);
            x = y.fma(FloatVector.broadcast(F, DP3), x);
            signSin = signSin.lanewise(VectorOperators.XOR, j.and(4).lanewise(VectorOperators.LSHL, 29));
            IntVector signCos = j.sub(2).not().and(4).lanewise(VectorOperators.LSHL, 29);
            VectorMask<Float> sinPoly = j.and(2).compare(VectorOperators.EQ, 0).cast(F);
            FloatVector z = x.mul(x);
            FloatVector yc = FloatVector.broadcast(F, COS_C0).fma(z, FloatVector.broadcast(F, COS_C1));
            yc = yc.fma(z, FloatVector.broadcast(F, COS_C2));
            yc = yc.mul(z);
            yc = yc.fma(z, z.mul(-0.5f));
            yc = yc.add(1f);
            FloatVector ys = FloatVector.broadcast(F, SIN_S0).fma(z, FloatVector.broadcast(F, SIN_S1));
            ys = ys.fma(z, FloatVector.broadcast(F, SIN_S2));
            ys = ys.mul(z);
            ys = ys.fma(x, x);
            // mask selection, then the kernel's add/subtract of zeros (signed zeros, §4.4 step 8)
            FloatVector zero = FloatVector.zero(F);
            FloatVector ysin2 = zero.blend(ys, sinPoly);
            FloatVector ysin1 = yc.blend(zero, sinPoly);
            FloatVector sin = ysin1.add(ysin2);
            FloatVector cos = yc.sub(ysin1).add(ys.sub(ysin2));
            sin = sin.reinterpretAsInts().lanewise(VectorOperators.XOR, signSin).reinterpretAsFloats();
            cos = cos.reinterpretAsInts().lanewise(VectorOperators.XOR, signCos).reinterpretAsFloats();

            radius.mul(cos).fma(std, mean).intoArray(d, o);
            radius.mul(sin).fma(std, mean).intoArray(d, o + 8);
        }
    }

    /** {@code log256_ps} for positive normal inputs (§4.4). */
    static FloatVector log(FloatVector x) {
        IntVector bits = x.reinterpretAsInts();
        FloatVector e = (FloatVector) bits.lanewise(VectorOperators.LSHR, 23).sub(127)
                .convert(VectorOperators.I2F, 0);
        e = e.add(1f);
        FloatVector m = bits.and(0x807FFFFF).or(0x3F000000).reinterpretAsFloats();
        VectorMask<Float> small = m.compare(VectorOperators.LT, SQRTHF);
        FloatVector zero = FloatVector.zero(F);
        FloatVector tmp = zero.blend(m, small);
        m = m.sub(1f);
        e = e.sub(zero.blend(1f, small));
        m = m.add(tmp);
        FloatVector z = m.mul(m);
        FloatVector y = FloatVector.broadcast(F, LOG_P0);
        y = y.fma(m, FloatVector.broadcast(F, LOG_P1));
        y = y.fma(m, FloatVector.broadcast(F, LOG_P2));
        y = y.fma(m, FloatVector.broadcast(F, LOG_P3));
        y = y.fma(m, FloatVector.broadcast(F, LOG_P4));
        y = y.fma(m, FloatVector.broadcast(F, LOG_P5));
        y = y.fma(m, FloatVector.broadcast(F, LOG_P6));
        y = y.fma(m, FloatVector.broadcast(F, LOG_P7));
        y = y.fma(m, FloatVector.broadcast(F, LOG_P8));
        y = y.mul(m);
        y = y.fma(z, e.mul(LOG_Q1));
        y = z.neg().fma(FloatVector.broadcast(F, 0.5f), y);
        return e.fma(FloatVector.broadcast(F, LOG_Q2), m.add(y));
    }
}
