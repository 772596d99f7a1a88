package vn.gov.quangngai.baocao.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Agencies' systems submitting as a careful integrator would, while the harness breaks things
 * under them: each client saves its agency's draft, then submits it with an Idempotency-Key of its
 * own, and retries the same request with the same key after any failure it cannot tell from a
 * lost answer (no answer, 5xx) until it gets an answer. Every 200 it sees is an acknowledgement,
 * kept in the ledger; rounds are opened as the clients need them.
 */
final class SubmissionLoad {

    /** A submission the client saw acknowledged (200): which report, with which key, as which version, and the draft it had sent. */
    record Ack(String round, String agency, String key, int version, String body) {
    }

    /** One report for one client to draft and submit. */
    private record Task(String round, String agency) {
    }

    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    private final Supplier<String> reportService;
    private final Map<String, String> submitters;
    private final FreshTokens tokens;
    private final List<String> agencies;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Task> queue = new ArrayList<>();
    private final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final List<String> anomalies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger tasksStarted = new AtomicInteger();
    private final AtomicInteger givenUp = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger roundsOpened = new AtomicInteger();
    private ExecutorService clients;
    private final List<Future<?>> running = new ArrayList<>();
    private final List<String> clientFailures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> windowAnswers = new ConcurrentHashMap<>();
    private volatile long windowFrom = Long.MAX_VALUE;
    private volatile long windowUntil = Long.MAX_VALUE;

    /** @param reportService where report-service is (asked at each request: an instance, or a proxy in front of several) */
    SubmissionLoad(Supplier<String> reportService, Map<String, String> submitters, FreshTokens tokens) {
        this.reportService = reportService;
        this.submitters = submitters;
        this.tokens = tokens;
        this.agencies = List.copyOf(submitters.keySet());
    }

    /** Starts {@code threads} clients, each pausing up to {@code pauseMillis} between its reports; they run until {@link #stop}. */
    void start(int threads, int pauseMillis) {
        stopping.set(false);
        clients = Executors.newFixedThreadPool(threads);
        running.clear();
        for (int t = 0; t < threads; t++) {
            long seed = t;
            running.add(clients.submit(() -> client(new Random(seed), pauseMillis)));
        }
    }

    /**
     * Lets the clients finish the report each has in hand (retrying as long as they must), then
     * returns; a client that died (an exception in its thread) is in {@link #clientFailures}.
     */
    void stop() throws InterruptedException {
        stopping.set(true);
        clients.shutdown();
        if (!clients.awaitTermination(GIVE_UP.toSeconds() + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the clients did not finish");
        }
        for (Future<?> client : running) {
            try {
                client.get();
            } catch (ExecutionException died) {
                clientFailures.add("a client thread died: " + died.getCause());
            }
        }
    }

    /** Client threads that ended with an exception: each left a report started and not accounted for. */
    List<String> clientFailures() {
        return List.copyOf(clientFailures);
    }

    /**
     * Reports started that ended neither acknowledged nor given up (with an anomaly noted): a
     * client lost track of one. Exact once the clients are stopped.
     */
    int unaccounted() {
        return tasksStarted.get() - acks.size() - givenUp.get();
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    int tasksStarted() {
        return tasksStarted.get();
    }

    int givenUp() {
        return givenUp.get();
    }

    int roundsOpened() {
        return roundsOpened.get();
    }

    /** How many answers of each kind the clients got, e.g. {@code 200}, {@code 503 problem}, {@code no answer}. */
    Map<String, Integer> answers() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        answers.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    /** From now on, answers to the requests sent are also counted apart, until {@link #endWindow}. */
    void startWindow() {
        windowAnswers.clear();
        windowUntil = Long.MAX_VALUE;
        windowFrom = System.nanoTime();
    }

    void endWindow() {
        windowUntil = System.nanoTime();
    }

    /**
     * The answers to the requests sent between {@link #startWindow} and {@link #endWindow},
     * whenever they came: a request sent before the window (already committing when a fault
     * began) is not among them. Complete once the clients are stopped.
     */
    Map<String, Integer> windowAnswers() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        windowAnswers.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    /** Answers a careful client would not expect (e.g. a 409 after its own retry); should stay empty. */
    List<String> anomalies() {
        return List.copyOf(anomalies);
    }

    private void client(Random random, int pauseMillis) {
        while (!stopping.get()) {
            Task task = next();
            if (task == null) {
                return;
            }
            tasksStarted.incrementAndGet();
            if (!report(task, random)) {
                givenUp.incrementAndGet();
            }
            if (pauseMillis > 0) {
                sleep(random.nextInt(pauseMillis));
            }
        }
    }

    private Task next() {
        synchronized (queue) {
            if (queue.isEmpty()) {
                String round = openRound();
                if (round == null) {
                    return null;
                }
                agencies.forEach(agency -> queue.add(new Task(round, agency)));
                Collections.shuffle(queue, new Random(round.hashCode()));
            }
            return queue.remove(queue.size() - 1);
        }
    }

    /** Opens a round with every agency expected, retrying while report-service cannot answer; null when stopping. */
    private String openRound() {
        String code = "RL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = """
                {"code": "%s", "title": "Báo cáo kết quả công tác dân vận chính quyền năm 2021",
                 "request": {"number": "2454/SNV-XDCQ", "date": "2021-10-29", "issuer": "Sở Nội vụ tỉnh Quảng Ngãi"},
                 "period": {"kind": "YEAR", "year": 2021}, "deadline": "2099-12-31", "agencies": [%s], "templateCode": "DVCQ-NAM"}"""
                .formatted(code, String.join(",", agencies.stream().map(a -> "\"" + a + "\"").toList()));
        Instant giveUp = Instant.now().plus(GIVE_UP);
        while (!stopping.get() && Instant.now().isBefore(giveUp)) {
            Answer answer = send(request("/api/v1/rounds", token("bob")).POST(HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json"));
            if (answer.status() == 201 || answer.status() == 409) { // 409: created by an attempt whose answer was lost
                roundsOpened.incrementAndGet();
                return code;
            }
            sleep(200);
        }
        return null;
    }

    /** Drafts and submits one report; false when it had to give up. */
    private boolean report(Task task, Random random) {
        String path = "/api/v1/rounds/" + task.round() + "/reports/" + task.agency();
        String token = token(submitters.get(task.agency()));
        String body = ReportBodies.withRandomFigures(random, "Đăng ký " + random.nextInt(10) + " mô hình \"Dân vận khéo\".");
        Instant giveUp = Instant.now().plus(GIVE_UP);
        int backoff = 100;
        while (true) {
            Answer saved = send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
            if (saved.status() == 200 || saved.status() == 201) {
                break;
            }
            if (!retryable(saved) || Instant.now().isAfter(giveUp)) {
                anomalies.add("PUT " + path + ": " + saved.status() + " " + saved.body());
                return false;
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, 1_000);
        }
        String key = UUID.randomUUID().toString();
        backoff = 100;
        while (true) {
            Answer submitted = send(request(path + "/submit", token).POST(HttpRequest.BodyPublishers.noBody()).header("Idempotency-Key", key));
            if (submitted.status() == 200) {
                acks.add(new Ack(task.round(), task.agency(), key, version(submitted.body()), body));
                return true;
            }
            if (!retryable(submitted) || Instant.now().isAfter(giveUp)) {
                anomalies.add("submit " + path + " (key " + key + "): " + submitted.status() + " " + submitted.body());
                return false;
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, 1_000);
        }
    }

    /** The user's token; while Keycloak cannot issue one, the client waits for it as for any other failure. */
    private String token(String username) {
        Instant giveUp = Instant.now().plus(GIVE_UP);
        while (true) {
            try {
                return tokens.of(username);
            } catch (RuntimeException unavailable) {
                count("no token (Keycloak unreachable)");
                if (Instant.now().isAfter(giveUp)) {
                    throw unavailable;
                }
                sleep(500);
            }
        }
    }

    /** No answer, or an answer a retry may change: the service or its database was away, or a proxy had no instance. */
    private static boolean retryable(Answer answer) {
        return answer.status() == 0 || answer.status() >= 500;
    }

    private static int version(String body) {
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(body);
        if (!version.find()) {
            throw new IllegalStateException("an acknowledgement without a version: " + body);
        }
        return Integer.parseInt(version.group(1));
    }

    record Answer(int status, String contentType, String body) {
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(reportService.get() + path)).timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request) {
        long sentAt = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            count(response.statusCode() + (response.statusCode() >= 400 ? (contentType.startsWith("application/problem+json") ? " problem+json" : " other") : ""), sentAt);
            return new Answer(response.statusCode(), contentType, response.body());
        } catch (IOException e) {
            count("no answer (connection refused or cut)", sentAt);
            return new Answer(0, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", "interrupted");
        }
    }

    private void count(String kind) {
        answers.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private void count(String kind, long sentAt) {
        count(kind);
        if (sentAt >= windowFrom && sentAt < windowUntil) {
            windowAnswers.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
