package torch4j.vision.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * torchvision's {@code download_and_extract_archive} for gzip files, with short timeouts so a
 * machine without a network fails within seconds instead of hanging: 5 s to resolve the host and
 * to connect, 15 s without data while reading.
 */
final class Download {
    private Download() {}

    static final int RESOLVE_TIMEOUT_MS = 5_000, CONNECT_TIMEOUT_MS = 5_000, READ_TIMEOUT_MS = 15_000;

    /**
     * Downloads {@code url} to {@code folder/filename} unless a file with that md5 is there, checks
     * the md5, then gunzips it beside itself (the archive is kept, as torchvision keeps it).
     */
    static void downloadAndExtract(String url, Path folder, String filename, String md5) throws IOException {
        Files.createDirectories(folder);
        Path archive = folder.resolve(filename);
        if (Files.exists(archive) && md5.equals(md5(archive))) {
            System.out.println("Using downloaded and verified file: " + archive);
        } else {
            System.out.println("Downloading " + url + " to " + archive);
            fetch(url, archive);
            if (!md5.equals(md5(archive))) throw new IOException("File not found or corrupted.");
        }
        if (filename.endsWith(".gz")) {
            Path target = folder.resolve(filename.substring(0, filename.length() - 3));
            System.out.println("Extracting " + archive + " to " + folder);
            Path tmp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(archive)); OutputStream out = Files.newOutputStream(tmp)) {
                in.transferTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** GET {@code url} into {@code target} (through a temporary file), following up to five redirects. */
    static void fetch(String url, Path target) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            URL u = URI.create(url).toURL();
            for (int hop = 0; ; hop++) {
                resolve(u.getHost());
                HttpURLConnection c = (HttpURLConnection) u.openConnection();
                c.setConnectTimeout(CONNECT_TIMEOUT_MS);
                c.setReadTimeout(READ_TIMEOUT_MS);
                c.setInstanceFollowRedirects(false);
                c.setRequestProperty("User-Agent", "torch4j");
                int code = c.getResponseCode();
                if (code / 100 == 3 && c.getHeaderField("Location") != null && hop < 5) {
                    u = u.toURI().resolve(c.getHeaderField("Location")).toURL();
                    c.disconnect();
                    continue;
                }
                if (code != 200) throw new IOException("HTTP Error " + code + ": " + c.getResponseMessage());
                try (InputStream in = c.getInputStream(); OutputStream out = Files.newOutputStream(tmp)) {
                    in.transferTo(out);
                }
                break;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Name resolution has no timeout of its own in the JDK: bound it so an offline machine fails fast. */
    private static void resolve(String host) throws IOException {
        // a lookup that hangs is left to finish on its own virtual thread; nobody waits for it
        CompletableFuture<InetAddress> f = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                f.complete(InetAddress.getByName(host));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        try {
            f.get(RESOLVE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("could not resolve " + host + " within " + RESOLVE_TIMEOUT_MS / 1000 + " s (no network?)");
        } catch (ExecutionException e) {
            throw new IOException("could not resolve " + host + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while resolving " + host);
        }
    }

    static String md5(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("MD5");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
