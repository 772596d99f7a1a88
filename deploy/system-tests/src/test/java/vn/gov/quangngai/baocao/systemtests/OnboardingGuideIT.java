package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/onboarding.md, step by step: its commands run as written, in order, against the whole suite
 * (real Keycloak, both services), with what SNV does in between (opening the round, returning the
 * report) and checks of what each step did.
 */
class OnboardingGuideIT {

    private static final Path GUIDE = Path.of(System.getProperty("suite.root"), "docs", "onboarding.md");
    private static final String REASON = "Đề nghị bổ sung số lượt tiếp công dân định kỳ của quý IV.";

    private static Suite suite;
    private static String bob;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        bob = suite.tokens.forDemoUser("bob");
    }

    private static RequestSpecification reports(String token) {
        return given().baseUri(suite.reportService.baseUrl()).auth().oauth2(token);
    }

    @Test
    void theGuideTakesMinhLongsSystemFromCredentialsToASubmittedReportAndBack() throws IOException, SQLException {
        String round = SuiteRounds.open(suite, bob, "2099-12-31", List.of("MINHLONG", "STC"));
        String report = "/api/v1/rounds/" + round + "/reports/MINHLONG";
        List<String> secrets = new ArrayList<>();
        String clientId;
        try (DocumentedSteps guide = DocumentedSteps.of(GUIDE, "---", Map.of(
                "KEYCLOAK", suite.keycloak.baseUrl(),
                "API", suite.reportService.baseUrl() + "/api/v1",
                "ADMIN_USER", "admin",
                "ADMIN_PASSWORD", "admin"))) {
            assertThat(guide.count()).as("steps 0 to 9").isEqualTo(10);
            guide.runNext();

            // 1. SNV's admin creates the client
            List<String> listed = guide.runNext();
            clientId = guide.variable("CLIENT_ID");
            secrets.add(guide.variable("CLIENT_SECRET"));
            assertThat(clientId).startsWith("agency-minhlong-");
            assertThat(secrets.get(0)).isNotBlank();
            assertThat(listed).contains("{\"clientId\":\"" + clientId + "\",\"enabled\":true}");

            // 2. the agency system's token acts for MINHLONG
            assertThat(guide.runNext()).containsExactly("{\"agency\":\"MINHLONG\",\"roles\":[\"submitter\"],\"client\":\"" + clientId + "\"}");
            String token = guide.variable("TOKEN");

            // 3. it finds the round SNV just opened
            List<String> roundLines = guide.runNext();
            assertThat(guide.variable("ROUND")).isEqualTo(round);
            assertThat(roundLines.get(0)).startsWith(round + ": Báo cáo kết quả công tác dân vận chính quyền năm 2021, hạn nộp ");
            assertThat(roundLines).contains("  bắt buộc: II.2.procedures_total (Số thủ tục hành chính thuộc thẩm quyền quản lý)");

            // 4. one request: submitted as version 1
            List<String> submitted = guide.runNext();
            assertThat(submitted).hasSize(3);
            assertThat(submitted.get(0)).isEqualTo("201");
            assertThat(submitted.get(1)).isEqualToIgnoringCase("Location: " + report + "/versions/1");
            assertThat(submitted.get(2)).isEqualTo("{\"status\":\"SUBMITTED\",\"version\":1,\"late\":false}");

            // 5. the retry answers the same and makes no second version
            List<String> retried = guide.runNext();
            assertThat(retried).hasSize(3);
            assertThat(retried.get(0)).isEqualTo("201");
            assertThat(retried.get(1)).isEqualToIgnoringCase("Idempotent-Replayed: true");
            assertThat(retried.get(2)).isEqualTo("{\"status\":\"SUBMITTED\",\"version\":1}");
            reports(bob).get(report + "/versions/2").then().statusCode(404);
            reports(bob).get(report + "/versions/1").then().statusCode(200).body("submittedBy.username", equalTo("service-account-" + clientId));

            // SNV's summary shows it; the same token cannot touch Sở Tài chính's report
            JsonPath summary = awaitSummary(round, s -> s.getList("versions.agency").contains("MINHLONG"));
            assertThat(summary.getInt("indicators.find { it.code == 'II.2.procedures_total' }.byAgency.find { it.agency == 'MINHLONG' }.value")).isEqualTo(250);
            reports(token).contentType("application/json").body("{\"nilReport\": true}").post("/api/v1/rounds/" + round + "/reports/STC/submissions")
                    .then().statusCode(403).body("code", equalTo("NOT_YOUR_AGENCY"));
            reports(token).contentType("application/json").body("{}").put("/api/v1/rounds/" + round + "/reports/STC")
                    .then().statusCode(403).body("code", equalTo("NOT_YOUR_AGENCY"));
            reports(bob).get("/api/v1/rounds/" + round + "/reports/STC").then().statusCode(200).body("status", equalTo("NOT_STARTED"));

            // 6. SNV returns it; the system learns why
            reports(bob).contentType("application/json").body("{\"reason\": \"" + REASON + "\"}").post(report + "/return").then().statusCode(200);
            List<String> returned = guide.runNext();
            assertThat(returned.get(0)).isEqualTo("{\"status\":\"RETURNED\",\"version\":1,\"returnReason\":\"" + REASON + "\"}");
            assertThat(returned.get(1)).contains("\"by\":\"Bob Lê Văn\"").endsWith("\"reason\":\"" + REASON + "\"}");

            // 7. the corrected report goes in as version 2, and the summary takes it
            assertThat(guide.runNext()).containsExactly("201", "{\"status\":\"SUBMITTED\",\"version\":2}");
            JsonPath corrected = awaitSummary(round, s -> Integer.valueOf(2).equals(
                    s.get("indicators.find { it.code == 'II.3.receptions_periodic' }.byAgency.find { it.agency == 'MINHLONG' }.version")));
            assertThat(corrected.getInt("indicators.find { it.code == 'II.3.receptions_periodic' }.total")).isEqualTo(30);

            // 8. rotation: the old secret gets no token, the new one does
            assertThat(guide.runNext()).containsExactly("401");
            secrets.add(guide.variable("CLIENT_SECRET"));
            assertThat(secrets.get(1)).isNotBlank().isNotEqualTo(secrets.get(0));
            assertThatThrownBy(() -> suite.tokens.forClient(clientId, secrets.get(0))).hasMessageContaining("401");
            reports(suite.tokens.forClient(clientId, secrets.get(1))).get("/api/v1/me").then().statusCode(200).body("agency.code", equalTo("MINHLONG"));

            // 9. withdrawn: no token any more
            assertThat(guide.runNext()).containsExactly("204", "401");
            assertThatThrownBy(() -> suite.tokens.forClient(clientId, secrets.get(1))).hasMessageContaining("401");
        }

        assertThat(adminEvents(clientId, secrets)).containsExactly(
                "CLIENT_CREATED MINHLONG admin", "SECRET_ROTATED MINHLONG admin", "CLIENT_DISABLED MINHLONG admin");
        assertNoLogHolds(secrets);
    }

    private static JsonPath awaitSummary(String round, java.util.function.Predicate<JsonPath> ready) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> given().baseUri(suite.aggregationService.baseUrl()).auth().oauth2(bob)
                        .get("/api/v1/rounds/" + round + "/summary").then().statusCode(200).extract().jsonPath(), ready::test);
    }

    /** The admin audit of the client, each row "action agency actor"; fails if any column of any row holds a secret. */
    private static List<String> adminEvents(String clientId, List<String> secrets) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = suite.postgres.getDatabase("postgres", "report").getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT * FROM admin_event WHERE client_id = ? ORDER BY id")) {
            query.setString(1, clientId);
            ResultSet result = query.executeQuery();
            while (result.next()) {
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    String value = String.valueOf(result.getString(column));
                    assertThat(secrets).noneSatisfy(secret -> assertThat(value).contains(secret));
                }
                rows.add(result.getString("action") + " " + result.getString("agency_code") + " " + result.getString("actor_username"));
            }
        }
        return rows;
    }

    /** Every log the suite wrote (both services, the console, Keycloak) is free of the secrets. */
    private static void assertNoLogHolds(List<String> secrets) throws IOException {
        try (Stream<Path> logs = Files.list(Path.of(System.getProperty("suite.logs")))) {
            List<Path> files = logs.toList();
            assertThat(files).extracting(path -> path.getFileName().toString()).contains("report-service.log", "keycloak.log");
            for (Path log : files) {
                String text = Files.readString(log, StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(text).as(log.getFileName().toString()).doesNotContain(secret);
                }
            }
        }
    }
}
