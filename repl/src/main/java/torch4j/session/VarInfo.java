package torch4j.session;

/**
 * A variable of the session, as {@code :vars} lists it.
 *
 * @param name         the variable's name
 * @param type         its declared type as JShell writes it
 * @param shape        for a tensor its size ({@code [2, 3]}), else null
 * @param dtype        for a tensor {@code torch.float32} etc., else null
 * @param device       for a tensor {@code cpu} etc., else null
 * @param requiresGrad for a tensor whether it requires grad, else null
 * @param summary      a one-line, shortened repr of the value
 */
public record VarInfo(String name, String type, String shape, String dtype, String device,
                      Boolean requiresGrad, String summary) {
    /** Whether the variable holds a tensor. */
    public boolean isTensor() { return shape != null; }

    /** The entry for variable {@code name} of declared {@code type} holding {@code value}. */
    static VarInfo of(String name, String type, Object value) {
        String summary = summary(value);
        if (value instanceof torch4j.Tensor t) {
            return new VarInfo(name, type, t.shape().toString().replaceAll("^torch\\.Size\\((.*)\\)$", "$1"),
                    t.dtype().toString(), t.device().toString(), t.requiresGrad(), summary);
        }
        return new VarInfo(name, type, null, null, null, null, summary);
    }

    private static String summary(Object value) {
        String text;
        try {
            text = Repr.of(value);
        } catch (RuntimeException e) {
            text = value.getClass().getName();
        }
        text = text.replaceAll("\\s*\n\\s*", " ");
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
