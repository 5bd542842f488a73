package torch4j.repl;

import java.util.Set;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours Java as it is typed: keywords, string and character literals, numbers, comments and
 * REPL commands ({@code :vars}). A lexer of its own, not javac: it must run on every keystroke.
 */
final class JavaHighlighter implements Highlighter {
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "new", "package", "private",
            "protected", "public", "record", "return", "short", "static", "super", "switch", "this", "throw",
            "throws", "try", "var", "void", "while", "yield", "true", "false", "null");

    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).italic();
    static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        if (buffer.startsWith(":")) {
            int end = buffer.indexOf(' ');
            end = end < 0 ? buffer.length() : end;
            sb.styled(COMMAND, buffer.substring(0, end));
            buffer = buffer.substring(end);
        }
        int i = 0;
        int n = buffer.length();
        while (i < n) {
            char c = buffer.charAt(i);
            int j;
            if (c == '"' || c == '\'') {
                j = i + 1;
                while (j < n && buffer.charAt(j) != c && buffer.charAt(j) != '\n') j += buffer.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(n, j + 1);
                sb.styled(STRING, buffer.substring(i, j));
            } else if (buffer.startsWith("//", i)) {
                j = buffer.indexOf('\n', i);
                j = j < 0 ? n : j;
                sb.styled(COMMENT, buffer.substring(i, j));
            } else if (buffer.startsWith("/*", i)) {
                j = buffer.indexOf("*/", i + 2);
                j = j < 0 ? n : j + 2;
                sb.styled(COMMENT, buffer.substring(i, j));
            } else if (Character.isJavaIdentifierStart(c)) {
                j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(buffer.charAt(j))) j++;
                String word = buffer.substring(i, j);
                if (KEYWORDS.contains(word)) sb.styled(KEYWORD, word);
                else sb.append(word);
            } else if (Character.isDigit(c)) {
                j = i + 1;
                while (j < n && (Character.isLetterOrDigit(buffer.charAt(j)) || buffer.charAt(j) == '.' || buffer.charAt(j) == '_')) j++;
                sb.styled(NUMBER, buffer.substring(i, j));
            } else {
                j = i + 1;
                sb.append(c);
            }
            i = j;
        }
        return sb.toAttributedString();
    }

    @Override public void setErrorPattern(Pattern errorPattern) { }

    @Override public void setErrorIndex(int errorIndex) { }
}
