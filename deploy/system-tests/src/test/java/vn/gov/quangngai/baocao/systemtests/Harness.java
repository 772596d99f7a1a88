package vn.gov.quangngai.baocao.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What every reliability scenario works with: the suite, its submitters and their tokens, the page
 * being written, a seeded random source for the moments of the faults; and the checks that close
 * each scenario (every acknowledgement kept, aggregation-service equal to report-service).
 */
final class Harness {

    /** One plain answer: status, content type and body ({@code 0} when there was none). */
    record Answer(int status, String contentType, String body) {
        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    static final Duration CONVERGENCE_LIMIT = Duration.ofMinutes(3);

    final ReliabilitySuite suite;
    final Map<String, String> submitters;
    final FreshTokens tokens;
    final ReliabilityReport report;
    final Random random;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    Harness(ReliabilitySuite suite, Map<String, String> submitters, FreshTokens tokens, ReliabilityReport report, long seed) {
        this.suite = suite;
        this.submitters = submitters;
        this.tokens = tokens;
        this.report = report;
        this.random = new Random(seed);
    }

    SubmissionLoad load() {
        return new SubmissionLoad(suite::reportUrl, submitters, tokens);
    }

    /** A GET with a token (or none), its answer whatever it is. */
    Answer get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    Answer post(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            return new Answer(0, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", "interrupted");
        }
    }

    /** The readiness of a service: its status code and whether it says UP. */
    Answer readiness(ServiceProcess service) {
        return get(service.baseUrl() + "/q/health/ready", null);
    }

    /** Waits (at most {@code limit}, failing the run after it) until the condition holds. */
    void waitUntil(String what, Duration limit, java.util.function.BooleanSupplier condition) {
        org.awaitility.Awaitility.await(what).atMost(limit).pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
    }

    /** Waits until the clients have had this many more submissions acknowledged: they work again after a fault. */
    void awaitMoreAcknowledgements(SubmissionLoad load, int more, String after) {
        int now = load.acks().size();
        waitUntil(more + " acknowledgements " + after, Duration.ofMinutes(2), () -> load.acks().size() >= now + more);
    }

    /** A pause whose length is the point (the random moment of a fault, a sampling pace), never a stand-in for a condition. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Closes a scenario: checks every acknowledgement (retrying each with its key through
     * {@code replayVia}) and that aggregation-service equals report-service, adds the overview
     * line, and returns the counts for the scenario's section.
     */
    Map<String, String> verify(String scenario, String faults, SubmissionLoad load, String replayVia) throws SQLException, InterruptedException {
        AcknowledgementCheck.Outcome acks = AcknowledgementCheck.check(suite.reportDatabase, load.acks(), replayVia,
                agency -> tokens.of(submitters.get(agency)));
        List<String> aggregationInstances = suite.aggregationServices().stream().map(ServiceProcess::baseUrl).toList();
        Convergence.Outcome convergence = Convergence.check(suite.reportDatabase, suite.aggregationDatabase, aggregationInstances,
                tokens.of("bob"), CONVERGENCE_LIMIT);
        boolean passed = acks.clean() && convergence.equal() && load.anomalies().isEmpty() && load.givenUp() == 0 && load.clientFailures().isEmpty()
                && load.unaccounted() == 0;
        report.line(new ReliabilityReport.Line(scenario, faults, acks.acknowledged(), acks.found(), acks.lost().size(), acks.duplicates().size(),
                convergence.equal() ? "yes (" + convergence.versions() + " versions, " + convergence.figures() + " figure values, "
                        + convergence.totalsCompared() + " totals)" : "**no**: " + convergence.differences().size() + " differences",
                passed ? "passed" : "**failed**"));
        if (!acks.clean()) {
            report.failure(scenario + ": " + ReliabilityReport.lostAndDuplicates(acks));
        }
        convergence.differences().stream().limit(10).forEach(difference -> report.failure(scenario + ": " + difference));
        load.anomalies().stream().limit(10).forEach(anomaly -> report.failure(scenario + ": unexpected answer " + anomaly));
        if (load.givenUp() > 0) {
            report.failure(scenario + ": " + load.givenUp() + " report(s) given up by their client after 5 minutes of retries");
        }
        load.clientFailures().stream().limit(10).forEach(failure -> report.failure(scenario + ": " + failure));
        if (load.unaccounted() != 0) {
            report.failure(scenario + ": " + load.unaccounted() + " report(s) started and neither acknowledged nor given up ("
                    + load.tasksStarted() + " started, " + acks.acknowledged() + " acknowledged, " + load.givenUp() + " given up)");
        }
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("rounds opened by the clients", String.valueOf(load.roundsOpened()));
        counts.put("reports the clients started (draft, then submit) / acknowledged / given up / unaccounted for", load.tasksStarted() + " / "
                + acks.acknowledged() + " / " + load.givenUp() + " / " + load.unaccounted());
        counts.put("client threads that died", String.valueOf(load.clientFailures().size()));
        counts.put("submissions acknowledged (200) / found afterwards as a frozen version with its feed row", acks.acknowledged() + " / " + acks.found());
        counts.put("lost / duplicated", acks.lost().size() + " / " + acks.duplicates().size());
        counts.put("acknowledged versions compared with the draft the client sent (sections and figures) / differing", acks.contentsCompared() + " / "
                + acks.contentMismatches().size());
        counts.put("retries with the same Idempotency-Key answered with the same version (Idempotent-Replayed: true)", acks.replayed() + " of " + acks.acknowledged());
        load.answers().forEach((kind, count) -> counts.put("answers to the clients: " + kind, String.valueOf(count)));
        counts.put("seconds waited, once the clients had stopped, for aggregation-service to reach the end of the feed",
                String.format(java.util.Locale.ROOT, "%.1f", convergence.waited().toMillis() / 1000.0));
        counts.put("rows compared: standings / versions / figure values / summary totals", convergence.standings() + " / " + convergence.versions() + " / "
                + convergence.figures() + " / " + convergence.totalsCompared());
        counts.put("differences between the two services", String.valueOf(convergence.differences().size()));
        return counts;
    }
}
