package torch4j.nn;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link Module#loadStateDict} reports: the keys the module expected but did not get and the
 * keys it got but has no place for. Prints as PyTorch's {@code _IncompatibleKeys}.
 *
 * <pre>{@code
 * jshell> net.loadStateDict(net.stateDict())
 * $1 ==> <All keys matched successfully>
 * }</pre>
 */
public record IncompatibleKeys(List<String> missingKeys, List<String> unexpectedKeys) {
    public IncompatibleKeys {
        missingKeys = List.copyOf(missingKeys);
        unexpectedKeys = List.copyOf(unexpectedKeys);
    }

    @Override public String toString() {
        if (missingKeys.isEmpty() && unexpectedKeys.isEmpty()) return "<All keys matched successfully>";
        return "_IncompatibleKeys(missing_keys=" + pyList(missingKeys) + ", unexpected_keys=" + pyList(unexpectedKeys) + ")";
    }

    private static String pyList(List<String> keys) {
        return keys.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}
