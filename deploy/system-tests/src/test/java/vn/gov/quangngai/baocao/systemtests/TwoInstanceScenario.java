package vn.gov.quangngai.baocao.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two instances of each service on the same databases, behind round-robin proxies: writers on two
 * instances at once, a retry on the other instance, one feed follower at a time, the same summary
 * from either instance, and the nudge reaching either.
 */
final class TwoInstanceScenario {

    private static final int TRIALS = 20;
    private static final Pattern TOOK_IN = Pattern.compile("^(\\S+ \\S+) .*Took in (\\d+) feed item\\(s\\), seq (\\d+) to (\\d+)");

    private final Harness harness;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    TwoInstanceScenario(Harness harness) {
        this.harness = harness;
    }

    void run() throws Exception {
        ReliabilitySuite suite = harness.suite;
        suite.startServices(2);
        String first = suite.reportServices().get(0).baseUrl();
        String second = suite.reportServices().get(1).baseUrl();
        Map<String, Long> tookInBefore = takenIn();

        Map<String, Integer> races = new TreeMap<>();
        int replays = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            races.merge(ifMatchRace(first, second), 1, Integer::sum);
            replays += replayOnTheOtherInstance(first, second) ? 1 : 0;
        }

        SubmissionLoad load = harness.load();
        LeaseSampler leases = new LeaseSampler();
        load.start(8, 40);
        harness.waitUntil("acknowledgements through the proxy", Duration.ofMinutes(2), () -> load.acks().size() >= 100);
        // as long again, so that both followers and the lease sampler see the load at its pace
        harness.awaitMoreAcknowledgements(load, 100, "more through the proxy");
        load.stop();
        Map<Long, Integer> holders = leases.stop();
        Map<String, String> counts = harness.verify("two instances of each service behind round-robin proxies", "—", load, second);
        // the follower has caught up and the clients are stopped: a submission taken in before the next poll came with its nudge
        List<Double> visible = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            visible.add(secondsUntilAggregated(first));
        }

        int identical = 0;
        List<String> rounds = load.acks().stream().map(SubmissionLoad.Ack::round).distinct().toList();
        for (String round : rounds) {
            identical += sameSummary(round) ? 1 : 0;
        }
        Map<String, Long> tookIn = takenIn();
        int overlaps = overlappingPages();
        counts.put("concurrent PUTs with the same If-Match, one on each instance: outcomes", races.toString());
        counts.put("submits acknowledged on one instance and retried with the same key on the other: same version, Idempotent-Replayed", replays + " of " + TRIALS);
        tookIn.forEach((instance, items) -> counts.put("feed items taken in by " + instance, String.valueOf(items - tookInBefore.getOrDefault(instance, 0L))));
        counts.put("pages of the feed taken in twice (the logged seq ranges of both instances overlapping)", String.valueOf(overlaps));
        holders.forEach((held, samples) -> counts.put("samples of aggregation's database (every 20 ms) with the follower's lease held by " + held
                + " connection(s)", String.valueOf(samples)));
        counts.put("rounds whose summary is the same from either aggregation instance", identical + " of " + rounds.size());
        suite.aggregationProxy().count("/api/v1/feed/nudge").forEach((instance, nudges) -> counts.put("nudges received by " + instance, String.valueOf(nudges)));
        counts.put("submissions visible in aggregation-service within (median / max), polling every " + ReliabilitySuite.POLL_INTERVAL,
                String.format(Locale.ROOT, "%.2f s / %.2f s", new Stats(visible).median(), new Stats(visible).percentile(100)));
        check(races.size() == 1 && races.containsKey("200 + 412"), "concurrent If-Match writers on two instances did not end as one 200 and one 412: " + races);
        check(replays == TRIALS, "a retry on the other instance did not replay the first answer");
        check(overlaps == 0, "a page of the feed was taken in twice");
        check(holders.keySet().stream().allMatch(held -> held <= 1), "the follower's lease was held by two connections at once");
        check(identical == rounds.size(), "a summary differed between the two aggregation instances");
        check(new Stats(visible).percentile(100) < 5, "a submission took 5 s or more to reach aggregation-service, as if no nudge had arrived");
        harness.report.section("Two instances of each service behind round-robin proxies", """
                Both services are started twice on the same databases. A proxy in front of each sends every request to the next
                instance in turn; the services reach each other through these proxies (the feed reads, the nudges). Then:
                %d times, two PUTs of the same draft with the same If-Match, sent at the same moment to the two report-service
                instances; %d times, a submit acknowledged by one instance and retried with its key on the other; the eight
                clients submitting through the proxy; then, with the clients stopped, %d single submissions timed until
                aggregation-service has them (it polls only every %s, so a quicker arrival came with the nudge, whichever
                instance it reached); each round's summary read
                from both aggregation instances; the followers' logs read for pages taken in twice, and aggregation-service's
                database sampled every 20 ms for the connections holding the follower's lease.
                """.formatted(TRIALS, TRIALS, TRIALS, ReliabilitySuite.POLL_INTERVAL), counts);
    }

    /** Two PUTs with the same If-Match at once, one per instance; their statuses, sorted. */
    private String ifMatchRace(String first, String second) throws Exception {
        String round = openRound(first);
        String path = "/api/v1/rounds/" + round + "/reports/BDT";
        String token = harness.tokens.of(harness.submitters.get("BDT"));
        HttpResponse<String> created = http.send(put(first + path, token, "Lần đầu.", null), HttpResponse.BodyHandlers.ofString());
        String etag = created.headers().firstValue("ETag").orElseThrow();
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> racePut(first + path, token, "Bản của máy một.", etag, together));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> racePut(second + path, token, "Bản của máy hai.", etag, together));
        List<Integer> statuses = new ArrayList<>(List.of(one.get(), two.get()));
        statuses.sort(null);
        return statuses.get(0) + " + " + statuses.get(1);
    }

    private int racePut(String url, String token, String text, String etag, CyclicBarrier together) {
        try {
            together.await();
            return http.send(put(url, token, text, etag), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    /** A submit acknowledged by one instance, retried with its key on the other: the same version, marked as replayed. */
    private boolean replayOnTheOtherInstance(String first, String second) throws Exception {
        String round = openRound(second);
        String path = "/api/v1/rounds/" + round + "/reports/STC";
        String token = harness.tokens.of(harness.submitters.get("STC"));
        http.send(put(first + path, token, "Sở Tài chính báo cáo.", null), HttpResponse.BodyHandlers.discarding());
        String key = UUID.randomUUID().toString();
        HttpResponse<String> acknowledged = http.send(submit(first + path, token, key), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> retried = http.send(submit(second + path, token, key), HttpResponse.BodyHandlers.ofString());
        return acknowledged.statusCode() == 200 && retried.statusCode() == 200 && retried.headers().firstValue("Idempotent-Replayed").orElse("").equals("true")
                && version(acknowledged.body()) == version(retried.body());
    }

    /** One submission through the proxy, timed from its acknowledgement until aggregation-service's database has it. */
    private double secondsUntilAggregated(String reportInstance) throws Exception {
        String round = openRound(reportInstance);
        String path = "/api/v1/rounds/" + round + "/reports/TPQN";
        String token = harness.tokens.of(harness.submitters.get("TPQN"));
        String proxy = harness.suite.reportUrl();
        http.send(put(proxy + path, token, "UBND thành phố báo cáo.", null), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> submitted = http.send(submit(proxy + path, token, UUID.randomUUID().toString()), HttpResponse.BodyHandlers.ofString());
        Instant acknowledged = Instant.now();
        if (submitted.statusCode() != 200) {
            return Double.NaN;
        }
        String taken = "SELECT count(*) FROM round_agency WHERE round_code = '" + round + "' AND agency_code = 'TPQN' AND status = 'SUBMITTED'";
        while (Convergence.single(harness.suite.aggregationDatabase, "aggregation", taken) == 0) {
            if (Duration.between(acknowledged, Instant.now()).toSeconds() > 60) {
                return Double.POSITIVE_INFINITY;
            }
            Harness.sleep(10);
        }
        return Duration.between(acknowledged, Instant.now()).toMillis() / 1000.0;
    }

    private boolean sameSummary(String round) {
        List<String> answers = harness.suite.aggregationServices().stream()
                .map(service -> harness.get(service.baseUrl() + "/api/v1/rounds/" + round + "/summary", harness.tokens.of("bob")))
                .map(answer -> answer.status() + " " + answer.body().replaceAll("\"generatedAt\"\\s*:\\s*\"[^\"]*\"", ""))
                .toList();
        return answers.stream().distinct().count() == 1 && answers.get(0).startsWith("200 ");
    }

    /** Feed items each aggregation instance logged as taken in so far. */
    private Map<String, Long> takenIn() throws IOException {
        Map<String, Long> items = new TreeMap<>();
        for (ServiceProcess service : harness.suite.aggregationServices()) {
            long count = 0;
            for (String line : Files.readAllLines(service.log())) {
                Matcher took = TOOK_IN.matcher(line);
                if (took.find()) {
                    count += Long.parseLong(took.group(2));
                }
            }
            items.put(service.name(), count);
        }
        return items;
    }

    /** Pages of the feed as the two instances logged them that share a seq: a feed item taken in twice. */
    private int overlappingPages() throws IOException {
        record Page(long from, long to) {
        }
        List<Page> pages = new ArrayList<>();
        for (ServiceProcess service : harness.suite.aggregationServices()) {
            for (String line : Files.readAllLines(service.log())) {
                Matcher took = TOOK_IN.matcher(line);
                if (took.find()) {
                    pages.add(new Page(Long.parseLong(took.group(3)), Long.parseLong(took.group(4))));
                }
            }
        }
        int overlaps = 0;
        for (int i = 0; i < pages.size(); i++) {
            for (int j = i + 1; j < pages.size(); j++) {
                if (pages.get(i).from() <= pages.get(j).to() && pages.get(j).from() <= pages.get(i).to()) {
                    overlaps++;
                }
            }
        }
        return overlaps;
    }

    /** Counts, every 20 ms, the connections holding an advisory lock in aggregation-service's database (the follower's lease). */
    private final class LeaseSampler {
        private final Map<Long, Integer> samples = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::sample, "lease-sampler");

        LeaseSampler() {
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            while (running) {
                try {
                    long held = Convergence.single(harness.suite.aggregationDatabase, "aggregation",
                            "SELECT count(DISTINCT pid) FROM pg_locks WHERE locktype = 'advisory' AND granted");
                    samples.merge(held, 1, Integer::sum);
                } catch (java.sql.SQLException e) {
                    samples.merge(-1L, 1, Integer::sum);
                }
                Harness.sleep(20);
            }
        }

        Map<Long, Integer> stop() throws InterruptedException {
            running = false;
            thread.join();
            return new TreeMap<>(samples);
        }
    }

    private String openRound(String instance) throws Exception {
        String code = "RL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = """
                {"code": "%s", "title": "Báo cáo thử hai máy", "request": {"number": "2454/SNV-XDCQ", "date": "2021-10-29", "issuer": "Sở Nội vụ"},
                 "period": {"kind": "YEAR", "year": 2021}, "deadline": "2099-12-31", "agencies": ["BDT", "STC", "TPQN"], "templateCode": "DVCQ-NAM"}""".formatted(code);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(instance + "/api/v1/rounds")).header("Authorization", "Bearer " + harness.tokens.of("bob"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("cannot open a round: " + answer.statusCode() + " " + answer.body());
        }
        return code;
    }

    /** A draft with every figure (so that it can be submitted) and this text. */
    private HttpRequest put(String url, String token, String text, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ReportBodies.withRandomFigures(harness.random, text)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    private static HttpRequest submit(String url, String token, String key) {
        return HttpRequest.newBuilder(URI.create(url + "/submit")).header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private static int version(String body) {
        Matcher version = Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(body);
        return version.find() ? Integer.parseInt(version.group(1)) : -1;
    }

    private void check(boolean condition, String failure) {
        if (!condition) {
            harness.report.failure(failure);
        }
    }
}
