package vn.gov.quangngai.baocao.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Collects the measurements of one benchmark run and writes docs/benchmarks.md with its charts. */
final class BenchReport {

    private final StringBuilder startup = new StringBuilder();
    private final StringBuilder submits = new StringBuilder();
    private final StringBuilder cpu = new StringBuilder();
    private final StringBuilder feed = new StringBuilder();
    private final StringBuilder summaries = new StringBuilder();
    private final StringBuilder documents = new StringBuilder();
    private final StringBuilder memory = new StringBuilder();
    private final StringBuilder registry = new StringBuilder();
    private final List<String> verdicts = new ArrayList<>();
    private final List<BarChart.Group> summaryBars = new ArrayList<>();
    private List<BarChart.Group> submitBars;
    private BarChart.Group latencyBars;
    private int reportBytes;
    private int reportSections;
    private int reportFigures;
    private int repeats;
    private final List<String> failures = new ArrayList<>();
    /** The source this run measures, read as it starts. */
    private final SourceVersion source = SourceVersion.now();

    void startup(Suite suite) {
        startup.append(row("report-service", seconds(suite.reportService.startup().toMillis()), suite.reportService.residentMiB() + " MiB"));
        startup.append(row("aggregation-service", seconds(suite.aggregationService.startup().toMillis()), suite.aggregationService.residentMiB() + " MiB"));
    }

    /** The submitted body's size, and its sections and figures as counted in it, for the page's description of it. */
    void report(String body) {
        reportBytes = body.getBytes(StandardCharsets.UTF_8).length;
        try {
            JsonNode json = new ObjectMapper().readTree(body);
            reportSections = json.path("sections").size();
            reportFigures = json.path("indicators").size();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the benchmark's report body is not JSON", e);
        }
    }

    /** The full-speed phases of one way of submitting, in turns with its baseline: the baseline's rate and the load's result of each turn. */
    static final class FullSpeed {

        private final List<Double> baselines = new ArrayList<>();
        private final List<SubmitLoad.Result> runs = new ArrayList<>();

        void baseline(double reportsPerSecond) {
            baselines.add(reportsPerSecond);
        }

        void run(SubmitLoad.Result result) {
            runs.add(result);
        }

        /** The run of median rate, whose latencies and CPU are the ones shown. */
        SubmitLoad.Result median() {
            return runs.stream().sorted(Comparator.comparingDouble(SubmitLoad.Result::perSecond)).toList().get(runs.size() / 2);
        }

        double baselineMedian() {
            return new Stats(baselines).median();
        }

        List<Double> rates() {
            return runs.stream().map(SubmitLoad.Result::perSecond).toList();
        }
    }

    /**
     * @param twoSteps PUT + submit, in turns with the baseline of its two transactions
     * @param inOne the one-request submission, in turns with the baseline of its one transaction
     * @param half PUT + submit at half the median full-speed rate
     * @param watched a second half-rate phase, in which every submit is timed until aggregation-service shows it
     */
    void submits(FullSpeed twoSteps, FullSpeed inOne, SubmitLoad.Result half, SubmitLoad.Result watched, Suite suite) {
        double baseline = twoSteps.baselineMedian();
        SubmitLoad.Result full = twoSteps.median();
        repeats = twoSteps.baselines.size();
        Stats fullSubmit = new Stats(full.submitMillis());
        Stats fullPut = new Stats(full.putMillis());
        Stats halfSubmit = new Stats(half.submitMillis());
        Stats visible = new Stats(watched.visibleMillis());
        double ratio = full.perSecond() / baseline;
        submits.append(row("JDBC baseline: the same rows, two transactions a report", f(baseline) + " reports/s" + range(twoSteps.baselines), "", "", "1.00"));
        submits.append(row("PUT draft + submit, full speed (median run: " + full.submits() + " reports, " + full.failures() + " failed)",
                f(full.perSecond()) + " submits/s" + range(twoSteps.rates()), ms(fullSubmit.median()) + " / " + ms(fullSubmit.percentile(99)),
                ms(fullPut.median()) + " / " + ms(fullPut.percentile(99)), f2(ratio)));
        submits.append(row("the same at half that rate (" + half.submits() + " reports)", f(half.perSecond()) + " submits/s",
                ms(halfSubmit.median()) + " / " + ms(halfSubmit.percentile(99)), "", f2(half.perSecond() / baseline)));
        double oneBaseline = inOne.baselineMedian();
        SubmitLoad.Result one = inOne.median();
        Stats oneSubmit = new Stats(one.submitMillis());
        submits.append(row("JDBC baseline: the same rows, one transaction a report", f(oneBaseline) + " reports/s" + range(inOne.baselines), "", "", "1.00"));
        submits.append(row("one request, `Prefer: return=minimal`, full speed (median run: " + one.submits() + " reports, " + one.failures() + " failed)",
                f(one.perSecond()) + " submits/s" + range(inOne.rates()), ms(oneSubmit.median()) + " / " + ms(oneSubmit.percentile(99)), "",
                f2(one.perSecond() / oneBaseline)));
        cpu.append(cpuRow("full speed", full));
        cpu.append(cpuRow("one request, full speed", one));
        cpu.append(cpuRow("half rate", half));
        cpu.append(cpuRow("half rate, watching the summary", watched));
        verdict("Submits reach at least 40% of the JDBC baseline's rate (reports per second)", ratio >= 0.40, f2(ratio) + " of the baseline");
        verdict("Submit p99 under 50 ms at half the sustained rate", halfSubmit.percentile(99) < 50, ms(halfSubmit.percentile(99)) + " p99");
        feed.append(row("submit → visible in aggregation-service, at half rate (" + visible.count() + " submits, " + f(watched.perSecond()) + "/s)",
                ms(visible.median()), ms(visible.percentile(99))));
        verdict("Submit to summary under 1 s at p99, with the nudge", visible.percentile(99) < 1000, ms(visible.percentile(99)) + " p99");
        submitBars = List.of(new BarChart.Group("PUT + submit", baseline, full.perSecond()), new BarChart.Group("one request", oneBaseline, one.perSecond()));
        latencyBars = new BarChart.Group("half rate, ms", halfSubmit.median(), halfSubmit.percentile(99), visible.percentile(99));
        memory.append(row("after the submit phase", suite.reportService.residentMiB() + " MiB", suite.aggregationService.residentMiB() + " MiB"));
    }

    /** " (lowest–highest)" of repeated runs. */
    private static String range(List<Double> values) {
        Stats stats = new Stats(values);
        return " (" + f(stats.percentile(0)) + "–" + f(stats.percentile(100)) + ")";
    }

    /** CPU milliseconds per submit of each part of the suite, and the share of the machine left idle. */
    private static String cpuRow(String phase, SubmitLoad.Result result) {
        List<String> cells = new ArrayList<>();
        cells.add(phase);
        double total = 0;
        for (String part : CpuMeter.PARTS) {
            double millis = result.cpuMillisPerSubmit(part);
            total += millis;
            cells.add(f(millis));
        }
        cells.add(f(total));
        double machineSeconds = result.elapsed().toMillis() / 1000.0 * Runtime.getRuntime().availableProcessors();
        cells.add(String.format(Locale.ROOT, "%.0f%%", 100 * result.cpuSeconds().getOrDefault(CpuMeter.IDLE, 0.0) / machineSeconds));
        return row(cells.toArray(String[]::new));
    }

    void catchUp(double[] backlog) {
        feed.append(row("catch-up after a restart: " + (int) backlog[0] + " submissions made while aggregation-service was down",
                f(backlog[1]) + " s", f(backlog[2]) + " reports/s taken in"));
    }

    void summary(int agencies, List<Double> summaryMillis, List<Double> bareMillis, List<Double> everyRowMillis, long bytes, long residentMiB) {
        double summary = new Stats(summaryMillis).median();
        double bare = new Stats(bareMillis).median();
        double everyRow = new Stats(everyRowMillis).median();
        summaries.append(row(String.format(Locale.ROOT, "%,d", agencies), ms(summary), ms(bare), f2(summary / bare), ms(everyRow), f2(summary / everyRow),
                String.format(Locale.ROOT, "%.1f MB", bytes / 1e6), residentMiB + " MiB"));
        summaryBars.add(new BarChart.Group(String.format(Locale.ROOT, "%,d agencies", agencies), bare, everyRow, summary));
        if (agencies == 10_000) {
            verdict("Summary of 10,000 agencies within 3× the bare SQL aggregation", summary / bare <= 3, f2(summary / bare) + "×");
        }
    }

    void document(int agencies, double millis, long bytes, long residentBefore, long residentAfter) {
        documents.append(row(String.format(Locale.ROOT, "%,d", agencies), ms(millis), String.format(Locale.ROOT, "%.0f kB", bytes / 1e3),
                residentBefore + " → " + residentAfter + " MiB"));
    }

    void documentFailed(int agencies, long residentBefore, long residentAfter, String failure) {
        String why = failure.replace('|', '/').replaceAll("\\s+", " ");
        documents.append(row(String.format(Locale.ROOT, "%,d", agencies), "**failed**: " + why, "", residentBefore + " → " + residentAfter + " MiB"));
        verdict("Word document for " + String.format(Locale.ROOT, "%,d", agencies) + " agencies", false, why + " at -Xmx" + System.getProperty("suite.service-heap", "512m"));
    }

    void registryList(RegistryListBench.Result result) {
        double dry = new Stats(result.dryRun()).median();
        double real = new Stats(result.realRun()).median();
        double baseline = new Stats(result.baseline()).median();
        registry.append(row("dry run (`?dryRun=true`)", seconds(dry), f(RegistryListBench.LINES / (dry / 1000)) + " lines/s", f(dry / baseline) + "×"));
        registry.append(row("real run", seconds(real), f(RegistryListBench.LINES / (real / 1000)) + " lines/s", f(real / baseline) + "×"));
        registry.append(row("baseline: JDBC batch insert of the %,d new agencies and their periods".formatted(RegistryListBench.NEW), seconds(baseline), "", "1.0×"));
        verdict("A registry list of 20,000 lines in under 10 s", real < 10_000 && dry < 10_000, "dry run " + seconds(dry) + ", real run " + seconds(real));
    }

    void loadedMemory(Suite suite) {
        memory.append(row("after the summaries and documents", suite.reportService.residentMiB() + " MiB", suite.aggregationService.residentMiB() + " MiB"));
    }

    void write(Path docs) {
        Path images = docs.resolve("images");
        BarChart.write(images.resolve("bench-submits.png"), "Submit path vs the same rows over JDBC (medians)", "per second",
                List.of("JDBC baseline (reports/s)", "over the API (submits/s)"), submitBars);
        BarChart.write(images.resolve("bench-latency.png"), "At half the sustained rate", "ms",
                List.of("submit p50", "submit p99", "visible in summary p99"), List.of(latencyBars));
        BarChart.write(images.resolve("bench-summary.png"), "Summary vs the bare SQL aggregation and the floor (median)", "ms",
                List.of("bare SQL aggregation", "SQL reading the answer's rows", "GET /summary"), summaryBars);
        String text = """
                # Benchmarks

                Made by `deploy/bench/run.sh` from %s, finished %s; every figure down to the hand-written
                part at the end comes from that one run. The machine: %s. These machines are shared and
                noisy: read the ratios to the baselines measured in the same run, not the absolute numbers.
                %s
                The run starts the whole suite as the system tests do (one embedded PostgreSQL 17, the real
                Keycloak, both services from their packaged jars with `-Xmx512m` and the options of
                `deploy/service-jvm.options`, everything on loopback),
                makes one submitter per agency through Keycloak's admin API and loads data through the
                public API with their real tokens, from %d client threads (the JDK's HTTP client, kept-alive
                connections). Before anything is timed, the services are loaded for %d s unmeasured: right
                after a start their JIT compilers take a large share of the 2 cores. Each timed phase lasts
                %d s.

                ## Targets

                | target | met | measured |
                | --- | --- | --- |
                %s
                ## Submit path

                A submission is the seed report's size and shape (%,d bytes: its text over %d sections, %d
                figures): `PUT` the draft, then `POST …/submit`, by the 32 agencies of the registry in
                parallel, each with its own token. The baseline writes the same rows straight over JDBC with
                as many clients: the draft (the same JSON) with its audit event in one transaction, then the
                frozen version, its audit event, its feed row and the report's new status in another. A `PUT`
                not answered 2xx or a submit not answered 200 counts as failed.

                The one-request submission sends the same body to `POST …/submissions` with
                `Prefer: return=minimal`: report-service checks it as it checks a `PUT`, saves it and freezes
                it as the next version in one transaction, and answers 201 with no body,
                `Preference-Applied: return=minimal` and a `Location` naming the version. Every answer is
                checked for exactly that (version 1: each report is new); anything else counts as failed. Its
                own baseline writes the rows of that one transaction over JDBC, in one transaction: the draft's
                audit event, the frozen version, the submit's audit event, the report row (draft, status and
                version in one update) and the feed row. Neither way sends an Idempotency-Key. After the
                warm-up above, the one-request submission is loaded for %s s more, unmeasured.

                Each baseline and its full-speed phase run in turns, %d times each, the two ways of
                submitting one after the other: the rates are their medians, with the lowest and highest in
                brackets, and each ratio is to its own baseline, median to median. The latencies and the CPU
                are those of the median full-speed run; for the one request, "submit" is that request.

                | what | rate | submit p50 / p99 | PUT p50 / p99 | ratio to its baseline |
                | --- | --- | --- | --- | --- |
                %s
                Where the CPU went: milliseconds of CPU time per report (PUT + submit, or the one request) by each part of the
                suite, read from `/proc` before and after each phase, and the share of the machine's cores
                left idle. The JIT compiler threads of each JVM are counted apart ("… JIT"). The last
                phase is the feed measurement below: the same half rate, with the summary watched.

                | phase | %s | total | idle |
                %s
                %s
                ![submits](images/bench-submits.png) ![latency](images/bench-latency.png)

                ## Following the feed

                Every submit of a half-rate phase is timed from its answer until aggregation-service shows
                it: one thread reads the completeness of each round with submits not yet seen, every %d ms,
                and notes when an agency leaves the missing list. The phase starts once aggregation-service
                has taken in the whole feed, so it measures the nudge and the follower, not an earlier backlog.

                | what | p50 or time | p99 or rate |
                | --- | --- | --- |
                %s
                ## Summary

                Rounds of 100, 1,000 and 10,000 agencies × 30 figures × 12 sections (%d characters of
                the seed's text in each section) are written straight into aggregation-service's tables (this measures the consolidation, not the feed). The
                summary is `GET /api/v1/rounds/{round}/summary` over HTTP, the whole JSON read (median of 5
                after one warm-up); the baseline is the bare SQL aggregation of the same figures (SUM, MIN,
                MAX, COUNT per figure over the chosen versions) over JDBC. Memory is aggregation-service's
                resident set after the request (`VmRSS`). The answer holds every agency's value of every
                figure and every section text, so its size grows with the number of agencies; the second
                baseline reads exactly those rows over JDBC (every figure value with its agency, every
                section text) and builds nothing from them: the floor under any answer of this shape.

                | agencies | summary | bare SQL aggregation | ratio | SQL reading every row of the answer | ratio | answer size | aggregation-service RSS |
                | --- | --- | --- | --- | --- | --- | --- | --- |
                %s
                ![summary](images/bench-summary.png)

                ## Word document

                `GET …/summary.docx` (median of 3 after one warm-up).

                | agencies | time | size | aggregation-service RSS before → after |
                | --- | --- | --- | --- |
                %s
                ## Agency registry list

                A list of %,d agencies (%,d new, one line in ten an agency already there) sent as CSV to
                `POST /api/v1/agencies/import` with the administrator's token, kinds written as words (`xã`),
                as a registry keeper's spreadsheet has them; median of %d runs, each on codes not used before.
                The baseline inserts the same new agencies and their periods into report-service's tables in
                two JDBC batches, in one transaction rolled back.

                | request | time | lines per second | ÷ baseline |
                | --- | --- | --- | --- |
                %s
                ## Start-up and memory

                | service | start to ready | resident memory, idle |
                | --- | --- | --- |
                %s
                | moment | report-service RSS | aggregation-service RSS |
                | --- | --- | --- |
                %s
                ## Reproduce

                ```bash
                deploy/bench/run.sh              # about 15 minutes; rewrites this file and docs/images/bench-*.png
                deploy/bench/run.sh --findings   # puts a revised deploy/bench/findings.md in, without a new run
                ```

                `-Dbench.seconds=N`, `-Dbench.threads=N` and `-Dbench.warm-up-seconds=N` (passed through `run.sh`) change the phase
                length, the number of clients and the warm-up. `-Dbench.only=submits -Dbench.docs=DIR` runs the submit and feed
                measurements alone and writes them to `DIR`. To profile, add
                `-Dsuite.service-jvm-args="-XX:StartFlightRecording=filename=/tmp/{name}.jfr,settings=profile"`.

                ---

                # Written by hand: findings and changes

                Not made by the run above: `deploy/bench/findings.md`, kept by hand and copied in as it is. Its figures come from
                the runs it names, not necessarily from this one.

                %s""".formatted(source.describe(), OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES), Machine.describe(), failuresText(),
                SuiteBenchmarkSettings.threads(),
                SuiteBenchmarkSettings.warmUpSeconds(), SuiteBenchmarkSettings.seconds(), String.join("", verdicts), reportBytes, reportSections, reportFigures,
                f(SuiteBenchmarkSettings.oneRequestWarmUp().toMillis() / 1000.0), repeats, submits, String.join(" | ", CpuMeter.PARTS), "| --- ".repeat(CpuMeter.PARTS.size() + 3) + "|", cpu,
                SubmitLoad.VisibilityWatch.POLL_MILLIS, feed, SuiteBenchmark.SECTION_CHARS, summaries, documents,
                RegistryListBench.LINES, RegistryListBench.NEW, SuiteBenchmark.REGISTRY_RUNS, registry, startup, memory, findings());
        try {
            Files.createDirectories(docs);
            Files.writeString(docs.resolve("benchmarks.md"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What was changed and found, written by hand in deploy/bench/findings.md and kept between
     * markers, so that deploy/bench/run.sh --findings can put a revised text in without a new run.
     */
    private static String findings() {
        try {
            return FINDINGS_START + "\n" + Files.readString(Path.of(System.getProperty("bench.findings")), StandardCharsets.UTF_8).strip() + "\n" + FINDINGS_END + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Something the run expected and did not see (a failed submit, a submit never seen); listed in the page and failing the run. */
    void failure(String failure) {
        failures.add(failure);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    private String failuresText() {
        if (failures.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n**The run failed**: what it expected and did not see:\n\n");
        failures.forEach(failure -> text.append("- ").append(failure).append('\n'));
        return text.toString();
    }

    static final String FINDINGS_START = "<!-- findings: deploy/bench/findings.md -->";
    static final String FINDINGS_END = "<!-- end of findings -->";

    private void verdict(String target, boolean met, String measured) {
        verdicts.add(row(target, met ? "yes" : "**no**", measured));
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String f2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
