package torch4j.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tokens of one script snippet, just enough of Java's lexical grammar to tell what a snippet
 * is (an import, a type, a method, a statement or an expression) before javac sees it: comments
 * and blanks dropped, a string, text block or character literal one token, operators longest
 * first. A guess that is wrong costs only speed: the script's one-unit compile then fails and the
 * script runs snippet by snippet in JShell, as it always did ({@link ScriptCompiler}).
 */
final class ScriptTokens {
    private ScriptTokens() {}

    /** Operators, longest first so that {@code >>>=} is one token. */
    private static final String[] OPERATORS = {
            ">>>=", "<<=", ">>=", ">>>", "...", "->", "::", "++", "--", "&&", "||", "==", "!=", "<=", ">=",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>"};

    /** The assignment operators: an expression with one at its top level is a statement. */
    static final Set<String> ASSIGNMENTS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>=");

    /** The tokens of {@code s}. */
    static List<String> of(String s) {
        return of(s, new ArrayList<>());
    }

    /** The tokens of {@code s}; each one's start offset goes to {@code starts}. */
    static List<String> of(String s, List<Integer> starts) {
        List<String> out = new ArrayList<>();
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("//", i)) {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && s.charAt(end - 1) == '\\') end = s.indexOf("\"\"\"", end + 1);
                int stop = end < 0 ? n : end + 3;
                starts.add(i);
                out.add(s.substring(i, stop));
                i = stop;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
                int stop = Math.min(n, j + 1);
                starts.add(i);
                out.add(s.substring(i, stop));
                i = stop;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(s.charAt(j))) j++;
                starts.add(i);
                out.add(s.substring(i, j));
                i = j;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '_'
                        || ((s.charAt(j) == '+' || s.charAt(j) == '-') && (s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E')))) j++;
                starts.add(i);
                out.add(s.substring(i, j));
                i = j;
            } else {
                String op = String.valueOf(c);
                for (String o : OPERATORS) {
                    if (s.startsWith(o, i)) { op = o; break; }
                }
                starts.add(i);
                out.add(op);
                i += op.length();
            }
        }
        return out;
    }

    /** Whether {@code t} is an identifier or keyword (not a literal or an operator). */
    static boolean isWord(String t) {
        return !t.isEmpty() && Character.isJavaIdentifierStart(t.charAt(0));
    }

    /** The index after the bracketed group that opens at {@code i} ({@code (}, {@code [}, {@code {} or {@code <}); -1 when it never closes. */
    static int skipGroup(List<String> t, int i) {
        String open = t.get(i);
        String close = switch (open) {
            case "(" -> ")";
            case "[" -> "]";
            case "{" -> "}";
            default -> ">";
        };
        int depth = 0;
        for (int j = i; j < t.size(); j++) {
            String x = t.get(j);
            if (open.equals("<")) {
                // type arguments: only names, dots, commas, wildcards, arrays and nested <> inside
                if (x.equals("<")) depth++;
                else if (x.equals(">")) depth--;
                else if (x.equals(">>")) depth -= 2;
                else if (x.equals(">>>")) depth -= 3;
                else if (!(isWord(x) || x.equals(".") || x.equals(",") || x.equals("?") || x.equals("[") || x.equals("]")
                        || x.equals("&") || x.equals("@"))) return -1;
                if (depth <= 0) return depth == 0 ? j + 1 : -1;
            } else {
                if (x.equals(open)) depth++;
                else if (x.equals(close) && --depth == 0) return j + 1;
            }
        }
        return -1;
    }

    /** The index after a type ({@code int}, {@code Tensor[]}, {@code Map.Entry<String, List<Tensor>>}) starting at {@code i}; -1 when none is there. */
    static int skipType(List<String> t, int i) {
        if (i >= t.size() || !isWord(t.get(i))) return -1;
        int j = i + 1;
        while (true) {
            if (j < t.size() && t.get(j).equals("<")) {
                j = skipGroup(t, j);
                if (j < 0) return -1;
            }
            if (j + 1 < t.size() && t.get(j).equals(".") && isWord(t.get(j + 1))) j += 2;
            else break;
        }
        while (j + 1 < t.size() && t.get(j).equals("[") && t.get(j + 1).equals("]")) j += 2;
        if (j < t.size() && t.get(j).equals("...")) j++;
        return j;
    }
}
