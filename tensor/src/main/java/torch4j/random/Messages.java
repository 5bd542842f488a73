package torch4j.random;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import torch4j.DType;

/** Internal: PyTorch's error and warning texts, with numbers formatted as C++ streams do. */
final class Messages {
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private Messages() {}

    /**
     * A double as {@code std::ostream << double} prints it: {@code %g} with 6 significant
     * digits, trailing zeros dropped ({@code 1}, {@code 0.123457}, {@code 3e+38}, {@code 1.5e-07}).
     */
    static String cpp(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (Double.doubleToRawLongBits(v) < 0) ? "-0" : "0";
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String m = mantissa.scale() <= 0 ? mantissa.setScale(0).toPlainString() : mantissa.toPlainString();
            String e = String.format("%02d", Math.abs(exponent));
            return m + "e" + (exponent < 0 ? "-" : "+") + e;
        }
        BigDecimal plain = rounded.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }

    /** The dtype as {@code caffe2::TypeMeta} names it in "out of bounds for ..." messages. */
    static String typeMetaName(DType dtype) {
        return switch (dtype) {
            case BOOL -> "bool";
            case UINT8 -> "unsigned char";
            case INT8 -> "signed char";
            case INT16 -> "short int";
            case INT32 -> "int";
            case INT64 -> "long int";
            case FLOAT32 -> "float";
            case FLOAT64 -> "double";
        };
    }


    /** AT_DISPATCH's error for a dtype a kernel does not handle. */
    static IllegalArgumentException notImplemented(String kernel, DType dtype) {
        return new IllegalArgumentException("\"" + kernel + "\" not implemented for '" + dtype.scalarTypeName() + "'");
    }

    /** PyTorch's {@code TORCH_WARN}: printed once per distinct text, as Python shows a UserWarning. */
    static void warn(String message) {
        if (WARNED.add(message)) {
            System.err.println("UserWarning: " + message);
        }
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that round-trip (as Java's), written
     * fixed for exponents -4 … 15 and as {@code 1e-05} / {@code 1.5e+16} otherwise.
     */
    static String pythonRepr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (Double.doubleToRawLongBits(v) < 0) ? "-0.0" : "0.0";
        BigDecimal shortest = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            BigDecimal mantissa = shortest.movePointLeft(exponent);
            String m = mantissa.scale() <= 0 ? mantissa.setScale(0).toPlainString() : mantissa.toPlainString();
            return m + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = shortest.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
