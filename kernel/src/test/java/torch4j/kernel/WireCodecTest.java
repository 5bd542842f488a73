package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCodecTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void hmacSha256MatchesRfc4231() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        MessageSigner s = new MessageSigner("hmac-sha256", "Jefe");
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                s.sign(List.of(b("what do ya "), b("want for nothing?"))));
    }

    @Test
    void emptyKeyMeansUnsigned() {
        MessageSigner s = new MessageSigner("hmac-sha256", "");
        assertEquals("", s.sign(List.of(b("{}"))));
    }

    @Test
    void roundTripKeepsIdentitiesAndBuffers() throws Exception {
        WireCodec codec = new WireCodec(new MessageSigner("hmac-sha256", "k"));
        JsonObject content = new JsonObject();
        content.addProperty("code", "print(\"é\") // 🎉");
        Message m = new Message(List.of(b("client-1")), Message.reply(null, "execute_request", content, "s").header(),
                new JsonObject(), new JsonObject(), content, List.of(b("raw")));
        Message back = codec.decode(codec.encode(m));
        assertArrayEquals(b("client-1"), back.identities().get(0));
        assertEquals("print(\"é\") // 🎉", back.text("code", ""));
        assertArrayEquals(b("raw"), back.buffers().get(0));
        assertEquals("5.3", back.header().get("version").getAsString());
    }

    @Test
    void tamperedContentIsRejected() {
        WireCodec codec = new WireCodec(new MessageSigner("hmac-sha256", "k"));
        List<byte[]> frames = new ArrayList<>(codec.encode(Message.reply(null, "kernel_info_request", new JsonObject(), "s")));
        frames.set(frames.size() - 1, b("{\"evil\": 1}"));
        assertThrows(WireCodec.RejectedMessage.class, () -> codec.decode(frames));
        assertThrows(WireCodec.RejectedMessage.class, () -> codec.decode(List.of(b("no delimiter"))));
    }

    @Test
    void streamsCutOnlyBetweenUtf8Characters() {
        byte[] euro = b("a€");
        assertEquals(1, IopubStream.completeCharacters(java.util.Arrays.copyOf(euro, 2)));
        assertEquals(1, IopubStream.completeCharacters(java.util.Arrays.copyOf(euro, 3)));
        assertEquals(4, IopubStream.completeCharacters(euro));
    }

    @Test
    void cursorPositionsCountCodePoints() {
        String s = "🎉x.ab";
        assertEquals(3, CodePoints.toUtf16(s, 2));
        assertEquals(2, CodePoints.fromUtf16(s, 3));
    }
}
