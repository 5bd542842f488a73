package torch4j.kernel;

/**
 * Cursor positions: the protocol counts Unicode code points (since 5.2), Java strings count
 * UTF-16 units; they differ after a character outside the BMP (an emoji in a comment).
 */
final class CodePoints {
    private CodePoints() {}

    /** The UTF-16 index of code point {@code cursor} in {@code s} (clamped to the string). */
    static int toUtf16(String s, int cursor) {
        int points = s.codePointCount(0, s.length());
        return s.offsetByCodePoints(0, Math.max(0, Math.min(cursor, points)));
    }

    /** The code point index of UTF-16 index {@code index} in {@code s}. */
    static int fromUtf16(String s, int index) {
        return s.codePointCount(0, Math.max(0, Math.min(index, s.length())));
    }
}
