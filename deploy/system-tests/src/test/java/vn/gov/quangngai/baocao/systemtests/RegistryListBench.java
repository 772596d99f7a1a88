package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.gov.quangngai.baocao.identity.KeycloakServer;

/**
 * A list of 20,000 agencies sent to {@code POST /api/v1/agencies/import} as a registry keeper sends
 * it (a dry run, then the real run), beside a baseline measured in the same run: a plain JDBC batch
 * insert of as many agencies and periods into report-service's own tables, rolled back. Each run
 * uses codes not used before, one line in ten an agency already there as the file says it. The new
 * agencies' Keycloak groups are made after the answer, in the background; the time until the last
 * of them is there is measured too, and the next run waits for it.
 */
final class RegistryListBench {

    static final int LINES = 20_000;
    static final int NEW = LINES - LINES / 10;

    /** How long the groups of one run's new agencies may take to be in Keycloak once the list is answered. */
    private static final Duration GROUPS_BOUND = Duration.ofMinutes(10);

    /** Milliseconds of each run: the dry run, the real run, the baseline, and from the real run's answer to the last group in Keycloak. */
    record Result(List<Double> dryRun, List<Double> realRun, List<Double> baseline, List<Double> groups) {
    }

    private final Suite suite;
    private final FreshTokens tokens;

    RegistryListBench(Suite suite, FreshTokens tokens) {
        this.suite = suite;
        this.tokens = tokens;
    }

    /**
     * {@code runs} dry runs and baselines, then one real run and the wait for its groups: every real run
     * adds 18,000 groups, which Keycloak (on its development database here) makes at about a hundred a
     * second, so that three would take the benchmark ten minutes more.
     */
    Result measure(int runs) throws SQLException {
        send(list(0), true);
        Result result = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int run = 1; run <= runs; run++) {
            result.baseline().add(jdbcBaseline(run));
            result.dryRun().add(send(list(run), true));
        }
        result.realRun().add(send(list(1), false));
        long answered = System.nanoTime();
        await().atMost(GROUPS_BOUND).pollInterval(Duration.ofSeconds(1)).until(() -> groupCount("B1-") >= NEW);
        result.groups().add((System.nanoTime() - answered) / 1e6);
        return result;
    }

    /** A file as a person or a spreadsheet writes it: kinds as words, one line in ten Sở Tài chính as it stands. */
    private static String list(int run) {
        StringBuilder csv = new StringBuilder("code,name,kind,parent,validFrom\n");
        for (int i = 1; i <= LINES; i++) {
            csv.append(i % 10 == 0 ? "STC,Sở Tài chính,SO,,2025-07-01\n" : "B%d-%05d,UBND xã Thử nghiệm %d,xã,,2025-07-01\n".formatted(run, i, i));
        }
        return csv.toString();
    }

    /** The time of one request, which must have done what it was asked: the new agencies planned, stored only by the real run. */
    private double send(String csv, boolean dryRun) {
        long start = System.nanoTime();
        JsonPath answer = given().baseUri(suite.reportService.baseUrl()).auth().oauth2(tokens.of("admin")).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", String.valueOf(dryRun))
                .post("/api/v1/agencies/import").then().statusCode(200).extract().jsonPath();
        double millis = (System.nanoTime() - start) / 1e6;
        if (answer.getInt("created") != NEW || answer.getBoolean("applied") == dryRun || !answer.getList("errors").isEmpty()) {
            throw new IllegalStateException("the agency list was not taken as sent (" + (dryRun ? "dry run" : "real run") + "): "
                    + answer.prettify().lines().limit(20).toList());
        }
        return millis;
    }

    /** Agency groups in Keycloak whose name (the agency's code) contains {@code part}, as its admin API counts them. */
    private int groupCount(String part) {
        KeycloakServer keycloak = suite.keycloak;
        String admin = new KeycloakAdmin(keycloak.baseUrl(), keycloak.adminUser(), keycloak.adminPassword()).adminToken();
        return given().auth().oauth2(admin).queryParam("search", part).queryParam("top", true)
                .get(keycloak.baseUrl() + "/admin/realms/baocao/groups/count").then().statusCode(200).extract().path("count");
    }

    /** The agencies and their first periods inserted in two JDBC batches, in one transaction rolled back. */
    private double jdbcBaseline(int run) throws SQLException {
        DataSource report = suite.postgres.getDatabase("postgres", "report");
        try (Connection connection = report.getConnection()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement agency = connection.prepareStatement("INSERT INTO agency (code, sort_order) VALUES (?, ?)");
                 PreparedStatement period = connection.prepareStatement("INSERT INTO agency_period (code, valid_from, name, kind) VALUES (?, ?, ?, ?)")) {
                for (int i = 1; i <= NEW; i++) {
                    String code = "J%d-%05d".formatted(run, i);
                    agency.setString(1, code);
                    agency.setInt(2, 1_000_000 + i);
                    agency.addBatch();
                    period.setString(1, code);
                    period.setObject(2, LocalDate.of(2025, 7, 1));
                    period.setString(3, "UBND xã Thử nghiệm " + i);
                    period.setString(4, "XA");
                    period.addBatch();
                }
                agency.executeBatch();
                period.executeBatch();
            }
            double millis = (System.nanoTime() - start) / 1e6;
            connection.rollback();
            return millis;
        }
    }
}
