package torch4j;

/**
 * Where a tensor's storage lives. Prints as PyTorch does: {@code cpu}, {@code cuda:0}.
 *
 * <pre>{@code
 * jshell> zeros(2).device()
 * cpu
 * }</pre>
 */
public record Device(String type, int index) {
    /** The CPU, the default device. */
    public static final Device CPU = new Device("cpu", -1);

    /** Parses {@code "cpu"}, {@code "cuda"}, {@code "cuda:1"}. */
    public static Device of(String spec) {
        int colon = spec.indexOf(':');
        String type = colon < 0 ? spec : spec.substring(0, colon);
        if (!type.equals("cpu") && !type.equals("cuda"))
            throw new IllegalArgumentException("Expected one of cpu, cuda device type at start of device string: " + spec);
        int index = colon < 0 ? -1 : Integer.parseInt(spec.substring(colon + 1));
        return new Device(type, index);
    }

    @Override public String toString() { return index < 0 ? type : type + ":" + index; }
}
