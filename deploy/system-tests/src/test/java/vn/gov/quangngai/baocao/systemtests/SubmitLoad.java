package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Many agencies drafting and submitting the seed-sized report in parallel, over real HTTP with their own tokens. */
final class SubmitLoad {

    /** What a run measured. */
    record Result(int submits, Duration elapsed, List<Double> submitMillis, List<Double> putMillis, List<Double> visibleMillis, int failures) {
        double perSecond() {
            return submits / (elapsed.toMillis() / 1000.0);
        }
    }

    /** One report to send: round and agency. */
    record Task(String round, String agency) {
    }

    private final Suite suite;
    private final Map<String, String> tokens;
    private final String body;
    private final String reviewer;

    SubmitLoad(Suite suite, Map<String, String> tokens, String body) {
        this.suite = suite;
        this.tokens = tokens;
        this.body = body;
        this.reviewer = suite.tokens.forDemoUser("bob");
    }

    /**
     * Runs {@code threads} clients until {@code duration} passes or the tasks run out; at most
     * {@code perSecond} submits a second when it is positive. With {@code probe}, one client waits
     * after each of its submits until aggregation-service shows it, and records that delay.
     */
    Result run(ConcurrentLinkedQueue<Task> tasks, int threads, Duration duration, double perSecond, boolean probe) throws InterruptedException {
        List<Double> submit = Collections.synchronizedList(new ArrayList<>());
        List<Double> put = Collections.synchronizedList(new ArrayList<>());
        List<Double> visible = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Instant start = Instant.now();
        Instant end = start.plus(duration);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            boolean prober = probe && t == 0;
            pool.execute(() -> {
                Task task;
                while (Instant.now().isBefore(end) && (task = tasks.poll()) != null) {
                    if (perSecond > 0) {
                        long due = start.toEpochMilli() + (long) (done.get() * 1000 / perSecond);
                        sleepUntil(due);
                    }
                    String path = "/api/v1/rounds/" + task.round() + "/reports/" + task.agency();
                    String token = tokens.get(task.agency());
                    long t0 = System.nanoTime();
                    int putStatus = given().baseUri(suite.reportService.baseUrl()).auth().oauth2(token).contentType("application/json")
                            .body(body).put(path).statusCode();
                    long t1 = System.nanoTime();
                    int submitStatus = given().baseUri(suite.reportService.baseUrl()).auth().oauth2(token).post(path + "/submit").statusCode();
                    long t2 = System.nanoTime();
                    if (putStatus >= 300 || submitStatus != 200) {
                        failures.incrementAndGet();
                        continue;
                    }
                    put.add((t1 - t0) / 1e6);
                    submit.add((t2 - t1) / 1e6);
                    done.incrementAndGet();
                    if (prober) {
                        visible.add(waitVisible(task, t2));
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        return new Result(done.get(), Duration.between(start, Instant.now()), submit, put, visible, failures.get());
    }

    /** Milliseconds from the submit's answer until aggregation-service's completeness no longer lists the agency as missing. */
    private double waitVisible(Task task, long submittedNanos) {
        String bob = reviewer;
        while (System.nanoTime() - submittedNanos < 30_000_000_000L) {
            var answer = given().baseUri(suite.aggregationService.baseUrl()).auth().oauth2(bob)
                    .get("/api/v1/rounds/" + task.round() + "/completeness");
            if (answer.statusCode() == 200 && !answer.jsonPath().getList("missing.code").contains(task.agency())) {
                return (System.nanoTime() - submittedNanos) / 1e6;
            }
            sleepUntil(System.currentTimeMillis() + 10);
        }
        return 30_000;
    }

    private static void sleepUntil(long epochMillis) {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
