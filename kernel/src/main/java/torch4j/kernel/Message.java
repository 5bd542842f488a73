package torch4j.kernel;

import com.google.gson.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One Jupyter message (messaging protocol 5.3): the routing identities it came with, its header,
 * the header of the request it answers, metadata, content and binary buffers.
 *
 * <pre>{@code
 * jshell> var reply = Message.reply(request, "kernel_info_reply", content, "session-1")
 * jshell> reply.type()
 * $2 ==> "kernel_info_reply"
 * }</pre>
 */
public record Message(List<byte[]> identities, JsonObject header, JsonObject parentHeader,
                      JsonObject metadata, JsonObject content, List<byte[]> buffers) {

    /** The protocol version this kernel speaks, put in every header it writes. */
    public static final String PROTOCOL_VERSION = "5.3";

    private static final String USER = System.getProperty("user.name", "torch4j");

    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    /**
     * A random (version 4) UUID string for msg_id and the session id. Not UUID.randomUUID():
     * ids need to be unique, not secret, and seeding SecureRandom cost a fifth of a second of
     * the kernel's start.
     */
    public static String newId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }

    /** The msg_type from the header ("execute_request"). */
    public String type() {
        return header.has("msg_type") ? header.get("msg_type").getAsString() : "";
    }

    /** The msg_id from the header. */
    public String id() {
        return header.has("msg_id") ? header.get("msg_id").getAsString() : "";
    }

    /**
     * A new message sent in answer to (or on behalf of) {@code parent}: a fresh header, the
     * parent's header as parent_header, and the parent's identities so a ROUTER socket routes it
     * back. A null parent gives a message with an empty parent_header (the "starting" status).
     */
    public static Message reply(Message parent, String msgType, JsonObject content, String session) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", newId());
        header.addProperty("username", USER);
        header.addProperty("session", session);
        header.addProperty("date", OffsetDateTime.now(ZoneOffset.UTC).format(ISO_MICROS));
        header.addProperty("msg_type", msgType);
        header.addProperty("version", PROTOCOL_VERSION);
        return new Message(parent == null ? List.of() : parent.identities, header,
                parent == null ? new JsonObject() : parent.header.deepCopy(), new JsonObject(),
                content, List.of());
    }

    /** The boolean {@code key} of the content, or {@code fallback} when absent or null. */
    public boolean flag(String key, boolean fallback) {
        return content.has(key) && !content.get(key).isJsonNull() ? content.get(key).getAsBoolean() : fallback;
    }

    /** The string {@code key} of the content, or {@code fallback} when absent or null. */
    public String text(String key, String fallback) {
        return content.has(key) && !content.get(key).isJsonNull() ? content.get(key).getAsString() : fallback;
    }

    /** The integer {@code key} of the content, or {@code fallback} when absent or null. */
    public int number(String key, int fallback) {
        return content.has(key) && !content.get(key).isJsonNull() ? content.get(key).getAsInt() : fallback;
    }
}
