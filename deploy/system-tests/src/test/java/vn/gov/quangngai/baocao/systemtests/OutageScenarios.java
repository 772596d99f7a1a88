package vn.gov.quangngai.baocao.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A dependency that goes away under load and comes back: each service's PostgreSQL, then Keycloak. */
final class OutageScenarios {

    private static final Duration OUTAGE = Duration.ofSeconds(12);

    private final Harness harness;

    OutageScenarios(Harness harness) {
        this.harness = harness;
    }

    /** Stops report-service's PostgreSQL (immediate mode) for a while under load, then starts it again. */
    void reportDatabaseDown() throws Exception {
        ServiceProcess service = harness.suite.reportServices().get(0);
        long pid = service.pid();
        SubmissionLoad load = harness.load();
        load.start(8, 40);
        harness.waitUntil("the first acknowledgements", Duration.ofMinutes(2), () -> load.acks().size() >= 20);
        harness.suite.reportDatabase.stopImmediately();
        Instant down = Instant.now();
        // the answers of the outage are those to requests sent while the database was down, not to those already committing
        load.startWindow();
        Map<String, Integer> readiness = new TreeMap<>();
        Map<String, Integer> direct = new TreeMap<>();
        while (Duration.between(down, Instant.now()).compareTo(OUTAGE) < 0) {
            Harness.Answer ready = harness.readiness(service);
            readiness.merge(ready.status() + (ready.body().contains("\"DOWN\"") ? " DOWN" : ready.body().contains("\"UP\"") ? " UP" : ""), 1, Integer::sum);
            Harness.Answer rounds = harness.get(service.baseUrl() + "/api/v1/rounds", harness.tokens.of("bob"));
            direct.merge(rounds.status() + (rounds.isProblem() ? " problem+json " + code(rounds.body()) : " " + rounds.contentType()), 1, Integer::sum);
            Harness.sleep(500);
        }
        load.endWindow();
        harness.suite.reportDatabase.start();
        Instant up = Instant.now();
        harness.waitUntil("report-service ready again", Duration.ofMinutes(2), () -> harness.readiness(service).status() == 200);
        double readyAfter = Duration.between(up, Instant.now()).toMillis() / 1000.0;
        harness.awaitMoreAcknowledgements(load, 20, "after the database came back");
        load.stop();
        Map<String, Integer> during = load.windowAnswers();

        Map<String, String> counts = harness.verify("report-service's PostgreSQL stopped and started under load",
                "1 outage of " + OUTAGE.toSeconds() + " s", load, harness.suite.reportUrl());
        counts.put("service restarted by anyone", service.pid() == pid ? "no (same process)" : "**yes**");
        during.forEach((kind, count) -> counts.put("while down (requests sent after the stop), answers to the clients: " + kind, String.valueOf(count)));
        direct.forEach((kind, count) -> counts.put("while down, GET /api/v1/rounds: " + kind, String.valueOf(count)));
        readiness.forEach((kind, count) -> counts.put("while down, readiness (/q/health/ready): " + kind, String.valueOf(count)));
        counts.put("seconds from the database's start to a ready service", String.format(Locale.ROOT, "%.1f", readyAfter));
        check(service.pid() == pid, "report-service was restarted during the database outage");
        check(readiness.keySet().stream().allMatch(kind -> kind.equals("503 DOWN")), "report-service's readiness was not DOWN throughout the outage: " + readiness);
        check(direct.keySet().stream().allMatch(kind -> kind.startsWith("503 problem+json SERVICE_UNAVAILABLE")),
                "report-service answered other than 503 SERVICE_UNAVAILABLE while its database was down: " + direct);
        check(during.keySet().stream().noneMatch(kind -> kind.startsWith("500") || kind.endsWith(" other")),
                "the clients got a 500 or an error that was not problem+json while the database was down: " + during);
        harness.report.section("report-service's PostgreSQL stopped and started under load", """
                While the eight clients submit, the harness stops report-service's PostgreSQL server in immediate mode (no
                checkpoint, every connection cut: what a crash looks like; it recovers from its write-ahead log at the next
                start) and keeps it down %d s. Meanwhile it reads report-service's readiness and a list every half second.
                Then it starts the database and waits, without touching report-service.
                """.formatted(OUTAGE.toSeconds()), counts);
    }

    /** Stops aggregation-service's PostgreSQL under load: summaries refused as 503 problems, readiness DOWN, then back. */
    void aggregationDatabaseDown() throws Exception {
        ServiceProcess service = harness.suite.aggregationServices().get(0);
        long pid = service.pid();
        SubmissionLoad load = harness.load();
        load.start(8, 40);
        harness.waitUntil("the first acknowledgements", Duration.ofMinutes(2), () -> load.acks().size() >= 20);
        String round = load.acks().get(0).round();
        harness.suite.aggregationDatabase.stopImmediately();
        Instant down = Instant.now();
        Map<String, Integer> readiness = new TreeMap<>();
        Map<String, Integer> summaries = new TreeMap<>();
        while (Duration.between(down, Instant.now()).compareTo(OUTAGE) < 0) {
            Harness.Answer ready = harness.readiness(service);
            readiness.merge(ready.status() + (ready.body().contains("\"DOWN\"") ? " DOWN" : ready.body().contains("\"UP\"") ? " UP" : ""), 1, Integer::sum);
            Harness.Answer summary = harness.get(service.baseUrl() + "/api/v1/rounds/" + round + "/summary", harness.tokens.of("bob"));
            summaries.merge(summary.status() + (summary.isProblem() ? " problem+json " + code(summary.body()) : " " + summary.contentType()), 1, Integer::sum);
            Harness.Answer snapshot = harness.post(service.baseUrl() + "/api/v1/rounds/" + round + "/snapshots", harness.tokens.of("bob"));
            summaries.merge("snapshot " + snapshot.status() + (snapshot.isProblem() ? " problem+json " + code(snapshot.body()) : " " + snapshot.contentType()), 1, Integer::sum);
            Harness.sleep(500);
        }
        harness.suite.aggregationDatabase.start();
        Instant up = Instant.now();
        harness.waitUntil("aggregation-service ready again", Duration.ofMinutes(2), () -> harness.readiness(service).status() == 200);
        double readyAfter = Duration.between(up, Instant.now()).toMillis() / 1000.0;
        harness.awaitMoreAcknowledgements(load, 20, "after the database came back");
        load.stop();

        Map<String, String> counts = harness.verify("aggregation-service's PostgreSQL stopped and started under load",
                "1 outage of " + OUTAGE.toSeconds() + " s", load, harness.suite.reportUrl());
        counts.put("service restarted by anyone", service.pid() == pid ? "no (same process)" : "**yes**");
        summaries.forEach((kind, count) -> counts.put("while down, GET summary / POST snapshot: " + kind, String.valueOf(count)));
        readiness.forEach((kind, count) -> counts.put("while down, readiness (/q/health/ready): " + kind, String.valueOf(count)));
        counts.put("seconds from the database's start to a ready service", String.format(Locale.ROOT, "%.1f", readyAfter));
        check(service.pid() == pid, "aggregation-service was restarted during the database outage");
        check(readiness.keySet().stream().allMatch(kind -> kind.equals("503 DOWN")), "aggregation-service's readiness was not DOWN throughout: " + readiness);
        check(summaries.keySet().stream().allMatch(kind -> kind.contains("503 problem+json SERVICE_UNAVAILABLE")),
                "aggregation-service answered other than 503 SERVICE_UNAVAILABLE while its database was down: " + summaries);
        harness.report.section("aggregation-service's PostgreSQL stopped and started under load", """
                The same, for aggregation-service: its PostgreSQL stopped in immediate mode for %d s while the clients submit to
                report-service (whose nudges and the follower's reads then fail), summaries and snapshots asked for every half
                second. Then the database is started again and aggregation-service is left to recover by itself.
                """.formatted(OUTAGE.toSeconds()), counts);
    }

    /** Stops Keycloak under load: tokens already issued keep working, new sign-ins fail at once, then everything recovers. */
    void keycloakDown() throws Exception {
        harness.tokens.renewAll();
        String earlier = harness.tokens.of("bob");
        SubmissionLoad load = harness.load();
        load.start(8, 40);
        harness.waitUntil("the first acknowledgements", Duration.ofMinutes(2), () -> load.acks().size() >= 20);
        harness.suite.stopKeycloak();
        Instant down = Instant.now();
        int acksAtStop = load.acks().size();
        Map<String, Integer> signIns = new TreeMap<>();
        Map<String, Integer> earlierTokens = new TreeMap<>();
        long slowestSignInMillis = 0;
        while (Duration.between(down, Instant.now()).compareTo(OUTAGE) < 0) {
            Instant attempt = Instant.now();
            try {
                harness.suite.tokens.forUser("vera", "vera");
                signIns.merge("signed in", 1, Integer::sum);
            } catch (RuntimeException refused) {
                signIns.merge("refused: " + refused.getClass().getSimpleName(), 1, Integer::sum);
            }
            slowestSignInMillis = Math.max(slowestSignInMillis, Duration.between(attempt, Instant.now()).toMillis());
            for (ServiceProcess service : harness.suite.reportServices()) {
                earlierTokens.merge("report-service GET /api/v1/me " + harness.get(service.baseUrl() + "/api/v1/me", earlier).status(), 1, Integer::sum);
            }
            for (ServiceProcess service : harness.suite.aggregationServices()) {
                earlierTokens.merge("aggregation-service GET /api/v1/me " + harness.get(service.baseUrl() + "/api/v1/me", earlier).status(), 1, Integer::sum);
            }
            Harness.sleep(500);
        }
        int acksWhileDown = load.acks().size() - acksAtStop;
        Instant restart = Instant.now();
        harness.suite.startKeycloak();
        double keycloakStart = Duration.between(restart, Instant.now()).toMillis() / 1000.0;
        String fresh = harness.suite.tokens.forUser("vera", "vera");
        int freshAccepted = 0;
        for (ServiceProcess service : harness.suite.reportServices()) {
            freshAccepted += harness.get(service.baseUrl() + "/api/v1/me", fresh).status() == 200 ? 1 : 0;
        }
        for (ServiceProcess service : harness.suite.aggregationServices()) {
            freshAccepted += harness.get(service.baseUrl() + "/api/v1/me", fresh).status() == 200 ? 1 : 0;
        }
        int services = harness.suite.reportServices().size() + harness.suite.aggregationServices().size();
        harness.awaitMoreAcknowledgements(load, 20, "after Keycloak came back");
        load.stop();

        Map<String, String> counts = harness.verify("Keycloak stopped and started under load", "1 outage of " + OUTAGE.toSeconds() + " s",
                load, harness.suite.reportUrl());
        counts.put("submissions acknowledged while Keycloak was down (tokens issued before)", String.valueOf(acksWhileDown));
        earlierTokens.forEach((kind, count) -> counts.put("while down, a token issued before: " + kind, String.valueOf(count)));
        signIns.forEach((kind, count) -> counts.put("while down, new sign-ins: " + kind, String.valueOf(count)));
        counts.put("slowest refused sign-in", slowestSignInMillis + " ms");
        counts.put("seconds for Keycloak to start again (its realm kept on disk)", String.format(Locale.ROOT, "%.1f", keycloakStart));
        counts.put("services accepting a token issued after the restart", freshAccepted + " of " + services);
        check(acksWhileDown > 0, "no submission was acknowledged while Keycloak was down");
        check(earlierTokens.keySet().stream().allMatch(kind -> kind.endsWith(" 200")), "a token issued before the outage was refused: " + earlierTokens);
        check(!signIns.containsKey("signed in"), "a sign-in succeeded while Keycloak was down");
        check(freshAccepted == services, "a service refused a token issued after Keycloak came back");
        harness.report.section("Keycloak stopped and started under load", """
                Every client's token is fetched afresh, then Keycloak is stopped for %d s while the clients go on submitting with
                the tokens they hold. Meanwhile the harness tries a new sign-in (password grant) and calls GET /api/v1/me on every
                service with a token issued before the outage, every half second. Keycloak keeps its realm on disk, as a
                production server does: started again, it signs with the same keys.
                """.formatted(OUTAGE.toSeconds()), counts);
    }

    private void check(boolean condition, String failure) {
        if (!condition) {
            harness.report.failure(failure);
        }
    }

    private static String code(String problem) {
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"").matcher(problem);
        return code.find() ? code.group(1) : "(no code)";
    }
}
