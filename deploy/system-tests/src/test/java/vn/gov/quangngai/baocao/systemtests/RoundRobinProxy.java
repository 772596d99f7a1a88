package vn.gov.quangngai.baocao.systemtests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simplest load balancer: each request goes to the next instance in turn, whole (headers and
 * body read, then sent on). Counts the requests each instance got, by path, e.g. the nudges.
 */
final class RoundRobinProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "expect", "host", "upgrade", "keep-alive",
            "transfer-encoding", "te", "trailer", "proxy-connection");

    private final List<String> backends;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(48);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    RoundRobinProxy(List<String> backends) {
        this.backends = List.copyOf(backends);
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePorts.next()), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests whose path starts with {@code prefix} went to each instance (by its base URL). */
    Map<String, Long> count(String prefix) {
        Map<String, Long> byBackend = new java.util.LinkedHashMap<>();
        for (String backend : backends) {
            byBackend.put(backend, counts.getOrDefault(backend + " " + prefix, new AtomicLong()).get());
        }
        return byBackend;
    }

    private void forward(HttpExchange exchange) throws IOException {
        String backend = backends.get(Math.floorMod(next.getAndIncrement(), backends.size()));
        String path = exchange.getRequestURI().getRawPath();
        counts.computeIfAbsent(backend + " " + (path.startsWith("/api/v1/feed/nudge") ? "/api/v1/feed/nudge" : "/"), key -> new AtomicLong()).incrementAndGet();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend + exchange.getRequestURI().toString()))
                    .timeout(Duration.ofMinutes(2))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (IOException | InterruptedException unreachable) {
            byte[] answer = ("{\"status\":502,\"detail\":\"instance unreachable\"}").getBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(502, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
