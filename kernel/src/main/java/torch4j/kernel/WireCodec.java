package torch4j.kernel;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Jupyter wire format: a message is the multipart ZeroMQ frames
 * {@code [identities..., "<IDS|MSG>", signature, header, parent_header, metadata, content, buffers...]}
 * with each dict as UTF-8 JSON and the signature over the four dicts.
 *
 * <pre>{@code
 * jshell> var codec = new WireCodec(new MessageSigner("hmac-sha256", key))
 * jshell> codec.decode(codec.encode(msg)).type()
 * $3 ==> "execute_request"
 * }</pre>
 */
public final class WireCodec {
    /** The frame that separates the routing identities from the message. */
    public static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    /** A message that cannot be accepted: malformed frames or a wrong signature. */
    public static final class RejectedMessage extends Exception {
        RejectedMessage(String why) {
            super(why);
        }
    }

    private final MessageSigner signer;

    public WireCodec(MessageSigner signer) {
        this.signer = signer;
    }

    /** The frames to send for {@code m}, signed. */
    public List<byte[]> encode(Message m) {
        List<byte[]> dicts = List.of(json(m.header()), json(m.parentHeader()), json(m.metadata()), json(m.content()));
        List<byte[]> frames = new ArrayList<>(m.identities().size() + 6 + m.buffers().size());
        frames.addAll(m.identities());
        frames.add(DELIMITER);
        frames.add(signer.sign(dicts).getBytes(StandardCharsets.US_ASCII));
        frames.addAll(dicts);
        frames.addAll(m.buffers());
        return frames;
    }

    /** The message in {@code frames}, after checking its signature. */
    public Message decode(List<byte[]> frames) throws RejectedMessage {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0 || frames.size() < delimiter + 6)
            throw new RejectedMessage("malformed message: " + frames.size() + " frames, no <IDS|MSG> with 5 frames after it");
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        List<byte[]> dicts = frames.subList(delimiter + 2, delimiter + 6);
        if (!signer.verify(signature, dicts)) throw new RejectedMessage("invalid signature");
        try {
            return new Message(List.copyOf(frames.subList(0, delimiter)), parse(dicts.get(0)), parse(dicts.get(1)),
                    parse(dicts.get(2)), parse(dicts.get(3)), List.copyOf(frames.subList(delimiter + 6, frames.size())));
        } catch (JsonParseException | IllegalStateException e) {
            throw new RejectedMessage("malformed JSON: " + e.getMessage());
        }
    }

    private static byte[] json(JsonObject o) {
        // JsonElement.toString writes compact JSON without HTML escaping; a Gson instance would cost
        // a tenth of a second of reflection at start for nothing
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject parse(byte[] frame) {
        return JsonParser.parseString(new String(frame, StandardCharsets.UTF_8)).getAsJsonObject();
    }
}
