package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks of docs/benchmarks.md, each beside a baseline measured in the same run on the
 * same machine: submits, in two requests and in one, each against plain JDBC writes of the rows its
 * transactions write, the summary against the bare SQL aggregation, the feed's delay, start-up and
 * memory, the Word document. Run by deploy/bench/run.sh (Maven profile "benchmarks"); not part of
 * ./mvnw verify.
 */
class SuiteBenchmark {

    private static final List<String> AGENCIES = List.of("SNV", "STC", "SKHDT", "STP", "SCT", "SGDDT", "SYT", "SLDTBXH", "SVHTTDL", "STNMT",
            "STTTT", "SGTVT", "SXD", "SNNPTNT", "SKHCN", "TTT", "VPUBND", "BDT", "BQLKKT", "TPQN", "DUCPHO", "BINHSON", "SONTINH", "TUNGHIA",
            "NGHIAHANH", "MODUC", "MINHLONG", "SONHA", "SONTAY", "TRABONG", "BATO", "LYSON");
    private static final int THREADS = SuiteBenchmarkSettings.threads();
    static final int SECTION_CHARS = 200;
    /** Runs of the 20,000-line registry list, each a dry run and a real run; the median is reported. */
    static final int REGISTRY_RUNS = 3;
    private static final Duration PHASE = Duration.ofSeconds(SuiteBenchmarkSettings.seconds());
    private static final int REPEATS = 3;
    private static final Duration WARM_UP = Duration.ofSeconds(SuiteBenchmarkSettings.warmUpSeconds());

    private final BenchReport report = new BenchReport();

    @Test
    void measureAndWriteDocsBenchmarksMd() throws Exception {
        Suite suite = Suite.get();
        report.startup(suite);
        String seed = Files.readString(Path.of(System.getProperty("suite.seed-report")), StandardCharsets.UTF_8);
        String body = ReportBodies.seedSized(seed);
        report.report(body);

        FreshTokens tokens = new FreshTokens(suite.tokens);
        Map<String, String> submitters = BenchUsers.submitters(suite, AGENCIES);
        SubmitLoad load = new SubmitLoad(suite, submitters, tokens, body, SubmitLoad.Way.DRAFT_THEN_SUBMIT);
        SubmitLoad oneRequest = new SubmitLoad(suite, submitters, tokens, body, SubmitLoad.Way.ONE_REQUEST);
        SubmitBaselines jdbc = new SubmitBaselines(suite, body, THREADS, PHASE);

        // the services' JIT compilers are busy for a while after start: measure them warmed up, as they run in service
        checked("the warm-up", load.run(tasks(suite, tokens.of("bob"), 40), THREADS, WARM_UP, 0, true));
        double oneRequestRate = checked("the warm-up of the one-request submission",
                oneRequest.run(tasks(suite, tokens.of("bob"), 60), THREADS, SuiteBenchmarkSettings.oneRequestWarmUp(), 0, false)).perSecond();
        // baseline and full speed in turns, REPEATS of each and of both ways of submitting, their medians set
        // side by side; every timed phase starts with the feed taken in, so that no earlier backlog competes with it
        BenchReport.FullSpeed twoSteps = new BenchReport.FullSpeed();
        BenchReport.FullSpeed inOne = new BenchReport.FullSpeed();
        for (int i = 0; i < REPEATS; i++) {
            awaitFeedTakenIn(suite, tokens.of("bob"));
            twoSteps.baseline(jdbc.twoTransactions());
            ConcurrentLinkedQueue<SubmitLoad.Task> tasks = tasks(suite, tokens.of("bob"), 60);
            awaitFeedTakenIn(suite, tokens.of("bob"));
            twoSteps.run(checked("full speed, run " + (i + 1), load.run(tasks, THREADS, PHASE, 0, false)));

            awaitFeedTakenIn(suite, tokens.of("bob"));
            inOne.baseline(jdbc.oneTransaction());
            ConcurrentLinkedQueue<SubmitLoad.Task> oneTasks = tasks(suite, tokens.of("bob"), roundsFor(oneRequestRate));
            awaitFeedTakenIn(suite, tokens.of("bob"));
            SubmitLoad.Result one = checked("one request, full speed, run " + (i + 1), oneRequest.run(oneTasks, THREADS, PHASE, 0, false));
            inOne.run(one);
            oneRequestRate = Math.max(oneRequestRate, one.perSecond());
        }
        SubmitLoad.Result full = twoSteps.median();
        ConcurrentLinkedQueue<SubmitLoad.Task> halfTasks = tasks(suite, tokens.of("bob"), 40);
        awaitFeedTakenIn(suite, tokens.of("bob"));
        SubmitLoad.Result half = checked("half rate", load.run(halfTasks, THREADS, PHASE, full.perSecond() / 2, false));
        ConcurrentLinkedQueue<SubmitLoad.Task> watchedTasks = tasks(suite, tokens.of("bob"), 40);
        awaitFeedTakenIn(suite, tokens.of("bob"));
        SubmitLoad.Result watched = checked("half rate, watching the summary", load.run(watchedTasks, THREADS, PHASE, full.perSecond() / 2, true));
        report.submits(twoSteps, inOne, half, watched, suite);
        if (SuiteBenchmarkSettings.submitsOnly()) {
            report.write(Path.of(System.getProperty("suite.docs")));
            assertThat(report.failures()).as("what the benchmark expected and did not see (benchmarks.md lists them)").isEmpty();
            return;
        }

        report.catchUp(catchUp(suite, tokens.of("bob"), load));

        DataSource aggregation = suite.postgres.getDatabase("postgres", "aggregation");
        SummaryDataLoader loader = new SummaryDataLoader(aggregation);
        // 200 characters a section: 10,000 agencies × 12 sections is then a 24 MB answer of text alone
        String sectionText = seed.substring(0, Math.min(seed.length(), SECTION_CHARS));
        for (int agencies : new int[] {100, 1_000, 10_000}) {
            String round = "BENCH-" + agencies;
            loader.load(round, agencies, sectionText);
            report.summary(agencies, summaryMillis(suite, tokens.of("bob"), round, "/summary", 5), bareSqlMillis(aggregation, round, 5), everyRowSqlMillis(aggregation, round, 5),
                    summaryBytes(suite, tokens.of("bob"), round), suite.aggregationService.residentMiB());
        }
        loader.load("BENCH-30", 30, seed.substring(0, Math.min(seed.length(), 3000)));
        loader.load("BENCH-300", 300, sectionText);
        for (int agencies : new int[] {30, 300, 1_000}) {
            String round = "BENCH-" + agencies;
            long before = suite.aggregationService.residentMiB();
            try {
                List<Double> millisList = summaryMillis(suite, tokens.of("bob"), round, "/summary.docx", 3);
                report.document(agencies, new Stats(millisList).median(), docxBytes(suite, tokens.of("bob"), round), before, suite.aggregationService.residentMiB());
            } catch (RuntimeException failed) {
                report.documentFailed(agencies, before, suite.aggregationService.residentMiB(), failed.getMessage() + logTail(suite));
                suite.aggregationService.close();
                suite.aggregationService.start();
            }
        }
        // last, as its 54,000 new agencies stay in the registry
        report.registryList(new RegistryListBench(suite, tokens).measure(REGISTRY_RUNS));
        report.loadedMemory(suite);
        report.write(Path.of(System.getProperty("suite.docs")));
        assertThat(report.failures()).as("what the benchmark expected and did not see (benchmarks.md lists them)").isEmpty();
    }

    /** A phase's result, its failed and never-seen submits noted as failures of the run: figures measured with them would mislead. */
    private SubmitLoad.Result checked(String phase, SubmitLoad.Result result) {
        if (result.failures() > 0) {
            report.failure(phase + ": " + result.failures() + " of " + (result.failures() + result.submits()) + " reports not saved and submitted (no answer or not 2xx)");
        }
        if (result.unseen() > 0) {
            report.failure(phase + ": " + result.unseen() + " submits not seen in aggregation-service within 30 s");
        }
        return result;
    }

    /** The last error aggregation-service logged (", log: …"), to say why a document could not be made; empty when none. */
    private static String logTail(Suite suite) {
        try {
            List<String> lines = Files.readAllLines(Path.of(System.getProperty("suite.logs"), "aggregation-service.log"));
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).contains("OutOfMemoryError") || lines.get(i).contains(" ERROR ")) {
                    return ", log: " + lines.get(i).strip();
                }
            }
        } catch (java.io.IOException e) {
            return ", log unreadable";
        }
        return "";
    }

    /**
     * Rounds enough for a timed phase at twice the highest rate seen so far, and never fewer than
     * the two-step phase's 60: a phase that runs out of reports ends early and measures less.
     */
    private static int roundsFor(double perSecond) {
        return Math.max(60, (int) Math.ceil(perSecond * 2 * PHASE.toSeconds() / AGENCIES.size()));
    }

    /** Rounds with every agency expected, queued round by round so that parallel clients act for different agencies. */
    private static ConcurrentLinkedQueue<SubmitLoad.Task> tasks(Suite suite, String reviewer, int rounds) {
        ConcurrentLinkedQueue<SubmitLoad.Task> tasks = new ConcurrentLinkedQueue<>();
        for (int r = 0; r < rounds; r++) {
            String round = SuiteRounds.open(suite, reviewer, "2099-11-15", AGENCIES);
            AGENCIES.forEach(agency -> tasks.add(new SubmitLoad.Task(round, agency)));
        }
        return tasks;
    }

    /** aggregation-service stopped, submissions made, started again: seconds to take them all in, and items per second. */
    private double[] catchUp(Suite suite, String reviewer, SubmitLoad load) throws InterruptedException {
        ConcurrentLinkedQueue<SubmitLoad.Task> tasks = tasks(suite, reviewer, 10);
        suite.aggregationService.close();
        SubmitLoad.Result backlog = checked("the backlog for the catch-up", load.run(tasks, THREADS, Duration.ofMinutes(5), 0, false));
        long head = feedHead(suite, reviewer);
        suite.aggregationService.start();
        Instant ready = Instant.now();
        awaitCursor(suite, head);
        double seconds = Duration.between(ready, Instant.now()).toMillis() / 1000.0;
        return new double[] {backlog.submits(), seconds, backlog.submits() / Math.max(seconds, 0.001)};
    }

    /** Waits until aggregation-service's cursor reaches the end of report-service's feed. */
    private static void awaitFeedTakenIn(Suite suite, String reviewer) throws InterruptedException {
        awaitCursor(suite, feedHead(suite, reviewer));
    }

    /** Waits until aggregation-service's cursor reaches {@code seq} (5 minutes at most). */
    private static void awaitCursor(Suite suite, long seq) {
        Awaitility.await("aggregation-service taking in the feed up to seq " + seq + " (see its log)").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(50)).until(() -> cursor(suite) >= seq);
    }

    /** Pages of 1,000 read at most to find the feed's end: ten million items, far more than a run writes. */
    private static final int MAX_FEED_PAGES = 10_000;

    /** The seq of report-service's latest feed item, read page by page from the start; an answer other than a page fails the run. */
    private static long feedHead(Suite suite, String reviewer) {
        long next = 0;
        for (int page = 0; page < MAX_FEED_PAGES; page++) {
            long after = next;
            next = given().baseUri(suite.reportService.baseUrl()).auth().oauth2(reviewer).queryParam("after", after).queryParam("limit", 1000)
                    .get("/api/v1/changes").then().statusCode(200).extract().jsonPath().getLong("next");
            if (next == after) {
                return next;
            }
            if (next < after) {
                throw new IllegalStateException("the feed went back from seq " + after + " to " + next);
            }
        }
        throw new IllegalStateException("the feed did not end within " + MAX_FEED_PAGES + " pages");
    }

    private static long cursor(Suite suite) {
        return given().baseUri(suite.aggregationService.baseUrl()).get("/q/health/ready").then().extract().jsonPath()
                .getLong("checks.find { it.name == 'report-service change feed' }.data.cursor");
    }

    private static List<Double> summaryMillis(Suite suite, String reviewer, String round, String path, int runs) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long t0 = System.nanoTime();
            var answer = given().baseUri(suite.aggregationService.baseUrl()).auth().oauth2(reviewer).get("/api/v1/rounds/" + round + path);
            if (answer.statusCode() != 200) {
                String body = answer.asString();
                throw new IllegalStateException("HTTP " + answer.statusCode() + " " + body.substring(0, Math.min(body.length(), 300)));
            }
            answer.asByteArray();
            if (i > 0) {
                times.add((System.nanoTime() - t0) / 1e6);
            }
        }
        return times;
    }

    private static long summaryBytes(Suite suite, String reviewer, String round) {
        return given().baseUri(suite.aggregationService.baseUrl()).auth().oauth2(reviewer).get("/api/v1/rounds/" + round + "/summary")
                .then().extract().asByteArray().length;
    }

    private static long docxBytes(Suite suite, String reviewer, String round) {
        return given().baseUri(suite.aggregationService.baseUrl()).auth().oauth2(reviewer).get("/api/v1/rounds/" + round + "/summary.docx")
                .then().extract().asByteArray().length;
    }

    /**
     * What any summary of this shape must read: every figure value of the chosen versions with its
     * agency, and every section text, over JDBC with nothing built from them. The floor under the
     * summary's time, beside the bare aggregation.
     */
    private static List<Double> everyRowSqlMillis(DataSource aggregation, String round, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        try (Connection connection = aggregation.getConnection();
             PreparedStatement figures = connection.prepareStatement("""
                     SELECT f.code, f.agency_code, a.agency_name, f.version, f.number_value, f.bool_value, f.text_value
                     FROM figure_value f JOIN round_agency a ON a.round_code = f.round_code AND a.agency_code = f.agency_code AND a.current_version = f.version
                     WHERE f.round_code = ? AND a.status IN ('SUBMITTED', 'ACCEPTED') ORDER BY f.code, a.position""");
             PreparedStatement texts = connection.prepareStatement("""
                     SELECT v.agency_code, a.agency_name, v.version, s->>'key', s->>'text'
                     FROM report_version v JOIN round_agency a ON a.round_code = v.round_code AND a.agency_code = v.agency_code AND a.current_version = v.version
                     CROSS JOIN LATERAL jsonb_array_elements(COALESCE(v.content->'sections', '[]'::jsonb)) s
                     WHERE v.round_code = ? AND a.status IN ('SUBMITTED', 'ACCEPTED') ORDER BY a.position""")) {
            connection.setAutoCommit(false);
            figures.setFetchSize(2000);
            texts.setFetchSize(2000);
            for (int i = 0; i < runs + 1; i++) {
                long t0 = System.nanoTime();
                for (PreparedStatement query : List.of(figures, texts)) {
                    query.setString(1, round);
                    try (var rows = query.executeQuery()) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int c = 1; c <= columns; c++) {
                                rows.getObject(c);
                            }
                        }
                    }
                }
                connection.commit();
                if (i > 0) {
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        return times;
    }

    /** The bare aggregation: SUM/MIN/MAX/COUNT of every figure over the round's chosen versions, one SQL query. */
    private static List<Double> bareSqlMillis(DataSource aggregation, String round, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        try (Connection connection = aggregation.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT f.code, SUM(f.number_value), MIN(f.number_value), MAX(f.number_value), COUNT(*) FILTER (WHERE f.number_value <> 0), COUNT(*)
                     FROM figure_value f JOIN round_agency a ON a.round_code = f.round_code AND a.agency_code = f.agency_code AND a.current_version = f.version
                     WHERE f.round_code = ? AND a.status IN ('SUBMITTED', 'ACCEPTED') GROUP BY f.code""")) {
            query.setString(1, round);
            for (int i = 0; i < runs + 1; i++) {
                long t0 = System.nanoTime();
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        rows.getBigDecimal(2);
                    }
                }
                if (i > 0) {
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        return times;
    }
}
