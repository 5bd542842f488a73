package torch4j.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

class PromptAwareOutputTest {
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    /** A terminal that writes straight into {@link #screen} (the builder's would copy through a pty, later). */
    private Terminal terminal() throws Exception {
        return new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]), screen, StandardCharsets.UTF_8);
    }

    private String shown() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    /** Through the terminal's writer, a character split across two writes arrives whole. */
    @Test
    void bytesReachTheTerminalsWriterAsWholeCharacters() throws Exception {
        try (Terminal t = terminal()) {
            PromptAwareOutput out = new PromptAwareOutput(t);
            byte[] text = "hé ⣿\n".getBytes(StandardCharsets.UTF_8);
            out.write(text, 0, 2);   // "h" and the first byte of "é"
            out.write(text, 2, text.length - 2);
            out.flush();
            assertEquals("hé ⣿\n", shown().replace("\r", ""));
        }
    }

    /** At the prompt, whole lines go above it; a flushed partial line too, as a line of its own. */
    @Test
    void atThePromptLinesGoAbove() throws Exception {
        try (Terminal t = terminal()) {
            LineReader reader = LineReaderBuilder.builder().terminal(t).build();
            PromptAwareOutput out = new PromptAwareOutput(t);
            out.attach(reader);
            out.prompting(true);
            byte[] text = "one\n\ntwo\nthr".getBytes(StandardCharsets.UTF_8);
            out.write(text, 0, text.length);
            t.flush();
            assertEquals("one\n\ntwo\n", shown().replace("\r", ""));
            out.flush();
            assertEquals("one\n\ntwo\nthr\n", shown().replace("\r", ""));
            out.prompting(false);
            out.write("four".getBytes(StandardCharsets.UTF_8), 0, 4);
            out.flush();
            assertEquals("one\n\ntwo\nthr\nfour", shown().replace("\r", ""));
        }
    }

    @Test
    void completeUtf8Prefixes() {
        byte[] b = "a€".getBytes(StandardCharsets.UTF_8);   // 'a', then 3 bytes
        assertEquals(4, PromptAwareOutput.completeUtf8(b, 4));
        assertEquals(1, PromptAwareOutput.completeUtf8(b, 3));
        assertEquals(1, PromptAwareOutput.completeUtf8(b, 2));
        assertEquals(1, PromptAwareOutput.completeUtf8(b, 1));
        assertEquals(0, PromptAwareOutput.completeUtf8(new byte[0], 0));
    }
}
