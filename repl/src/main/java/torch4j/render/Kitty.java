package torch4j.render;

import java.util.Base64;

/**
 * The kitty graphics protocol: a PNG sent as base64 in chunks of 4096 bytes, each in an APC
 * escape ({@code ESC _G ... ESC \}); kitty, WezTerm, Ghostty and Konsole draw it at the cursor.
 *
 * <pre>{@code
 * jshell> System.out.print(Kitty.encode(gcf().toPng()))
 * }</pre>
 */
public final class Kitty {
    private Kitty() {}

    /** Base64 bytes per escape, the protocol's limit. */
    public static final int CHUNK = 4096;

    /** Transmit-and-display ({@code a=T}) of PNG data ({@code f=100}), chunked with {@code m=1} on all but the last. */
    public static String encode(byte[] png) {
        String data = Base64.getEncoder().encodeToString(png);
        StringBuilder sb = new StringBuilder(data.length() + data.length() / CHUNK * 16 + 32);
        int n = Math.max(1, (data.length() + CHUNK - 1) / CHUNK);
        for (int i = 0; i < n; i++) {
            String chunk = data.substring(i * CHUNK, Math.min(data.length(), (i + 1) * CHUNK));
            sb.append("\033_G");
            if (i == 0) sb.append("f=100,a=T,");
            sb.append("m=").append(i < n - 1 ? 1 : 0).append(';').append(chunk).append("\033\\");
        }
        return sb.toString();
    }
}
