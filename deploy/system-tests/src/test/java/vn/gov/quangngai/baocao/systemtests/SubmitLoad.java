package vn.gov.quangngai.baocao.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many agencies submitting the seed-sized report in parallel, over real HTTP with their own
 * tokens, in one of the two ways the API offers ({@link Way}). The client is the JDK's HttpClient
 * with kept-alive connections: it shares the machine's cores with the services, so it should cost
 * as little as a client can.
 */
final class SubmitLoad {

    /** How a report is sent; neither way sends an Idempotency-Key. */
    enum Way {
        /** {@code PUT} the draft, then {@code POST …/submit}: the console's way. */
        DRAFT_THEN_SUBMIT,
        /** {@code POST …/submissions} with the content and {@code Prefer: return=minimal}: an agency system's one request. */
        ONE_REQUEST
    }

    /**
     * What a run measured; {@code submitMillis} holds the submit's time (the one request's, sent in
     * one), {@code putMillis} the PUT's (empty when sent in one); {@code visibleMillis} one delay per
     * submit when visibility was watched, {@code unseen} the submits it gave up on (counted at 30 s
     * among the delays).
     */
    record Result(int submits, Duration elapsed, List<Double> submitMillis, List<Double> putMillis, List<Double> visibleMillis, int failures,
                  int unseen, Map<String, Double> cpuSeconds) {
        double perSecond() {
            return submits / (elapsed.toMillis() / 1000.0);
        }

        /** CPU milliseconds a report (its PUT and submit, or its one request) cost the given part of the suite. */
        double cpuMillisPerSubmit(String part) {
            return cpuSeconds.getOrDefault(part, 0.0) * 1000 / Math.max(submits, 1);
        }
    }

    /** One report to send: round and agency. */
    record Task(String round, String agency) {
    }

    private final Suite suite;
    private final Map<String, String> submitters;
    private final FreshTokens tokens;
    private final String body;
    private final Way way;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final CpuMeter cpu;

    /** @param submitters agency → the user name of its submitter */
    SubmitLoad(Suite suite, Map<String, String> submitters, FreshTokens tokens, String body, Way way) {
        this.suite = suite;
        this.submitters = submitters;
        this.tokens = tokens;
        this.body = body;
        this.way = way;
        this.cpu = new CpuMeter(suite);
    }

    /**
     * Runs {@code threads} clients until {@code duration} passes or the tasks run out; at most
     * {@code perSecond} submits a second when it is positive. With {@code watchVisibility}, every
     * submit is also timed until aggregation-service's completeness shows it.
     */
    Result run(ConcurrentLinkedQueue<Task> tasks, int threads, Duration duration, double perSecond, boolean watchVisibility) throws InterruptedException {
        List<Double> submit = Collections.synchronizedList(new ArrayList<>());
        List<Double> put = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        VisibilityWatch watch = watchVisibility ? new VisibilityWatch(suite, http, tokens) : null;
        Map<String, Double> cpuBefore = cpu.read();
        Instant start = Instant.now();
        Instant end = start.plus(duration);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            clients.add(pool.submit(() -> {
                Task task;
                while (Instant.now().isBefore(end) && (task = tasks.poll()) != null) {
                    if (perSecond > 0) {
                        sleepUntil(start.toEpochMilli() + (long) (done.get() * 1000 / perSecond));
                    }
                    String path = "/api/v1/rounds/" + task.round() + "/reports/" + task.agency();
                    String token = tokens.of(submitters.get(task.agency()));
                    boolean inOne = way == Way.ONE_REQUEST;
                    long t0 = System.nanoTime();
                    boolean saved = inOne || send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")) < 300;
                    long t1 = System.nanoTime();
                    boolean submitted = saved && (inOne ? submittedInOneRequest(path, token)
                            : send(request(path + "/submit", token).POST(HttpRequest.BodyPublishers.noBody())) == 200);
                    long t2 = System.nanoTime();
                    if (!submitted) {
                        failures.incrementAndGet();
                        continue;
                    }
                    if (watch != null) {
                        watch.submitted(task, t2);
                    }
                    if (!inOne) {
                        put.add((t1 - t0) / 1e6);
                    }
                    submit.add((t2 - t1) / 1e6);
                    done.incrementAndGet();
                }
            }));
        }
        pool.shutdown();
        if (!pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the submitting clients did not finish");
        }
        // a client that died would leave its share unsent and the rate low with nothing said: fail instead
        for (Future<?> client : clients) {
            try {
                client.get();
            } catch (ExecutionException died) {
                throw new IllegalStateException("a submitting client died", died.getCause());
            }
        }
        Duration elapsed = Duration.between(start, Instant.now());
        Map<String, Double> cpuUsed = CpuMeter.between(cpuBefore, cpu.read());
        List<Double> visible = watch == null ? List.of() : watch.finish();
        return new Result(done.get(), elapsed, submit, put, visible, failures.get(), watch == null ? 0 : watch.unseen(), cpuUsed);
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(suite.reportService.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private int send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * Sends the whole report in one request, asking for a minimal answer, and whether the answer
     * acknowledges it as report-service documents: 201 with no body, {@code Preference-Applied:
     * return=minimal}, and a {@code Location} naming version 1 of this report (every task's report
     * is new). Anything else counts as a failure: an agency system learns from that answer alone
     * what it made.
     */
    private boolean submittedInOneRequest(String path, String token) {
        HttpRequest.Builder request = request(path + "/submissions", token).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Prefer", "return=minimal");
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 201 && answer.body().isEmpty()
                    && answer.headers().firstValue("Preference-Applied").orElse("").equals("return=minimal")
                    && answer.headers().firstValue("Location").orElse("").equals(path + "/versions/1");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void sleepUntil(long epochMillis) {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Times every submit until it shows in aggregation-service: one thread reads the completeness
     * of each round with submits not yet seen, every {@value #POLL_MILLIS} ms, and notes when an
     * agency leaves the missing list.
     */
    static final class VisibilityWatch {

        static final int POLL_MILLIS = 20;
        private static final ObjectMapper JSON = new ObjectMapper();
        private static final long GIVE_UP_NANOS = 30_000_000_000L;

        private final Suite suite;
        private final HttpClient http;
        private final FreshTokens tokens;
        private final Map<String, Map<String, Long>> pending = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<Double> delays = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger unseen = new AtomicInteger();
        private volatile RuntimeException died;
        private final Thread thread;
        private volatile boolean stopping;

        VisibilityWatch(Suite suite, HttpClient http, FreshTokens tokens) {
            this.suite = suite;
            this.http = http;
            this.tokens = tokens;
            this.thread = new Thread(this::watch, "visibility-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void submitted(Task task, long answeredNanos) {
            pending.computeIfAbsent(task.round(), r -> new java.util.concurrent.ConcurrentHashMap<>()).put(task.agency(), answeredNanos);
        }

        /** Waits until every submit was seen (or given up on after 30 s, counted as 30 s) and returns the delays in ms. */
        List<Double> finish() throws InterruptedException {
            stopping = true;
            thread.join(GIVE_UP_NANOS / 1_000_000 + 5_000);
            if (thread.isAlive() || died != null) {
                throw new IllegalStateException("the visibility watch did not finish", died);
            }
            return new ArrayList<>(delays);
        }

        /** Submits never seen in aggregation-service within 30 s. */
        int unseen() {
            return unseen.get();
        }

        private void watch() {
            try {
                while (!(stopping && pending.isEmpty())) {
                    for (var round : pending.entrySet()) {
                        check(round.getKey(), round.getValue());
                    }
                    pending.values().removeIf(Map::isEmpty);
                    sleepUntil(System.currentTimeMillis() + POLL_MILLIS);
                }
            } catch (RuntimeException e) {
                died = e;
            }
        }

        private void check(String round, Map<String, Long> waiting) {
            List<String> missing = missing(round);
            long now = System.nanoTime();
            for (var agency : waiting.entrySet()) {
                boolean seen = missing != null && !missing.contains(agency.getKey());
                if (seen || now - agency.getValue() > GIVE_UP_NANOS) {
                    delays.add(seen ? (now - agency.getValue()) / 1e6 : GIVE_UP_NANOS / 1e6);
                    if (!seen) {
                        unseen.incrementAndGet();
                    }
                    waiting.remove(agency.getKey());
                }
            }
        }

        private List<String> missing(String round) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(suite.aggregationService.baseUrl() + "/api/v1/rounds/" + round + "/completeness"))
                    .header("Authorization", "Bearer " + tokens.of("bob")).timeout(Duration.ofSeconds(10)).build();
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    return null;
                }
                List<String> codes = new ArrayList<>();
                JSON.readTree(answer.body()).path("missing").forEach(agency -> codes.add(agency.path("code").asText()));
                return codes;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}
