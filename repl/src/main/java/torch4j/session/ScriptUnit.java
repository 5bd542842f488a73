package torch4j.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole script as one Java compilation unit, for {@link ScriptCompiler}: the prelude's and the
 * script's imports, then a class holding the prelude's helpers and the script's methods as static
 * methods, its classes, records, interfaces and enums as static nested types, and its top-level
 * statements, in order, in one method (its variables become that method's locals). Each snippet's
 * text is copied unchanged; {@link #scriptLine} maps the unit's lines back to the script's, so
 * frames name the script's lines.
 *
 * <p>The class is named as JShell names its wrappers ({@code REPL.$JShell$script}, its statements
 * in {@code do_it$}), so that errors read as the JShell path writes them ({@link Errors#frameName},
 * {@link Errors#clean}).
 *
 * <p>{@link #translate} returns null where one unit could behave differently from JShell
 * running the snippets one by one, so the script runs in JShell instead: a statement that uses a
 * method or type the script declares only later (JShell rejects it there), an import after code
 * that could change what earlier code means, anomaly mode (its traces name JShell's snippets) and
 * a run's saved code ({@code saveCode}: the session records the script as JShell runs it).
 */
final class ScriptUnit {
    static final String PACKAGE = "REPL";
    static final String CLASS = "$JShell$script";
    static final String RUN = "do_it$";
    private static final String DISCARD = "discard$";

    /** What a snippet is. */
    enum Kind { IMPORT, TYPE, METHOD, STATEMENT, EXPRESSION }

    /**
     * A snippet of the script: its kind, its text, the script line it starts on, the method or type
     * it declares, its tokens and where each starts; for a statement that declares one variable
     * ({@code var x = ...}, {@code Tensor loss;}), the variable and its token's index.
     */
    record Part(Kind kind, String source, int line, String name, List<String> tokens, List<Integer> starts, String variable, int at) {
        Part(Kind kind, String source, int line, String name, List<String> tokens, List<Integer> starts) {
            this(kind, source, line, name, tokens, starts, null, -1);
        }
    }

    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final", "abstract",
            "sealed", "strictfp", "synchronized", "native", "transient", "volatile", "default");
    private static final Set<String> STATEMENT_KEYWORDS = Set.of("if", "for", "while", "do", "try", "switch", "return",
            "throw", "break", "continue", "synchronized", "assert", "yield", "{", ";", "final", "class", "interface", "enum");
    /** Names whose meaning depends on JShell's snippet bookkeeping: a script that uses them runs in JShell. */
    private static final Set<String> JSHELL_ONLY = Set.of("detectAnomaly", "setDetectAnomaly", "saveCode");
    /** Operators that make an expression something other than a call, an assignment or an object creation. */
    private static final Set<String> NOT_STATEMENT = Set.of("+", "-", "*", "/", "%", "&", "|", "^", "!", "~", "?", ":",
            "==", "!=", "<=", ">=", "&&", "||", "<<", ">>", ">>>", "instanceof", "->", "::", ",");

    final String text;
    private final int[] lines;   // unit line (1-based) -> script line, 0 for the unit's own lines
    private final Kind[] kinds;  // unit line (1-based) -> the kind of snippet on it, null for the unit's own lines
    /** The script's top-level variables, each declared by exactly one statement. */
    final Set<String> variables;

    private ScriptUnit(String text, int[] lines, Kind[] kinds, Set<String> variables) {
        this.text = text;
        this.lines = lines;
        this.kinds = kinds;
        this.variables = variables;
    }

    /** The kind of script snippet on the unit's line {@code unitLine}; null on the unit's own lines. */
    Kind kindAt(int unitLine) {
        return unitLine >= 1 && unitLine < kinds.length ? kinds[unitLine] : null;
    }

    /** The script line of the unit's line {@code unitLine}; 0 for a line of the unit's own (prelude, scaffolding). */
    int scriptLine(int unitLine) {
        return unitLine >= 1 && unitLine < lines.length ? lines[unitLine] : 0;
    }

    /**
     * The unit for the script {@code code} split into {@code chunks} (as {@link Session#split} splits
     * it), with the prelude's {@code imports} and {@code helpers} (snippets as JShell takes them), its
     * statements' method taking {@code String[] args}; null when the script should run in JShell.
     * The variables in {@code fields} (name to type, as javac found it in an earlier attempt) are
     * static fields, as JShell's are, where the script's methods, types and lambdas reach them;
     * the others are the method's locals.
     */
    static ScriptUnit translate(String code, List<Session.Chunk> chunks, List<String> imports, List<String> helpers,
                                Map<String, String> fields) {
        List<Part> parts = new ArrayList<>();
        for (Session.Chunk c : chunks) {
            List<Integer> starts = new ArrayList<>();
            List<String> tokens = ScriptTokens.of(c.source(), starts);
            if (tokens.isEmpty()) continue;
            for (String t : tokens) if (JSHELL_ONLY.contains(t)) return null;
            parts.add(classify(c.source(), SourceMap.lineOf(code, c.offset()), tokens, starts));
        }
        Map<String, Integer> declarations = new HashMap<>();
        for (Part p : parts) if (p.variable() != null) declarations.merge(p.variable(), 1, Integer::sum);
        for (String f : fields.keySet()) if (declarations.getOrDefault(f, 0) != 1) return null;   // a variable JShell redeclares
        if (!declaredBeforeUse(parts, fields.keySet()) || !importsFirst(parts)) return null;
        Set<String> variables = new HashSet<>();
        declarations.forEach((v, n) -> { if (n == 1) variables.add(v); });

        Builder b = new Builder();
        b.add("package " + PACKAGE + ";");
        imports.forEach(b::add);
        for (Part p : parts) if (p.kind() == Kind.IMPORT) b.add(p.source(), p.line(), p.kind());
        b.add("final class " + CLASS + " {");
        for (String h : helpers) b.add("static " + h);
        b.add("private static void " + DISCARD + "(Object value) {}");
        fields.forEach((name, type) -> b.add("static " + type + " " + name + ";"));
        for (Part p : parts) {
            if (p.kind() == Kind.TYPE || p.kind() == Kind.METHOD) {
                boolean isStatic = p.tokens().contains("static") && p.tokens().indexOf("static") < p.tokens().indexOf(p.name());
                b.add((isStatic ? "" : "static ") + p.source(), p.line(), p.kind());
            }
        }
        b.add("static void " + RUN + "(String[] args) throws Throwable {");
        for (Part p : parts) {
            if (p.kind() == Kind.STATEMENT && p.variable() != null && fields.containsKey(p.variable())) {
                // the declaration becomes an assignment to the field (from the name on), or nothing without an initializer
                b.add(assignment(p, fields.get(p.variable())), p.line(), p.kind());
            } else if (p.kind() == Kind.STATEMENT) {
                String last = p.tokens().getLast();
                b.add(last.equals(";") || last.equals("}") ? p.source() : p.source() + "\n;", p.line(), p.kind());
            } else if (p.kind() == Kind.EXPRESSION) {
                b.add(statementOf(p), p.line(), p.kind());
            } else {
                continue;
            }
            // each JShell snippet runs on a thread of its own: what a statement leaves in the thread's grad mode ends with it
            b.add("torch4j.session.ScriptSupport.statementEnd();");
        }
        b.add("}");
        b.add("}");
        return new ScriptUnit(b.text.toString(), b.map(), b.kinds.toArray(Kind[]::new), variables);
    }

    /** Declaration {@code p} of a variable that is a field of type {@code type}: an assignment ({@code x = {1, 2}} as {@code x = new int[]{1, 2}}), or nothing. */
    private static String assignment(Part p, String type) {
        List<String> t = p.tokens();
        int at = p.at();
        if (at + 1 >= t.size() || !t.get(at + 1).equals("=")) return ";";
        String src = p.source();
        int name = p.starts().get(at);
        if (at + 2 < t.size() && t.get(at + 2).equals("{")) {
            int brace = p.starts().get(at + 2);
            return src.substring(name, brace) + "new " + type + " " + src.substring(brace);
        }
        return src.substring(name);
    }

    /** An expression as a statement: a call, assignment or creation as it is, any other value passed to a method that drops it. */
    private static String statementOf(Part p) {
        List<String> t = p.tokens();
        int end = t.getLast().equals(";") ? t.size() - 1 : t.size();
        String expr = end < t.size() ? p.source().substring(0, p.starts().get(end)) : p.source();
        if (isStatementExpression(t.subList(0, end))) return expr + "\n;";
        return DISCARD + "(" + expr + "\n);";
    }

    /** Whether {@code t} is a method call, an assignment, an increment or an object creation (a Java statement). */
    static boolean isStatementExpression(List<String> t) {
        if (t.isEmpty()) return false;
        String first = t.getFirst(), last = t.getLast();
        if (first.equals("++") || first.equals("--") || last.equals("++") || last.equals("--")) return true;
        if (first.equals("(") || !(last.equals(")") || last.equals("}"))) return topLevel(t).stream().anyMatch(ScriptTokens.ASSIGNMENTS::contains);
        List<String> top = topLevel(t);
        if (top.stream().anyMatch(ScriptTokens.ASSIGNMENTS::contains)) return true;
        boolean generics = first.equals("new") || t.contains(".") && t.get(t.indexOf(".") + 1).equals("<");
        for (String x : top) {
            if (NOT_STATEMENT.contains(x)) return false;
            if ((x.equals("<") || x.equals(">")) && !generics) return false;
        }
        return true;
    }

    /** The tokens of {@code t} outside any bracket. */
    private static List<String> topLevel(List<String> t) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        for (String x : t) {
            if (x.equals("(") || x.equals("[") || x.equals("{")) depth++;
            else if (x.equals(")") || x.equals("]") || x.equals("}")) depth--;
            else if (depth == 0) out.add(x);
        }
        return out;
    }

    /** What the snippet is, by its first tokens. */
    static Part classify(String source, int line, List<String> t, List<Integer> starts) {
        if (t.getFirst().equals("import")) return new Part(Kind.IMPORT, source, line, null, t, starts);
        int i = 0;
        while (i < t.size()) {
            String x = t.get(i);
            if (MODIFIERS.contains(x)) i++;
            else if (x.equals("non") && i + 2 < t.size() && t.get(i + 1).equals("-") && t.get(i + 2).equals("sealed")) i += 3;
            else if (x.equals("@") && i + 1 < t.size() && !t.get(i + 1).equals("interface")) {
                i = ScriptTokens.skipType(t, i + 1);
                if (i < 0) return new Part(Kind.STATEMENT, source, line, null, t, starts);
                if (i < t.size() && t.get(i).equals("(")) i = ScriptTokens.skipGroup(t, i);
                if (i < 0) return new Part(Kind.STATEMENT, source, line, null, t, starts);
            } else break;
        }
        if (i + 1 < t.size()) {
            String x = t.get(i), next = t.get(i + 1);
            if ((x.equals("class") || x.equals("interface") || x.equals("enum")) && ScriptTokens.isWord(next))
                return new Part(Kind.TYPE, source, line, next, t, starts);
            if (x.equals("@") && next.equals("interface") && i + 2 < t.size())
                return new Part(Kind.TYPE, source, line, t.get(i + 2), t, starts);
            if (x.equals("record") && ScriptTokens.isWord(next) && i + 2 < t.size() && (t.get(i + 2).equals("(") || t.get(i + 2).equals("<")))
                return new Part(Kind.TYPE, source, line, next, t, starts);
        }
        int j = i;
        if (j < t.size() && t.get(j).equals("<")) j = ScriptTokens.skipGroup(t, j);   // a generic method's type parameters
        int afterType = j < 0 ? -1 : ScriptTokens.skipType(t, j);
        if (afterType > 0 && afterType + 1 < t.size() && ScriptTokens.isWord(t.get(afterType)) && t.get(afterType + 1).equals("(")
                && !t.get(i).equals("new") && !t.get(i).equals("return") && !t.get(i).equals("throw"))
            return new Part(Kind.METHOD, source, line, t.get(afterType), t, starts);
        String first = t.getFirst();
        if (STATEMENT_KEYWORDS.contains(first) || i > 0) return new Part(Kind.STATEMENT, source, line, null, t, starts);
        if (t.size() > 1 && ScriptTokens.isWord(first) && t.get(1).equals(":")) return new Part(Kind.STATEMENT, source, line, null, t, starts);
        // a declaration: Type name = ... / Type name; / Type a, b;
        if (afterType > 0 && afterType + 1 < t.size() && ScriptTokens.isWord(t.get(afterType))
                && Set.of("=", ";", ",", "[", ":").contains(t.get(afterType + 1)) && !Set.of("new", "return", "throw").contains(first)) {
            boolean single = t.get(afterType + 1).equals("=") || t.get(afterType + 1).equals(";");
            for (String x : topLevel(t.subList(afterType + 1, t.size()))) if (x.equals(",")) single = false;
            return single ? new Part(Kind.STATEMENT, source, line, null, t, starts, t.get(afterType), afterType)
                    : new Part(Kind.STATEMENT, source, line, null, t, starts);
        }
        if (afterType > 0 && afterType + 1 == t.size() && ScriptTokens.isWord(t.get(afterType)))
            return new Part(Kind.STATEMENT, source, line, null, t, starts);   // Type name (JShell adds the ';')
        return new Part(Kind.EXPRESSION, source, line, null, t, starts);
    }

    /**
     * Whether every statement uses only methods and types declared before it, counting what
     * those use in turn (JShell rejects a statement that uses a name declared later; one unit
     * would run it). Names are matched as words: a variable named as a later method counts as a
     * use too, and the script runs in JShell, which is only slower.
     */
    private static boolean declaredBeforeUse(List<Part> parts, Set<String> fields) {
        Map<String, Integer> lastDeclared = new HashMap<>();
        Map<String, Set<String>> uses = new HashMap<>();
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.variable() != null && fields.contains(p.variable())) {
                // a field is there from the start: a statement (or a method it calls) using it before its
                // declaration ran is an error in JShell, so it counts as declared where its statement is
                lastDeclared.put(p.variable(), k);
                uses.computeIfAbsent(p.variable(), n -> new HashSet<>());
            }
            if (p.name() == null) continue;
            lastDeclared.put(p.name(), k);
            uses.computeIfAbsent(p.name(), n -> new HashSet<>()).addAll(words(p.tokens()));
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind() != Kind.STATEMENT && p.kind() != Kind.EXPRESSION) continue;
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(words(p.tokens()));
            while (!todo.isEmpty()) {
                String w = todo.removeLast();
                Integer at = lastDeclared.get(w);
                if (at == null || !seen.add(w)) continue;
                if (at > k) return false;
                todo.addAll(uses.get(w));
            }
        }
        return true;
    }

    /**
     * Whether an import that comes after code cannot change what that code means: a single-type
     * import whose name the earlier code does not use. An on-demand import ({@code .*}) after code
     * could; then the script runs in JShell.
     */
    private static boolean importsFirst(List<Part> parts) {
        Set<String> used = new HashSet<>();
        for (Part p : parts) {
            if (p.kind() != Kind.IMPORT) {
                used.addAll(words(p.tokens()));
                continue;
            }
            if (used.isEmpty()) continue;
            List<String> t = p.tokens();
            int semi = t.lastIndexOf(";");
            String name = t.get(semi < 0 ? t.size() - 1 : semi - 1);
            if (name.equals("*") || used.contains(name)) return false;
        }
        return true;
    }

    private static Set<String> words(List<String> tokens) {
        Set<String> out = new HashSet<>();
        for (String t : tokens) if (ScriptTokens.isWord(t)) out.add(t);
        return out;
    }

    /** The unit's text and, for each of its lines, the script line it came from. */
    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        final List<Integer> map = new ArrayList<>(List.of(0));   // index 0 unused: lines are 1-based
        final List<Kind> kinds = new ArrayList<>(java.util.Collections.singletonList(null));

        /** Appends {@code s} on lines of its own, none of them the script's. */
        void add(String s) {
            add(s, 0, null);
        }

        /** Appends {@code s}, a snippet of kind {@code kind}, on lines of its own, its first line being the script's line {@code line} (0: none). */
        void add(String s, int line, Kind kind) {
            String[] ls = s.split("\n", -1);
            for (int k = 0; k < ls.length; k++) {
                map.add(line == 0 ? 0 : line + k);
                kinds.add(kind);
            }
            text.append(s).append('\n');
        }

        int[] map() {
            return map.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
