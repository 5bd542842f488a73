package torch4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import torch4j.repl.ScriptRunner;
import torch4j.track.RunCode;
import torch4j.track.Track;

/** RunOptions.saveCode in a session: the cells run so far, or the script being run, with the git commit. */
class SessionCodeTest {
    @TempDir Path dir;

    @AfterEach void reset() { Track.setDir(null); }

    private static Session session(ByteArrayOutputStream bytes) {
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        return Session.start(SessionOptions.of(out, out, new ByteArrayInputStream(new byte[0]), DisplaySink.text(out)));
    }

    /** The commit a run started here records (the session runs in this JVM, in the module's folder). */
    private String git() {
        return Track.init("git-probe", java.util.Map.of(), new torch4j.track.RunOptions().dir(dir).live(false)).gitCommit();
    }

    @Test
    void aNotebookSavesTheCellsRunSoFarTheRunningOneLast() {
        var bytes = new ByteArrayOutputStream();
        try (Session s = session(bytes)) {
            assertTrue(s.eval("Track.setDir(java.nio.file.Path.of(\"" + dir + "\"));\nint hidden = 32;", "Cell In[1]").getLast().ok());
            assertTrue(s.eval("1 / 0", "Cell In[2]").getLast().error() != null);
            var ev = s.eval("var run = Track.init(\"nb\", Map.of(\"hidden\", hidden), new RunOptions().saveCode(true).live(false));\nrun.code()",
                    "Cell In[3]").getLast();
            assertTrue(ev.ok(), ev + bytes.toString(StandardCharsets.UTF_8));
            String expected = "// Cell In[1]\nTrack.setDir(java.nio.file.Path.of(\"" + dir + "\"));\nint hidden = 32;\n\n"
                    + "// Cell In[2]\n1 / 0\n\n"
                    + "// Cell In[3]\nvar run = Track.init(\"nb\", Map.of(\"hidden\", hidden), new RunOptions().saveCode(true).live(false));\nrun.code()\n";
            assertEquals(new RunCode("_session_history.jsh", expected, git()), ev.value());
        }
    }

    @Test
    void aScriptSavesItsWholeFile() throws Exception {
        Path script = dir.resolve("train.jsh");
        String text = "Track.setDir(java.nio.file.Path.of(\"" + dir + "\"));\n"
                + "var run = Track.init(\"script\", Map.of(), new RunOptions().id(\"s1\").saveCode(true).live(false));\n"
                + "run.log(Map.of(\"loss\", 0.5));\n"
                + "run.finish();\n";
        Files.writeString(script, text);
        var bytes = new ByteArrayOutputStream();
        try (Session s = session(bytes)) {
            var outcome = ScriptRunner.run(s, script, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertTrue(outcome.ok(), bytes.toString(StandardCharsets.UTF_8));
        }
        Track.setDir(dir);
        RunCode code = Track.code("script", "s1");
        assertEquals(new RunCode(script.toString(), text, git()), code);
    }
}
