package torch4j.e2e.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program running in a real pseudo-terminal: a detached tmux session, driven by
 * {@code send-keys} and read by {@code capture-pane}, so the REPL sees a terminal exactly as
 * under a person's fingers (raw mode, key sequences, signals from Ctrl-C).
 *
 * <p>Each session has a tmux server of its own (its own socket, {@code -L}, no user config):
 * with one shared default server, closing the last session makes the server exit, and a session
 * started in that moment connected to the exiting server and was lost ("no server running on
 * /tmp/tmux-0/default", a flaky CI run).
 */
public final class Tmux implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(60);   // generous: CI machines are shared

    private final String name;

    private Tmux(String name) {
        this.name = name;
    }

    /** Whether tmux is installed (.ci/run installs it). */
    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * Starts {@code command} (a shell command line) in a fresh 120x50 terminal. With the environment
     * variable {@code TORCH4J_TMUX_LOG} set to a directory, every byte the program writes to the
     * terminal is kept there (one file per session), to see what a garbled screen was made of.
     */
    static Tmux start(String command) throws IOException, InterruptedException {
        String name = "torch4j-e2e-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        Tmux t = new Tmux(name);
        // remain-on-exit in the same command as the session, so a program that ends at once leaves its pane
        Result started = t.run("-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "120", "-y", "50", command,
                ";", "set-option", "-t", name, "remain-on-exit", "on");
        if (started.status != 0) throw new IOException("tmux could not start a session (exit " + started.status + "): " + started.out);
        if (System.getenv("TORCH4J_TMUX_LOG") != null) t.tmux("pipe-pane", "-t", name, "-o", "cat >> " + System.getenv("TORCH4J_TMUX_LOG") + "/" + name + ".log");
        return t;
    }

    /** Types text literally (a trailing ';' escaped: tmux reads it as a command separator). */
    void type(String text) throws IOException, InterruptedException {
        String arg = text.endsWith(";") ? text.substring(0, text.length() - 1) + "\\;" : text;
        tmux("send-keys", "-t", name, "-l", arg);
    }

    /** Presses keys by tmux name: Enter, Tab, C-c, C-d, BTab. */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("send-keys", "-t", name));
        cmd.addAll(List.of(keys));
        tmux(cmd.toArray(String[]::new));
    }

    /** Types a line and presses Enter. */
    void line(String text) throws IOException, InterruptedException {
        type(text);
        keys("Enter");
    }

    /** The screen and scroll-back as text. */
    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-t", name, "-S", "-2000");
    }

    /** Waits until the screen contains {@code text} {@code count} times; returns the screen. */
    String await(String text, int count) throws IOException, InterruptedException {
        return await(text, count, WAIT);
    }

    /** As {@link #await(String, int)}, for at most {@code wait} (a whole program typed ahead takes longer than one line). */
    String await(String text, int count, Duration wait) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        String s = screen();
        while (occurrences(s, text) < count) {
            if (System.nanoTime() > deadline) throw new AssertionError("no \"" + text + "\" (x" + count + ") on the screen:\n" + s);
            Thread.sleep(100);
            s = screen();
        }
        return s;
    }

    String await(String text) throws IOException, InterruptedException {
        return await(text, 1);
    }

    /** The cursor's row on the screen, 0 at the top. */
    int cursorRow() throws IOException, InterruptedException {
        return Integer.parseInt(tmux("display-message", "-p", "-t", name, "#{cursor_y}").strip());
    }

    /** Waits until a part of the screen matches {@code regex} (newlines match {@code .}); returns the screen. */
    String awaitMatch(String regex) throws IOException, InterruptedException {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.DOTALL);
        long deadline = System.nanoTime() + WAIT.toNanos();
        String s = screen();
        while (!p.matcher(s).find()) {
            if (System.nanoTime() > deadline) throw new AssertionError("nothing matches /" + regex + "/ on the screen:\n" + s);
            Thread.sleep(100);
            s = screen();
        }
        return s;
    }

    /** Whether the program has ended (the pane stays, marked dead). */
    boolean ended() throws IOException, InterruptedException {
        return tmux("display-message", "-p", "-t", name, "#{pane_dead}").strip().equals("1");
    }

    static int occurrences(String s, String text) {
        int n = 0;
        for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + 1)) n++;
        return n;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        tmux("kill-server");
    }

    private record Result(int status, String out) {}

    /** Runs a tmux command on this session's own server; returns what it printed. */
    private String tmux(String... args) throws IOException, InterruptedException {
        return run(args).out;
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", name));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out);
        }
        return new Result(p.exitValue(), out);
    }

    /** A shell script that starts the REPL's main class with this JVM's classpath (as ./torch4j does). */
    public static Path launcher(Path dir) throws IOException {
        Path cp = dir.resolve("classpath.txt");
        Files.writeString(cp, System.getProperty("java.class.path"));
        Path script = dir.resolve("torch4j.sh");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(script, "#!/bin/sh\nexport TORCH4J_HISTORY='" + dir.resolve(".torch4j_history") + "'\nexec '" + java
                + "' -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -cp \"$(cat '" + cp + "')\" torch4j.repl.Main \"$@\"\n");
        script.toFile().setExecutable(true);
        return script;
    }
}
