package torch4j.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Frames of the learner's code in IPython's shape: each frame is its cell and line (and method),
 * then that line of the cell under an arrow; frames are separated by a blank line. Runs of the
 * same frame collapse as Python collapses them: a frame repeated more than three times shows
 * three times, then {@code [Previous line repeated N more times]}; a cycle of several frames
 * (mutual recursion) collapses the same way, counted in whole cycles.
 *
 * <pre>
 * Cell In[3], line 2, in half
 * ----&gt; 2     return 10 / a;
 *
 * Cell In[4], line 1
 * ----&gt; 1 half(0)
 * </pre>
 */
final class Traceback {
    private Traceback() {}

    /** Python's {@code _RECURSIVE_CUTOFF}: how many times a repeated frame is shown before the count. */
    static final int CUTOFF = 3;
    /** The longest cycle of frames looked for. */
    private static final int MAX_CYCLE = 8;

    /**
     * One frame as shown.
     *
     * @param where the cell, entry or file ({@code Cell In[5]})
     * @param line  the line in it
     * @param name  the method ({@code half}, {@code Net.forward}, {@code <lambda>}), empty at a cell's top level
     * @param code  the text of that line
     */
    record Frame(String where, int line, String name, String code) {
        boolean sameAs(Frame o) {
            return where.equals(o.where) && line == o.line && name.equals(o.name);
        }

        /** The location line: {@code Cell In[5], line 4, in f}. */
        String location() {
            return where + ", line " + line + (name.isEmpty() ? "" : ", in " + name);
        }
    }

    /** IPython's line marker: the number right-aligned in 7 columns, an arrow filling the space before it. */
    static String arrow(int line) {
        String n = Integer.toString(line);
        int pad = 7 - n.length();
        return (pad >= 2 ? "-".repeat(pad - 2) + "> " : pad == 1 ? ">" : "") + n;
    }

    /** The frames as lines, repeats collapsed; innermost frame first, as Java prints them. */
    static List<String> render(List<Frame> frames) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < frames.size()) {
            int cycle = 1, times = repeats(frames, i, 1);
            for (int k = 2; k <= MAX_CYCLE && i + 2 * k <= frames.size(); k++) {
                int r = repeats(frames, i, k);
                if (r > CUTOFF && r * k > times * cycle) {
                    cycle = k;
                    times = r;
                }
            }
            for (int t = 0; t < Math.min(times, CUTOFF); t++)
                for (int j = 0; j < cycle; j++) block(out, frames.get(i + t * cycle + j));
            if (times > CUTOFF) out.add(repeated(cycle, times - CUTOFF));
            i += times * cycle;
        }
        return out;
    }

    /** How many times frames {@code [i, i + k)} occur back to back from {@code i}. */
    private static int repeats(List<Frame> frames, int i, int k) {
        int times = 1;
        while (i + (times + 1) * k <= frames.size()) {
            for (int j = 0; j < k; j++)
                if (!frames.get(i + times * k + j).sameAs(frames.get(i + j))) return times;
            times++;
        }
        return times;
    }

    private static void block(List<String> out, Frame f) {
        if (!out.isEmpty()) out.add("");
        out.add(f.location());
        out.add(arrow(f.line()) + " " + f.code());
    }

    /** Python's wording ({@code traceback.StackSummary.format}); for a cycle, the number of frames in it. */
    static String repeated(int cycle, int more) {
        String what = cycle == 1 ? "line" : cycle + " lines";
        return "  [Previous " + what + " repeated " + more + " more time" + (more > 1 ? "s" : "") + "]";
    }
}
