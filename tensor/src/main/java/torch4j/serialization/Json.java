package torch4j.serialization;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a safetensors header: a strict parser (objects, arrays, strings, numbers, true,
 * false, null; nesting limited so a hostile header cannot exhaust the stack; duplicate keys
 * refused) and serde_json's compact string quoting for the writer. Objects keep their key order.
 */
final class Json {
    private Json() {}

    private static final int MAX_DEPTH = 64;

    /** Thrown for anything that is not JSON; SafeTensors turns it into the library's error name. */
    static final class SyntaxError extends Exception {
        SyntaxError(String message) { super(message); }
    }

    /** Python/serde_json quoting: {@code " \\ \b \f \n \r \t} escaped short, other controls as {@code \\u00xx}, the rest raw. */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    /** Parses one JSON value spanning {@code text} (surrounding whitespace allowed). */
    static Object parse(String text) throws SyntaxError {
        Json.Parser p = new Json.Parser(text);
        p.ws();
        Object v = p.value(0);
        p.ws();
        if (p.i != text.length()) throw p.error("trailing characters");
        return v;
    }

    private static final class Parser {
        final String s;
        int i;

        Parser(String s) { this.s = s; }

        SyntaxError error(String what) { return new SyntaxError(what + " at character " + i); }

        void ws() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) i++;
        }

        char peek() throws SyntaxError {
            if (i >= s.length()) throw error("unexpected end");
            return s.charAt(i);
        }

        void expect(char c) throws SyntaxError {
            if (peek() != c) throw error("expected '" + c + "'");
            i++;
        }

        Object value(int depth) throws SyntaxError {
            if (depth > MAX_DEPTH) throw error("nesting too deep");
            char c = peek();
            return switch (c) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        Object literal(String word, Object v) throws SyntaxError {
            if (!s.startsWith(word, i)) throw error("unexpected character");
            i += word.length();
            return v;
        }

        Map<String, Object> object(int depth) throws SyntaxError {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            ws();
            if (peek() == '}') { i++; return m; }
            while (true) {
                ws();
                String k = string();
                ws();
                expect(':');
                ws();
                if (m.containsKey(k)) throw error("duplicate key \"" + k + "\"");
                m.put(k, value(depth + 1));
                ws();
                if (peek() == ',') { i++; continue; }
                expect('}');
                return m;
            }
        }

        List<Object> array(int depth) throws SyntaxError {
            List<Object> l = new ArrayList<>();
            i++;
            ws();
            if (peek() == ']') { i++; return l; }
            while (true) {
                ws();
                l.add(value(depth + 1));
                ws();
                if (peek() == ',') { i++; continue; }
                expect(']');
                return l;
            }
        }

        String string() throws SyntaxError {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = peek();
                i++;
                if (c == '"') return b.toString();
                if (c < 0x20) throw error("control character in string");
                if (c != '\\') { b.append(c); continue; }
                char e = peek();
                i++;
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (i + 4 > s.length()) throw error("short \\u escape");
                        int v = 0;
                        for (int k = 0; k < 4; k++) {
                            int d = Character.digit(s.charAt(i + k), 16);
                            if (d < 0) throw error("bad \\u escape");
                            v = v << 4 | d;
                        }
                        i += 4;
                        b.append((char) v);
                    }
                    default -> throw error("bad escape");
                }
            }
        }

        /** An integer becomes Long (BigInteger past that range), anything with a fraction or exponent a Double. */
        Object number() throws SyntaxError {
            int start = i;
            if (i < s.length() && s.charAt(i) == '-') i++;
            int digits = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            if (i == digits || s.charAt(digits) == '0' && i - digits > 1) throw error("malformed number");
            boolean integral = true;
            if (i < s.length() && s.charAt(i) == '.') {
                integral = false;
                int f = ++i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
                if (i == f) throw error("malformed number");
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                integral = false;
                i++;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
                int x = i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
                if (i == x) throw error("malformed number");
            }
            String t = s.substring(start, i);
            if (!integral) return Double.parseDouble(t);
            if (i - digits > 20) throw error("integer out of range");   // beyond u64, as serde_json; also keeps parsing linear
            BigInteger v = new BigInteger(t);
            return v.bitLength() < 64 ? (Object) v.longValue() : v;
        }
    }
}
