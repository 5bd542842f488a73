package torch4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parser and double-domain evaluator for the C subset of elementwise op expressions
 * (see {@link torch4j.backend.ElementwiseOp}): literals, names, calls, unary {@code - ! ~},
 * binary arithmetic, bitwise operators and shifts (on the operands as integers), comparisons,
 * {@code && ||} and {@code ?:}, with C's precedence. Parsing is the
 * syntax check; evaluating lets a test compare an expression with the op's CPU kernel.
 */
final class ElementwiseExpr {
    /** A parsed expression: evaluates given the values of names and the functions it calls. */
    interface Node { double eval(Function<String, Double> names, Map<String, Function<double[], Double>> functions); }

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(&&|\\|\\||<<|>>|<=|>=|==|!=|[-+*/%<>!?:(),&|^~]))");

    private final List<String> tokens = new ArrayList<>();
    private int pos;
    /** Names used as values and names called as functions, for the identifier checks. */
    final List<String> values = new ArrayList<>(), calls = new ArrayList<>();

    private ElementwiseExpr(String source) {
        Matcher m = TOKEN.matcher(source);
        int at = 0;
        while (at < source.length()) {
            if (source.substring(at).isBlank()) break;
            if (!m.find(at) || m.start() != at) throw new IllegalArgumentException("unexpected character at " + at + " in: " + source);
            tokens.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            at = m.end();
        }
    }

    /** Parses a whole expression, or throws IllegalArgumentException naming what is wrong. */
    static ElementwiseExpr parse(String source, Node[] root) {
        ElementwiseExpr p = new ElementwiseExpr(source);
        root[0] = p.ternary();
        if (p.pos != p.tokens.size()) throw new IllegalArgumentException("trailing '" + p.tokens.get(p.pos) + "' in: " + source);
        return p;
    }

    private String peek() { return pos < tokens.size() ? tokens.get(pos) : ""; }

    private String next() {
        if (pos >= tokens.size()) throw new IllegalArgumentException("unexpected end of expression");
        return tokens.get(pos++);
    }

    private void expect(String t) {
        String got = next();
        if (!got.equals(t)) throw new IllegalArgumentException("expected '" + t + "' but found '" + got + "'");
    }

    private Node ternary() {
        Node c = binary(0);
        if (!peek().equals("?")) return c;
        next();
        Node a = ternary();
        expect(":");
        Node b = ternary();
        return (n, f) -> c.eval(n, f) != 0 ? a.eval(n, f) : b.eval(n, f);
    }

    private static final List<List<String>> LEVELS = List.of(List.of("||"), List.of("&&"), List.of("|"), List.of("^"), List.of("&"),
            List.of("==", "!="), List.of("<", ">", "<=", ">="), List.of("<<", ">>"), List.of("+", "-"), List.of("*", "/", "%"));

    private Node binary(int level) {
        if (level == LEVELS.size()) return unary();
        Node left = binary(level + 1);
        while (LEVELS.get(level).contains(peek())) {
            String op = next();
            Node l = left, r = binary(level + 1);
            left = (n, f) -> apply(op, l, r, n, f);
        }
        return left;
    }

    private static double apply(String op, Node l, Node r, Function<String, Double> n, Map<String, Function<double[], Double>> f) {
        double a = l.eval(n, f);
        if (op.equals("&&")) return a != 0 && r.eval(n, f) != 0 ? 1 : 0;
        if (op.equals("||")) return a != 0 || r.eval(n, f) != 0 ? 1 : 0;
        double b = r.eval(n, f);
        return switch (op) {
            case "==" -> a == b ? 1 : 0;
            case "!=" -> a != b ? 1 : 0;
            case "<" -> a < b ? 1 : 0;
            case ">" -> a > b ? 1 : 0;
            case "<=" -> a <= b ? 1 : 0;
            case ">=" -> a >= b ? 1 : 0;
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            // the bitwise operators apply to the long long domain: operands as integers
            case "&" -> (long) a & (long) b;
            case "|" -> (long) a | (long) b;
            case "^" -> (long) a ^ (long) b;
            case "<<" -> (long) a << (long) b;
            case ">>" -> (long) a >> (long) b;
            case "/" -> a / b;
            default -> a % b;
        };
    }

    private Node unary() {
        if (peek().equals("-")) { next(); Node x = unary(); return (n, f) -> -x.eval(n, f); }
        if (peek().equals("!")) { next(); Node x = unary(); return (n, f) -> x.eval(n, f) == 0 ? 1 : 0; }
        if (peek().equals("~")) { next(); Node x = unary(); return (n, f) -> ~(long) x.eval(n, f); }
        return primary();
    }

    private Node primary() {
        String t = next();
        if (t.equals("(")) {
            Node e = ternary();
            expect(")");
            return e;
        }
        if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') {
            double v = Double.parseDouble(t);
            return (n, f) -> v;
        }
        if (!Character.isLetter(t.charAt(0)) && t.charAt(0) != '_') throw new IllegalArgumentException("unexpected '" + t + "'");
        if (!peek().equals("(")) {
            values.add(t);
            return (n, f) -> n.apply(t);
        }
        next();
        calls.add(t);
        List<Node> args = new ArrayList<>();
        if (!peek().equals(")")) {
            args.add(ternary());
            while (peek().equals(",")) { next(); args.add(ternary()); }
        }
        expect(")");
        return (n, f) -> {
            double[] v = new double[args.size()];
            for (int i = 0; i < v.length; i++) v[i] = args.get(i).eval(n, f);
            Function<double[], Double> fn = f.get(t);
            if (fn == null) throw new IllegalArgumentException("no model of function " + t);
            return fn.apply(v);
        };
    }
}
