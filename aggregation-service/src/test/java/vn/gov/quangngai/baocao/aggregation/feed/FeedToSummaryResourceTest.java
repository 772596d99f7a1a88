package vn.gov.quangngai.baocao.aggregation.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.aggregation.client.ReportFeedClient;
import vn.gov.quangngai.baocao.aggregation.summary.Basis;
import vn.gov.quangngai.baocao.aggregation.summary.SummaryService;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.TestTokens;

/** From feed items to the summary: what the follower takes in, and what SNV reads out. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class FeedToSummaryResourceTest {

    private static final TestTokens TOKENS = TestTokens.forService("aggregation-service");
    private static final String BOB = TOKENS.person("bob", "SNV", "Sở Nội vụ", "reviewer");
    private static final String VERA = TOKENS.person("vera", "SNV", "Sở Nội vụ", "viewer");
    private static final String ALICE = TOKENS.person("alice", "BDT", "Ban Dân tộc", "submitter");

    @Inject
    FeedIngest ingest;

    @Inject
    SummaryService summaries;

    @Inject
    ObjectMapper json;

    private FakeReportService reportService;

    @BeforeEach
    void fakeReportService() {
        reportService = new FakeReportService();
        QuarkusMock.installMockForType(reportService, ReportFeedClient.class);
    }

    private String openRound() {
        String round = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, String> agencies = new LinkedHashMap<>();
        agencies.put("BDT", "Ban Dân tộc");
        agencies.put("STC", "Sở Tài chính");
        agencies.put("MINHLONG", "UBND huyện Minh Long");
        agencies.put("TPQN", "UBND thành phố Quảng Ngãi");
        reportService.openRound(round, OffsetDateTime.parse("2021-11-15T23:59:59+07:00"), agencies);
        return round;
    }

    /** Pages of 3, so that the cursor moves several times; a follower that never reaches the end fails rather than spins. */
    private void catchUp() {
        int pages = 1;
        while (ingest.nextPage(3).more()) {
            assertThat(++pages).as("pages of 3 read to catch up with the fake feed").isLessThanOrEqualTo(1_000);
        }
    }

    /** A cursor shared by every test: the fake feed starts at seq 1 each time, so each test moves the stored cursor back first. */
    private void rewindCursor() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                io.quarkus.arc.Arc.container().instance(vn.gov.quangngai.baocao.aggregation.repository.FeedStore.class).get()
                        .advanceCursor(0, OffsetDateTime.now()));
    }

    @Test
    void indicatorsSectionsAndCompletenessFollowTheRules() {
        rewindCursor();
        String round = openRound();
        reportService.submit(round, "BDT", 1, false, false,
                mapOf("II.3.receptions_periodic", 0, "II.6.models", 1, "II.6.has_model", true, "II.3.dialogues", 2),
                Map.of("II.6", "Ban Dân tộc đăng ký 01 mô hình."));
        reportService.submit(round, "STC", 1, false, false, mapOf("II.3.receptions_periodic", 5, "II.6.models", 2), Map.of("II.6", "STC bản 1."));
        reportService.change(round, "STC", 1, "RETURNED");
        reportService.submit(round, "STC", 2, false, false,
                mapOf("II.3.receptions_periodic", 7, "II.6.models", 3, "II.6.has_model", false, "II.3.dialogues", null),
                Map.of("II.6", "STC bản 2."));
        reportService.change(round, "BDT", 1, "ACCEPTED");
        reportService.submit(round, "MINHLONG", 1, true, true, Map.of(), Map.of());
        catchUp();

        JsonPath summary = given().auth().oauth2(BOB).when().get("/api/v1/rounds/" + round + "/summary")
                .then().statusCode(200).extract().jsonPath();
        assertThat(summary.getString("basis")).isEqualTo("submitted");
        assertThat(summary.getLong("indicators.find { it.code == 'II.3.receptions_periodic' }.total")).isEqualTo(7);
        assertThat(summary.getInt("indicators.find { it.code == 'II.3.receptions_periodic' }.reportedBy")).isEqualTo(2);
        assertThat(summary.getList("indicators.find { it.code == 'II.3.receptions_periodic' }.byAgency.agency")).containsExactly("BDT", "STC");
        assertThat(summary.getList("indicators.find { it.code == 'II.3.receptions_periodic' }.byAgency.version")).containsExactly(1, 2);
        assertThat(summary.getLong("indicators.find { it.code == 'II.6.models' }.total")).isEqualTo(4);
        assertThat(summary.getInt("indicators.find { it.code == 'II.6.has_model' }.total")).isEqualTo(1);
        assertThat(summary.getInt("indicators.find { it.code == 'II.6.has_model' }.reportedBy")).isEqualTo(2);
        assertThat(summary.getInt("indicators.find { it.code == 'II.3.dialogues' }.reportedBy")).as("an empty figure is not a zero").isEqualTo(1);
        assertThat(summary.getInt("indicators.find { it.code == 'II.3.dialogues' }.total")).isEqualTo(2);
        assertThat(summary.getString("indicators.find { it.code == 'II.6.note' }.total")).isNull();
        assertThat(summary.getList("sections.find { it.key == 'II.6' }.contributions.agency")).containsExactly("BDT", "STC", "MINHLONG");
        assertThat(summary.getList("sections.find { it.key == 'II.6' }.contributions.text"))
                .containsExactly("Ban Dân tộc đăng ký 01 mô hình.", "STC bản 2.", "Không phát sinh");
        assertThat(summary.getList("sections.find { it.key == 'II.3' }.contributions.agency")).containsExactly("MINHLONG");
        assertThat(summary.getInt("completeness.expected")).isEqualTo(4);
        assertThat(summary.getInt("completeness.submitted")).isEqualTo(3);
        assertThat(summary.getInt("completeness.accepted")).isEqualTo(1);
        assertThat(summary.getInt("completeness.nil")).isEqualTo(1);
        assertThat(summary.getList("completeness.missing.code")).containsExactly("TPQN");
        assertThat(summary.getList("completeness.late.name")).containsExactly("UBND huyện Minh Long");

        given().auth().oauth2(VERA).queryParam("basis", "accepted").when().get("/api/v1/rounds/" + round + "/summary")
                .then().statusCode(200)
                .body("indicators.find { it.code == 'II.6.models' }.total", equalTo(1))
                .body("indicators.find { it.code == 'II.6.models' }.byAgency.agency", contains("BDT"))
                .body("versions.agency", contains("BDT"));
    }

    @Test
    void theSummaryWrittenAsItIsReadIsTheSummaryBuiltWhole() throws Exception {
        rewindCursor();
        String round = openRound();
        reportService.submit(round, "BDT", 1, false, false, mapOf("II.6.models", 1, "II.6.note", "Có"),
                linkedMapOf("II.6", "BDT về mô hình.", "II.3", "BDT về tiếp dân.", "X.9", "a key that is not in the template"));
        reportService.submit(round, "STC", 1, true, true, Map.of(), Map.of());
        reportService.submit(round, "MINHLONG", 1, false, false, mapOf("II.6.models", 3, "II.3.dialogues", 0), linkedMapOf("II.6", "   ", "II.3", "MINHLONG về tiếp dân."));
        reportService.change(round, "MINHLONG", 1, "ACCEPTED");
        catchUp();

        for (Basis basis : Basis.values()) {
            JsonNode streamed = json.readTree(given().auth().oauth2(BOB).queryParam("basis", basis.label()).when().get("/api/v1/rounds/" + round + "/summary")
                    .then().statusCode(200).contentType("application/json").extract().asByteArray());
            JsonNode whole = json.readTree(json.writeValueAsBytes(summaries.summary(round, basis)));
            ((ObjectNode) streamed).remove("generatedAt");
            ((ObjectNode) whole).remove("generatedAt");
            assertThat(streamed).as(basis.label()).isEqualTo(whole);
        }
        JsonNode submitted = json.readTree(given().auth().oauth2(BOB).when().get("/api/v1/rounds/" + round + "/summary").asByteArray());
        assertThat(submitted.at("/sections/0/contributions").findValuesAsText("agency")).as("nil report in its agency's place").containsExactly("BDT", "STC", "MINHLONG");
        assertThat(submitted.at("/sections/1/contributions").findValuesAsText("agency")).as("a blank text is left out").containsExactly("BDT", "STC");
    }

    @Test
    void aReturnedReportDoesNotCountUntilResubmitted() {
        rewindCursor();
        String round = openRound();
        reportService.submit(round, "STC", 1, false, false, mapOf("II.6.models", 2), Map.of());
        reportService.change(round, "STC", 1, "RETURNED");
        catchUp();

        given().auth().oauth2(BOB).when().get("/api/v1/rounds/" + round + "/summary")
                .then().statusCode(200)
                .body("indicators.find { it.code == 'II.6.models' }.total", nullValue())
                .body("indicators.find { it.code == 'II.6.models' }.byAgency", empty())
                .body("completeness.returned", equalTo(1))
                .body("completeness.submitted", equalTo(0));
    }

    @Test
    void anItemThatCannotBeFetchedIsRetriedNotSkippedAndNothingIsTakenTwice() {
        rewindCursor();
        String round = openRound();
        reportService.submit(round, "BDT", 1, false, false, mapOf("II.6.models", 1), Map.of());
        reportService.submit(round, "STC", 1, false, false, mapOf("II.6.models", 2), Map.of());
        reportService.breakVersion(round, "STC", 1);

        assertThatThrownBy(this::catchUp).isInstanceOf(IllegalStateException.class);
        given().auth().oauth2(BOB).when().get("/api/v1/rounds/" + round + "/summary").then().statusCode(404);

        reportService.heal();
        catchUp();
        catchUp();
        given().auth().oauth2(BOB).when().get("/api/v1/rounds/" + round + "/summary")
                .then().statusCode(200).body("indicators.find { it.code == 'II.6.models' }.total", equalTo(3));
        assertThat(reportService.versionFetches()).isEqualTo(3);
    }

    @Test
    void aSnapshotKeepsItsIndicatorsWhenReportsChangeLater() {
        rewindCursor();
        String round = openRound();
        reportService.submit(round, "BDT", 1, false, false, mapOf("II.6.models", 1), Map.of());
        catchUp();
        String location = given().auth().oauth2(BOB).header("Host", "evil.example").when().post("/api/v1/rounds/" + round + "/snapshots")
                .then().statusCode(201).body("takenBy.username", equalTo("bob")).body("versions[0].version", equalTo(1))
                .extract().header("Location");
        assertThat(location).as("not built from the Host header").startsWith("/api/v1/rounds/" + round + "/snapshots/");
        String frozen = given().auth().oauth2(BOB).when().get(location).then().statusCode(200).extract().asString();

        reportService.change(round, "BDT", 1, "RETURNED");
        reportService.submit(round, "BDT", 2, false, false, mapOf("II.6.models", 9), Map.of());
        catchUp();

        given().auth().oauth2(BOB).when().get("/api/v1/rounds/" + round + "/summary")
                .then().body("indicators.find { it.code == 'II.6.models' }.total", equalTo(9));
        assertThat(given().auth().oauth2(BOB).when().get(location).then().statusCode(200).extract().asString()).isEqualTo(frozen);
        given().auth().oauth2(BOB).accept("text/csv").when().get(location)
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("TOTAL,Tổng cộng,,,1,0,"));
    }

    @Test
    void aRoundsSnapshotsAreListedNewestFirstForReviewersOnly() {
        rewindCursor();
        String round = openRound();
        reportService.submit(round, "BDT", 1, false, false, mapOf("II.6.models", 1), Map.of());
        catchUp();
        String first = given().auth().oauth2(BOB).when().post("/api/v1/rounds/" + round + "/snapshots")
                .then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(BOB).queryParam("basis", "accepted").when().post("/api/v1/rounds/" + round + "/snapshots")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(BOB).when().get("/api/v1/rounds/" + round + "/snapshots")
                .then().statusCode(200).body("total", equalTo(2)).body("items.id", contains(second, first))
                .body("items.basis", contains("accepted", "submitted")).body("items[0].takenBy.username", equalTo("bob"))
                .body("items[0].indicators", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(BOB).queryParam("size", 1).queryParam("page", 1).when().get("/api/v1/rounds/" + round + "/snapshots")
                .then().statusCode(200).body("items.id", contains(first));
        given().auth().oauth2(VERA).when().get("/api/v1/rounds/" + round + "/snapshots").then().statusCode(403);
        given().auth().oauth2(BOB).when().get("/api/v1/rounds/NO-SUCH-ROUND/snapshots")
                .then().statusCode(404).body("code", equalTo("ROUND_NOT_FOUND"));
    }

    @Test
    void csvHasABomOneRowPerAgencyAndATotalRow() {
        rewindCursor();
        String round = openRound();
        reportService.submit(round, "BDT", 1, false, false, mapOf("II.6.models", 1, "II.6.note", "Có, \"tốt\""), Map.of());
        catchUp();

        byte[] csv = given().auth().oauth2(VERA).accept("text/csv").when().get("/api/v1/rounds/" + round + "/summary")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(text.lines().toList()).containsExactly(
                "\uFEFFagency,agency_name,II.3.receptions_periodic,II.3.dialogues,II.6.models,II.6.has_model,II.6.note",
                "BDT,Ban Dân tộc,,,1,,\"Có, \"\"tốt\"\"\"",
                "STC,Sở Tài chính,,,,,",
                "MINHLONG,UBND huyện Minh Long,,,,,",
                "TPQN,UBND thành phố Quảng Ngãi,,,,,",
                "TOTAL,Tổng cộng,,,1,0,");
    }

    @Test
    void submittersReadNoSummaryAndViewersTakeNoSnapshot() {
        rewindCursor();
        String round = openRound();
        catchUp();
        given().auth().oauth2(ALICE).when().get("/api/v1/rounds/" + round + "/summary").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(VERA).when().post("/api/v1/rounds/" + round + "/snapshots").then().statusCode(403);
        given().auth().oauth2(VERA).when().get("/api/v1/rounds/" + round + "/completeness").then().statusCode(200).body("missing.code", contains("BDT", "STC", "MINHLONG", "TPQN"));
        given().auth().oauth2(BOB).queryParam("basis", "draft").when().get("/api/v1/rounds/" + round + "/summary")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/basis"));
        given().auth().oauth2(TOKENS.person("svc", null, null, "report-notifier")).when().post("/api/v1/feed/nudge").then().statusCode(202);
        given().auth().oauth2(BOB).when().post("/api/v1/feed/nudge").then().statusCode(403);
    }

    @Test
    void reviewersDownloadTheWordDocumentOfTheSummaryAndOfASnapshot() throws Exception {
        rewindCursor();
        String round = openRound();
        reportService.submit(round, "BDT", 1, false, false, mapOf("II.6.models", 1), Map.of("II.6", "Ban Dân tộc đăng ký 01 mô hình."));
        catchUp();

        byte[] docx = given().auth().oauth2(BOB).when().get("/api/v1/rounds/" + round + "/summary.docx")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(round + "-submitted.docx"))
                .extract().asByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs()).anyMatch(p -> p.getText().equals("Ban Dân tộc: Ban Dân tộc đăng ký 01 mô hình."));
        }
        given().auth().oauth2(VERA).when().get("/api/v1/rounds/" + round + "/summary.docx").then().statusCode(403);
        String snapshot = given().auth().oauth2(BOB).when().post("/api/v1/rounds/" + round + "/snapshots")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(BOB).when().get("/api/v1/rounds/" + round + "/snapshots/" + snapshot + ".docx")
                .then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        given().auth().oauth2(BOB).when().get("/api/v1/rounds/" + round + "/snapshots/" + UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("SNAPSHOT_NOT_FOUND"));
    }

    private static Map<String, String> linkedMapOf(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> mapOf(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
