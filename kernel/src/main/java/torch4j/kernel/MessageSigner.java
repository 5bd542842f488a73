package torch4j.kernel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks Jupyter messages: the HMAC (hmac-sha256 unless the connection file names
 * another scheme) of the header, parent_header, metadata and content frames, as lowercase hex.
 * An empty key disables signing, as the protocol says: the signature is then the empty string.
 *
 * <pre>{@code
 * jshell> var s = new MessageSigner("hmac-sha256", "secret")
 * jshell> s.sign(List.of(h, p, m, c)).length()
 * $2 ==> 64
 * }</pre>
 */
public final class MessageSigner {
    private final Mac prototype;

    /** A signer for {@code scheme} ("hmac-sha256", "hmac-sha1", "hmac-md5", "hmac-sha512") and {@code key}. */
    public MessageSigner(String scheme, String key) {
        if (key == null || key.isEmpty()) {
            prototype = null;
            return;
        }
        String algorithm = switch (scheme == null ? "hmac-sha256" : scheme.toLowerCase(Locale.ROOT)) {
            case "hmac-sha256" -> "HmacSHA256";
            case "hmac-sha1" -> "HmacSHA1";
            case "hmac-md5" -> "HmacMD5";
            case "hmac-sha512" -> "HmacSHA512";
            default -> throw new IllegalArgumentException("unsupported signature scheme: " + scheme);
        };
        try {
            prototype = Mac.getInstance(algorithm);
            prototype.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up " + algorithm, e);
        }
    }

    /** Whether messages are signed at all (a non-empty key). */
    public boolean enabled() {
        return prototype != null;
    }

    /** The hex signature of the four frames, in order; "" when signing is disabled. */
    public String sign(List<byte[]> frames) {
        if (prototype == null) return "";
        Mac mac;
        try {
            mac = (Mac) prototype.clone(); // Mac is not thread-safe; a clone per message is
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        for (byte[] f : frames) mac.update(f);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Whether {@code signature} is the right one for the frames (a constant-time comparison). */
    public boolean verify(String signature, List<byte[]> frames) {
        if (prototype == null) return true;
        byte[] expected = sign(frames).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
