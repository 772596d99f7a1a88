package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** report-service → change feed → aggregation-service, with real tokens, real HTTP and the nudge. */
class AggregationIT {

    private static Suite suite;
    private static String bob;
    private static String vera;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        bob = suite.tokens.forDemoUser("bob");
        vera = suite.tokens.forDemoUser("vera");
    }

    static RequestSpecification reports(String token) {
        return given().baseUri(suite.reportService.baseUrl()).auth().oauth2(token).contentType("application/json");
    }

    static RequestSpecification summaries(String token) {
        return given().baseUri(suite.aggregationService.baseUrl()).auth().oauth2(token);
    }

    static String openRound(String deadline, String... agencies) {
        return SuiteRounds.open(suite, bob, deadline, java.util.List.of(agencies));
    }

    static void submit(String token, String round, String agency, String body) {
        String path = "/api/v1/rounds/" + round + "/reports/" + agency;
        reports(token).body(body).put(path).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        reports(token).post(path + "/submit").then().statusCode(200);
    }

    static String figures(int procedures, int periodic, int models, boolean hasModel, String text) {
        return """
                {"sections": [{"key": "II.6", "text": "%s"}],
                 "indicators": [{"code": "II.2.procedures_total", "value": %d}, {"code": "II.3.receptions_periodic", "value": %d},
                                {"code": "II.3.receptions_adhoc", "value": 0}, {"code": "II.6.models", "value": %d},
                                {"code": "II.6.has_model", "value": %b}]}""".formatted(text, procedures, periodic, models, hasModel);
    }

    /** The summary once it satisfies {@code ready}, or fails after {@code within}. */
    static JsonPath awaitSummary(String round, String basis, Duration within, Predicate<JsonPath> ready) {
        AtomicReference<JsonPath> last = new AtomicReference<>();
        try {
            return Awaitility.await("summary of " + round).atMost(within).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
                var response = summaries(bob).queryParam("basis", basis).get("/api/v1/rounds/" + round + "/summary");
                if (response.statusCode() == 200) {
                    last.set(response.jsonPath());
                }
                return response.statusCode() == 200 ? last.get() : null;
            }, summary -> summary != null && ready.test(summary));
        } catch (ConditionTimeoutException late) {
            throw new AssertionError("summary of " + round + " not as expected within " + within + "; last: "
                    + (last.get() == null ? "none" : last.get().prettify()));
        }
    }

    static long total(JsonPath summary, String code) {
        return summary.getLong("indicators.find { it.code == '" + code + "' }.total");
    }

    @Test
    void threeAgenciesOneReturnedAndResubmittedOneMissing() {
        String alice = suite.tokens.forDemoUser("alice");
        String carol = suite.tokens.forDemoUser("carol");
        String dang = suite.tokens.forDemoUser("dang");
        String round = openRound("2021-11-15", "BDT", "STC", "MINHLONG", "TPQN");

        submit(alice, round, "BDT", figures(2, 0, 1, true, "Ban Dân tộc đăng ký 01 mô hình \\\"Dân vận khéo\\\"."));
        submit(carol, round, "STC", figures(40, 3, 2, true, "Sở Tài chính: bản đầu."));
        JsonPath beforeReturn = awaitSummary(round, "submitted", Duration.ofSeconds(5), s -> s.getList("versions").size() == 2);
        String snapshot = given().baseUri(suite.aggregationService.baseUrl()).auth().oauth2(bob)
                .post("/api/v1/rounds/" + round + "/snapshots").then().statusCode(201).extract().header("Location");
        assertThat(total(beforeReturn, "II.2.procedures_total")).isEqualTo(42);

        reports(bob).body("{\"reason\": \"Đề nghị Sở Tài chính rà soát số thủ tục hành chính.\"}")
                .post("/api/v1/rounds/" + round + "/reports/STC/return").then().statusCode(200);
        submit(carol, round, "STC", figures(38, 3, 2, false, "Sở Tài chính: bản sửa."));
        submit(dang, round, "MINHLONG", "{\"nilReport\": true}");
        reports(bob).post("/api/v1/rounds/" + round + "/reports/BDT/accept").then().statusCode(200);

        JsonPath summary = awaitSummary(round, "submitted", Duration.ofSeconds(5),
                s -> s.getInt("completeness.submitted") == 3 && s.getInt("completeness.accepted") == 1);
        assertThat(total(summary, "II.2.procedures_total")).isEqualTo(40);
        assertThat(summary.getList("indicators.find { it.code == 'II.2.procedures_total' }.byAgency.agency")).containsExactly("BDT", "STC");
        assertThat(summary.getList("indicators.find { it.code == 'II.2.procedures_total' }.byAgency.version")).containsExactly(1, 2);
        assertThat(total(summary, "II.3.receptions_periodic")).isEqualTo(3);
        assertThat(total(summary, "II.6.models")).isEqualTo(3);
        assertThat(total(summary, "II.6.has_model")).isEqualTo(1);
        assertThat(summary.getInt("indicators.find { it.code == 'II.6.has_model' }.reportedBy")).isEqualTo(2);
        assertThat(summary.getList("sections.find { it.key == 'II.6' }.contributions.agencyName"))
                .containsExactly("Ban Dân tộc", "Sở Tài chính", "UBND huyện Minh Long");
        assertThat(summary.getList("sections.find { it.key == 'II.6' }.contributions.text"))
                .containsExactly("Ban Dân tộc đăng ký 01 mô hình \"Dân vận khéo\".", "Sở Tài chính: bản sửa.", "Không phát sinh");
        assertThat(summary.getInt("completeness.expected")).isEqualTo(4);
        assertThat(summary.getInt("completeness.nil")).isEqualTo(1);
        assertThat(summary.getList("completeness.missing.code")).containsExactly("TPQN");
        assertThat(summary.getList("completeness.missing.name")).containsExactly("UBND thành phố Quảng Ngãi");
        assertThat(summary.getList("completeness.late.code")).containsExactly("BDT", "STC", "MINHLONG");

        JsonPath accepted = summaries(vera).queryParam("basis", "accepted").get("/api/v1/rounds/" + round + "/summary")
                .then().statusCode(200).extract().jsonPath();
        assertThat(total(accepted, "II.2.procedures_total")).isEqualTo(2);
        assertThat(accepted.getList("versions.agency")).containsExactly("BDT");

        JsonPath frozen = given().baseUri(suite.aggregationService.baseUrl()).auth().oauth2(bob).get(snapshot)
                .then().statusCode(200).extract().jsonPath();
        assertThat(total(frozen, "II.2.procedures_total")).isEqualTo(42);
        assertThat(frozen.getList("versions.version")).containsExactly(1, 1);
    }

    @Test
    void theNudgeMakesASubmissionVisibleWithinSeconds() {
        String round = openRound("2099-11-15", "BDT");
        Instant submitted = Instant.now();
        submit(suite.tokens.forDemoUser("alice"), round, "BDT", figures(2, 0, 1, true, "x"));
        awaitSummary(round, "submitted", Duration.ofSeconds(5), s -> s.getList("versions").size() == 1);
        // the follower polls every 30 s in this suite: only the nudge explains a summary this fresh
        assertThat(Duration.between(submitted, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void submissionsWhileAggregationIsDownAreTakenInOnceWhenItComesBack() {
        String alice = suite.tokens.forDemoUser("alice");
        String carol = suite.tokens.forDemoUser("carol");
        String round = openRound("2099-11-15", "BDT", "STC");
        awaitRound(round);
        suite.aggregationService.close();
        try {
            submit(alice, round, "BDT", figures(2, 1, 1, true, "BDT"));
            submit(carol, round, "STC", figures(5, 2, 0, false, "STC"));
            reports(bob).body("{\"reason\": \"Bổ sung.\"}").post("/api/v1/rounds/" + round + "/reports/STC/return").then().statusCode(200);
            submit(carol, round, "STC", figures(6, 2, 0, false, "STC sửa"));
        } finally {
            suite.aggregationService.start();
        }
        JsonPath summary = awaitSummary(round, "submitted", Duration.ofSeconds(20), s -> s.getList("versions").size() == 2
                && s.getList("versions.version").contains(2));
        assertThat(total(summary, "II.2.procedures_total")).isEqualTo(8);
        assertThat(total(summary, "II.3.receptions_periodic")).isEqualTo(3);
        assertThat(summary.getInt("indicators.find { it.code == 'II.2.procedures_total' }.reportedBy")).isEqualTo(2);
    }

    @Test
    void submittersCannotReadSummaries() {
        String round = openRound("2099-11-15", "BDT");
        awaitRound(round);
        summaries(suite.tokens.forDemoUser("alice")).get("/api/v1/rounds/" + round + "/summary")
                .then().statusCode(403).contentType("application/problem+json");
        summaries(vera).post("/api/v1/rounds/" + round + "/snapshots").then().statusCode(403);
        summaries(vera).get("/api/v1/rounds/" + round + "/completeness").then().statusCode(200);
    }

    private static void awaitRound(String round) {
        awaitSummary(round, "submitted", Duration.ofSeconds(5), s -> true);
    }
}
