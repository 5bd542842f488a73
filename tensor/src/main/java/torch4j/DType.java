package torch4j;

/**
 * Element types, named and promoted as in PyTorch.
 *
 * <pre>{@code
 * jshell> tensor(1, 2).add(tensor(0.5)).dtype()
 * torch.float32
 * }</pre>
 */
public enum DType {
    BOOL("bool", 1, Kind.BOOL),
    UINT8("uint8", 1, Kind.INTEGRAL),
    INT8("int8", 1, Kind.INTEGRAL),
    INT16("int16", 2, Kind.INTEGRAL),
    INT32("int32", 4, Kind.INTEGRAL),
    INT64("int64", 8, Kind.INTEGRAL),
    FLOAT32("float32", 4, Kind.FLOATING),
    FLOAT64("float64", 8, Kind.FLOATING);

    private enum Kind { BOOL, INTEGRAL, FLOATING }

    private final String pyName;
    private final int itemSize;
    private final Kind kind;

    private final String scalarTypeName;
    private final String cppTypeName;

    DType(String pyName, int itemSize, Kind kind) {
        this.pyName = pyName;
        this.itemSize = itemSize;
        this.kind = kind;
        this.scalarTypeName = switch (pyName) {
            case "bool" -> "Bool";
            case "uint8" -> "Byte";
            case "int8" -> "Char";
            case "int16" -> "Short";
            case "int32" -> "Int";
            case "int64" -> "Long";
            case "float32" -> "Float";
            default -> "Double";
        };
        this.cppTypeName = switch (pyName) {
            case "bool" -> "bool";
            case "uint8" -> "unsigned char";
            case "int8" -> "signed char";
            case "int16" -> "short int";
            case "int32" -> "int";
            case "int64" -> "long int";
            case "float32" -> "float";
            default -> "double";
        };
    }

    /** The name PyTorch's error messages use ({@code c10::toString(ScalarType)}): Float, Long, Byte, ... */
    public String scalarTypeName() { return scalarTypeName; }

    /** The C++ element type name some of PyTorch's messages use: float, long int, unsigned char, ... */
    public String cppTypeName() { return cppTypeName; }

    /** PyTorch's name without the {@code torch.} prefix, e.g. {@code float32}. */
    public String pyName() { return pyName; }

    /** Bytes per element, as {@code tensor.element_size()}. */
    public int itemSize() { return itemSize; }

    /** True for float32 and float64. */
    public boolean isFloatingPoint() { return kind == Kind.FLOATING; }

    /** True for the integer types (not bool). */
    public boolean isIntegral() { return kind == Kind.INTEGRAL; }

    /** True for bool. */
    public boolean isBool() { return kind == Kind.BOOL; }

    /** Prints as PyTorch does: {@code torch.float32}. */
    @Override public String toString() { return "torch." + pyName; }

    /** The default floating dtype ({@code torch.get_default_dtype()}), float32. */
    public static DType defaultFloat() { return FLOAT32; }

    /**
     * PyTorch's {@code torch.promote_types}: bool &lt; integers &lt; floats; within integers the
     * wider type wins, and uint8 with a signed type gives the next signed type that holds both.
     */
    public static DType promote(DType a, DType b) {
        if (a == b) return a;
        if (a.isFloatingPoint() || b.isFloatingPoint()) {
            if (a.isFloatingPoint() && b.isFloatingPoint()) return a.itemSize >= b.itemSize ? a : b;
            return a.isFloatingPoint() ? a : b;
        }
        if (a == BOOL) return b;
        if (b == BOOL) return a;
        if (a == UINT8 || b == UINT8) {
            DType other = a == UINT8 ? b : a;
            return other == INT8 ? INT16 : other;
        }
        return a.itemSize >= b.itemSize ? a : b;
    }

    /** Looks a dtype up by PyTorch's name ({@code "float32"}, {@code "torch.int64"}, {@code "float"}, {@code "long"}). */
    public static DType of(String name) {
        String n = name.startsWith("torch.") ? name.substring(6) : name;
        return switch (n) {
            case "float32", "float" -> FLOAT32;
            case "float64", "double" -> FLOAT64;
            case "int64", "long" -> INT64;
            case "int32", "int" -> INT32;
            case "int16", "short" -> INT16;
            case "int8" -> INT8;
            case "uint8" -> UINT8;
            case "bool" -> BOOL;
            default -> throw new IllegalArgumentException("unknown dtype: " + name);
        };
    }
}
