package torch4j.serialization;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 with Python's {@code surrogatepass}, the error handler pickle uses for strings: a lone
 * surrogate (legal in both a Java and a Python string) is written as its three-byte form instead
 * of Java's {@code '?'}, and read back; anything else that is not UTF-8 is an error.
 */
final class Utf8 {
    private Utf8() {}

    static byte[] encode(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) return encodeWithSurrogates(s);
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encodeWithSurrogates(String s) {
        Pickler.Out out = new Pickler.Out();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);   // a valid pair gives one code point; a lone surrogate gives itself
            i += Character.charCount(cp);
            if (cp < 0x80) out.op(cp);
            else if (cp < 0x800) out.op(0xC0 | cp >> 6).op(0x80 | cp & 0x3F);
            else if (cp < 0x10000) out.op(0xE0 | cp >> 12).op(0x80 | cp >> 6 & 0x3F).op(0x80 | cp & 0x3F);
            else out.op(0xF0 | cp >> 18).op(0x80 | cp >> 12 & 0x3F).op(0x80 | cp >> 6 & 0x3F).op(0x80 | cp & 0x3F);
        }
        return out.toArray();
    }

    /** Decodes strictly; three-byte surrogates are accepted as Python's surrogatepass does. */
    static String decode(byte[] b, int off, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException e) {
            return decodeWithSurrogates(b, off, len);
        }
    }

    private static String decodeWithSurrogates(byte[] b, int off, int len) {
        StringBuilder s = new StringBuilder(len);
        for (int i = off, end = off + len; i < end; ) {
            int c = b[i] & 0xFF, n, cp;
            if (c < 0x80) { n = 1; cp = c; }
            else if (c >= 0xC2 && c < 0xE0) { n = 2; cp = c & 0x1F; }
            else if (c >= 0xE0 && c < 0xF0) { n = 3; cp = c & 0x0F; }
            else if (c >= 0xF0 && c < 0xF5) { n = 4; cp = c & 0x07; }
            else throw bad();
            if (i + n > end) throw bad();
            for (int k = 1; k < n; k++) {
                int d = b[i + k] & 0xFF;
                if ((d & 0xC0) != 0x80) throw bad();
                cp = cp << 6 | d & 0x3F;
            }
            if (n == 3 && cp < 0x800 || n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) throw bad();   // overlong or out of range
            s.appendCodePoint(cp);
            i += n;
        }
        return s.toString();
    }

    private static CheckpointException bad() {
        return new CheckpointException("pickle holds a string that is not UTF-8 (the checkpoint is corrupted)");
    }
}
