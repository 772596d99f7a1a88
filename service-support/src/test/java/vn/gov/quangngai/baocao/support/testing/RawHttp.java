package vn.gov.quangngai.baocao.support.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what an HTTP client library will not send: headers without
 * their body, a body that stops halfway, a malformed target, a header block past any limit.
 */
public final class RawHttp implements AutoCloseable {

    /** An answer as it came: status, headers (names in lower case), body, and how long it took from the first byte sent. */
    public record Answer(int status, Map<String, String> headers, String body, Duration took) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final Socket socket;
    private final long sentAt;

    private RawHttp(Socket socket, long sentAt) {
        this.socket = socket;
        this.sentAt = sentAt;
    }

    /** Opens a connection to 127.0.0.1:{@code port} and sends {@code bytes}, then waits for whatever comes. */
    public static RawHttp send(int port, byte[] bytes) {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            long sentAt = System.nanoTime();
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return new RawHttp(socket, sentAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RawHttp send(int port, String text) {
        return send(port, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends more of the request on the same connection. */
    public void write(String text) {
        try {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer, or null when none came within {@code timeout} or the connection closed first. */
    public Answer answer(Duration timeout) {
        try {
            socket.setSoTimeout((int) timeout.toMillis());
            InputStream in = socket.getInputStream();
            String statusLine;
            do {
                statusLine = line(in);
                if (statusLine == null) {
                    return null;
                }
                if (statusLine.startsWith("HTTP/1.1 100")) {
                    while (!line(in).isEmpty()) {
                        // the interim answer's headers
                    }
                    statusLine = "";
                }
            } while (statusLine.isEmpty());
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
            String body = body(in, headers);
            return new Answer(status, headers, body, Duration.ofNanos(System.nanoTime() - sentAt));
        } catch (SocketTimeoutException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the server closed the connection (reads an end of stream within the timeout). */
    public boolean closedByServer(Duration timeout) {
        try {
            socket.setSoTimeout((int) timeout.toMillis());
            return socket.getInputStream().read() == -1;
        } catch (IOException e) {
            return !(e instanceof SocketTimeoutException);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private static String body(InputStream in, Map<String, String> headers) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0; size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
