package torch4j.render;

import java.util.Map;
import torch4j.plot.Figure;

/**
 * Which inline-image protocol a terminal speaks, and a figure encoded for it. The REPL decides
 * once: {@link #fromEnv(Map)} from the environment, else (protocol NONE) it may send the DA1 query
 * {@code ESC [ c} and pass the reply to {@link #da1SupportsSixel(String)}.
 *
 * <pre>{@code
 * jshell> TerminalGraphics.fromEnv(Map.of("TERM", "xterm-kitty"))
 * $1 ==> KITTY
 * jshell> TerminalGraphics.da1SupportsSixel("\033[?62;4;6;22c")
 * $2 ==> true
 * }</pre>
 */
public final class TerminalGraphics {
    private TerminalGraphics() {}

    /** How a terminal shows images. */
    public enum Protocol { KITTY, SIXEL, NONE }

    /**
     * The protocol the environment names: kitty for {@code KITTY_WINDOW_ID}, {@code TERM=xterm-kitty}
     * or a {@code TERM_PROGRAM} of WezTerm or ghostty; sixel for {@code TERM} foot, mlterm, yaft or one
     * containing "sixel", or {@code TERM_PROGRAM} iTerm.app / mintty; NONE otherwise (ask DA1, or fall back to braille).
     */
    public static Protocol fromEnv(Map<String, String> env) {
        String term = env.getOrDefault("TERM", ""), program = env.getOrDefault("TERM_PROGRAM", "");
        if (env.containsKey("KITTY_WINDOW_ID") || term.equals("xterm-kitty") || term.equals("xterm-ghostty")
                || program.equals("WezTerm") || program.equalsIgnoreCase("ghostty")) return Protocol.KITTY;
        if (term.startsWith("foot") || term.startsWith("mlterm") || term.startsWith("yaft") || term.contains("sixel")
                || program.equals("iTerm.app") || program.equals("mintty")) return Protocol.SIXEL;
        return Protocol.NONE;
    }

    /**
     * Whether a Primary Device Attributes reply ({@code ESC [ ? Ps ; ... c}) lists attribute 4,
     * sixel graphics; false for anything that is not such a reply.
     */
    public static boolean da1SupportsSixel(String reply) {
        if (reply == null) return false;
        int start = reply.indexOf("\033[?");
        if (start < 0) return false;
        int end = reply.indexOf('c', start);
        if (end < 0) return false;
        for (String p : reply.substring(start + 3, end).split(";")) if (p.equals("4")) return true;
        return false;
    }

    /**
     * The figure as the REPL prints it: a kitty or sixel image sequence, or for NONE a braille
     * chart of its first axes {@code cols} characters wide and {@code rows} rows high (in the
     * series' colours when {@code color}: 24-bit ANSI, for terminals with {@code COLORTERM=truecolor}).
     */
    public static String encode(Figure fig, Protocol protocol, int cols, int rows, boolean color) {
        return switch (protocol) {
            case KITTY -> Kitty.encode(fig.toPng());
            case SIXEL -> Sixel.encode(fig.toImage());
            case NONE -> BrailleChart.of(fig, cols, rows, color);
        };
    }

    /** {@link #encode(Figure, Protocol, int, int, boolean)} without colour. */
    public static String encode(Figure fig, Protocol protocol, int cols, int rows) { return encode(fig, protocol, cols, rows, false); }
}
