package vn.gov.quangngai.baocao.systemtests;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.postgresql.ds.PGSimpleDataSource;

/** kill -9 of a service in the middle of the work, again and again, restarted by the harness each time. */
final class KillScenarios {

    private final Harness harness;

    KillScenarios(Harness harness) {
        this.harness = harness;
    }

    /** report-service killed {@code kills} times at random moments while 8 agencies' systems submit. */
    void killReportService(int kills) throws Exception {
        SubmissionLoad load = harness.load();
        load.start(8, 40);
        harness.waitUntil("the first acknowledgements", Duration.ofMinutes(2), () -> load.acks().size() >= 20);
        List<Double> restarts = new ArrayList<>();
        List<Integer> acksAtKill = new ArrayList<>();
        for (int kill = 0; kill < kills; kill++) {
            Harness.sleep(1_000 + harness.random.nextInt(4_000));
            ServiceProcess service = harness.suite.reportServices().get(0);
            acksAtKill.add(load.acks().size());
            service.kill();
            Harness.sleep(harness.random.nextInt(1_000));
            service.start();
            restarts.add(service.startup().toMillis() / 1000.0);
        }
        harness.awaitMoreAcknowledgements(load, 20, "after the last restart");
        load.stop();
        Map<String, String> counts = harness.verify("kill -9 of report-service under load", kills + " kills, " + kills + " restarts", load,
                harness.suite.reportUrl());
        counts.put("kills (SIGKILL) / restarts by the harness", kills + " / " + restarts.size());
        counts.put("seconds from start to ready, per restart (median / max)", String.format(java.util.Locale.ROOT, "%.1f / %.1f",
                new Stats(restarts).median(), new Stats(restarts).percentile(100)));
        harness.report.section("kill -9 of report-service under load", """
                Eight clients, each acting for one agency at a time with that agency's submitter token, draft and submit reports
                (rounds of all 32 agencies, opened as they are needed) and retry every request that got no answer or a 5xx, a
                submit always with the Idempotency-Key of its first attempt. Every 1 to 5 s (random) the harness sends SIGKILL to
                report-service and starts it again, after up to a second. The acknowledgements the clients saw (200) are then
                looked up in report-service's database, and each is retried once more with its key.
                """, counts);
    }

    /**
     * aggregation-service killed at random moments: half of the kills while the load goes on, half in the middle of a
     * summary being written (a round of 5,000 agencies written straight into its tables, so that the answer takes a while).
     */
    void killAggregationService(int kills) throws Exception {
        String bigRound = "BIG-5000";
        PGSimpleDataSource aggregation = new PGSimpleDataSource();
        aggregation.setURL(harness.suite.aggregationDatabase.jdbcUrl("aggregation"));
        aggregation.setUser("postgres");
        new SummaryDataLoader(aggregation).load(bigRound, 5_000, "Báo cáo công tác dân vận chính quyền năm 2021 của cơ quan.");
        String reference = summaryWithoutTime(harness.suite.aggregationServices().get(0).baseUrl(), bigRound);

        SubmissionLoad load = harness.load();
        load.start(8, 40);
        harness.waitUntil("the first acknowledgements", Duration.ofMinutes(2), () -> load.acks().size() >= 20);
        int duringSummary = 0;
        int summariesCut = 0;
        int summariesEqualAfter = 0;
        for (int kill = 0; kill < kills; kill++) {
            ServiceProcess service = harness.suite.aggregationServices().get(0);
            if (kill % 2 == 1) {
                duringSummary++;
                if (killDuringSummary(service, bigRound)) {
                    summariesCut++;
                }
            } else {
                Harness.sleep(1_000 + harness.random.nextInt(4_000));
                service.kill();
            }
            Harness.sleep(harness.random.nextInt(1_000));
            service.start();
            if (reference.equals(summaryWithoutTime(service.baseUrl(), bigRound))) {
                summariesEqualAfter++;
            }
        }
        harness.awaitMoreAcknowledgements(load, 20, "after the last restart");
        load.stop();
        Map<String, String> counts = harness.verify("kill -9 of aggregation-service under load and during a summary",
                kills + " kills (" + duringSummary + " during a summary), " + kills + " restarts", load, harness.suite.reportUrl());
        counts.put("kills / of them while a summary was being written / restarts", kills + " / " + duringSummary + " / " + kills);
        counts.put("summaries cut by the kill that the client could tell from a whole one (no complete JSON)", summariesCut + " of " + duringSummary);
        counts.put("summaries of the 5,000-agency round after each restart equal to the one before the kills", summariesEqualAfter + " of " + kills);
        if (summariesCut != duringSummary) {
            harness.report.failure("kill of aggregation-service: " + (duringSummary - summariesCut) + " cut summaries looked whole");
        }
        if (summariesEqualAfter != kills) {
            harness.report.failure("kill of aggregation-service: a summary after a restart differed from the one before");
        }
        harness.report.section("kill -9 of aggregation-service, under load and during a summary", """
                The same eight clients submit through report-service while aggregation-service is killed (SIGKILL) and started
                again. Every second kill falls in the middle of a summary: the harness asks for the summary of a round of 5,000
                agencies (written straight into aggregation-service's tables, so that the answer takes a moment), waits for its
                first bytes and kills the service while the rest is being written. After each restart it reads that summary
                whole again. At the end aggregation-service must hold exactly what report-service holds, compared row by row.
                """, counts);
    }

    /** Kills the service once the summary's first bytes have arrived; true when the client could tell the answer was cut. */
    private boolean killDuringSummary(ServiceProcess service, String round) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/v1/rounds/" + round + "/summary"))
                .header("Authorization", "Bearer " + harness.tokens.of("bob")).build(), HttpResponse.BodyHandlers.ofInputStream());
        InputStream body = answer.body();
        byte[] first = body.readNBytes(1_024);
        CompletableFuture<byte[]> rest = CompletableFuture.supplyAsync(() -> {
            try {
                return body.readAllBytes();
            } catch (java.io.IOException cut) {
                return null;
            }
        });
        service.kill();
        byte[] remaining = rest.get(30, TimeUnit.SECONDS);
        if (remaining == null) {
            return true;
        }
        byte[] whole = new byte[first.length + remaining.length];
        System.arraycopy(first, 0, whole, 0, first.length);
        System.arraycopy(remaining, 0, whole, first.length, remaining.length);
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(whole);
            return false;
        } catch (java.io.IOException notJson) {
            return true;
        }
    }

    private String summaryWithoutTime(String instance, String round) {
        Harness.Answer answer = harness.get(instance + "/api/v1/rounds/" + round + "/summary", harness.tokens.of("bob"));
        return answer.status() + " " + answer.body().replaceAll("\"generatedAt\"\\s*:\\s*\"[^\"]*\"", "");
    }
}
