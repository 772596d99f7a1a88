package vn.gov.quangngai.baocao.report.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ReportLifecycleResourceTest {

    @jakarta.inject.Inject
    vn.gov.quangngai.baocao.report.reports.IdempotencyKeyCleanup cleanup;

    @jakarta.inject.Inject
    javax.sql.DataSource database;

    private static String report(String round, String agency) {
        return "/api/v1/rounds/" + round + "/reports/" + agency;
    }

    @Test
    void draftSubmitReturnResubmitAccept() {
        String round = Rounds.open("BDT", "STC");
        String path = report(round, "BDT");

        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT)
                .when().put(path).then().statusCode(201).header("ETag", notNullValue()).body("status", equalTo("DRAFT"));
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT)
                .when().put(path).then().statusCode(200).body("status", equalTo("DRAFT"));
        given().auth().oauth2(Actors.ALICE_BDT).when().post(path + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("version", equalTo(1))
                .body("late", equalTo(false)).body("submittedAt", notNullValue());

        given().auth().oauth2(Actors.CAROL_STC).when().get(path)
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("NOT_YOUR_AGENCY"));
        given().auth().oauth2(Actors.CAROL_STC).when().get(path + "/versions/1").then().statusCode(403);

        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{}")
                .when().post(path + "/return")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/reason"));
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json")
                .body("{\"reason\": \"Đề nghị bổ sung số liệu tiếp công dân định kỳ và đột xuất.\"}")
                .when().post(path + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("returnReason", equalTo("Đề nghị bổ sung số liệu tiếp công dân định kỳ và đột xuất."));

        String corrected = Rounds.BDT_DRAFT.replace("{\"code\": \"II.3.receptions_periodic\", \"value\": 0}", "{\"code\": \"II.3.receptions_periodic\", \"value\": 4}");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(corrected)
                .when().put(path).then().statusCode(200).body("status", equalTo("RETURNED"));
        given().auth().oauth2(Actors.ALICE_BDT).when().post(path + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("version", equalTo(2));
        given().auth().oauth2(Actors.BOB_REVIEWER).when().post(path + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("version", equalTo(2));

        JsonPath version1 = given().auth().oauth2(Actors.ALICE_BDT).when().get(path + "/versions/1")
                .then().statusCode(200).extract().jsonPath();
        assertThat(version1.getInt("indicators.find { it.code == 'II.3.receptions_periodic' }.value")).isZero();
        assertThat(version1.getString("submittedBy.username")).isEqualTo("alice");
        given().auth().oauth2(Actors.BOB_REVIEWER).when().get(path + "/versions/2")
                .then().statusCode(200).body("indicators.find { it.code == 'II.3.receptions_periodic' }.value", equalTo(4));

        given().auth().oauth2(Actors.ALICE_BDT).when().get(path + "/events")
                .then().statusCode(200)
                .body("items.action", contains("DRAFT_SAVED", "DRAFT_SAVED", "SUBMITTED", "RETURNED", "DRAFT_SAVED", "SUBMITTED", "ACCEPTED"))
                .body("items.actor.username", contains("alice", "alice", "alice", "bob", "alice", "alice", "bob"))
                .body("items[3].reason", equalTo("Đề nghị bổ sung số liệu tiếp công dân định kỳ và đột xuất."))
                .body("items[3].fromStatus", equalTo("SUBMITTED"))
                .body("items[6].version", equalTo(2));
    }

    @Test
    void changeFeedListsStatusChangesInOrderAndPagesWithoutLossOrRepeat() {
        long start = given().auth().oauth2(Actors.AGGREGATION_READER).queryParam("after", 0).queryParam("limit", 1000)
                .when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath().getLong("next");
        String round = Rounds.open("BDT", "STC");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(report(round, "BDT"));
        given().auth().oauth2(Actors.ALICE_BDT).post(report(round, "BDT") + "/submit").then().statusCode(200);
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{\"reason\": \"Bổ sung.\"}").post(report(round, "BDT") + "/return");
        given().auth().oauth2(Actors.ALICE_BDT).post(report(round, "BDT") + "/submit").then().statusCode(200);
        given().auth().oauth2(Actors.BOB_REVIEWER).post(report(round, "BDT") + "/accept").then().statusCode(200);
        given().auth().oauth2(Actors.BOB_REVIEWER).post("/api/v1/rounds/" + round + "/close").then().statusCode(200);

        List<String> seen = new java.util.ArrayList<>();
        List<Long> seqs = new java.util.ArrayList<>();
        long cursor = start;
        for (int page = 0; page < 20; page++) {
            JsonPath answer = given().auth().oauth2(Actors.AGGREGATION_READER).queryParam("after", cursor).queryParam("limit", 2)
                    .when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            List<java.util.Map<String, Object>> items = answer.getList("items");
            if (items.isEmpty()) {
                assertThat(answer.getLong("next")).isEqualTo(cursor);
                break;
            }
            for (var item : items) {
                seqs.add(((Number) item.get("seq")).longValue());
                if (round.equals(item.get("round"))) {
                    seen.add(item.get("status") + (item.get("version") == null ? "" : "@" + item.get("version")));
                }
            }
            cursor = answer.getLong("next");
        }
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        assertThat(seen).containsExactly("ROUND_OPENED", "SUBMITTED@1", "RETURNED@1", "SUBMITTED@2", "ACCEPTED@2", "ROUND_CLOSED");
    }

    @Test
    void submittingAfterTheDeadlineMarksTheReportLate() {
        String round = Rounds.openWithDeadline("2021-11-15", "BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(report(round, "BDT"));
        given().auth().oauth2(Actors.ALICE_BDT).when().post(report(round, "BDT") + "/submit")
                .then().statusCode(200).body("late", equalTo(true));
    }

    @Test
    void closedRoundRefusesSubmissionUntilReopenedForTheAgency() {
        String round = Rounds.open("BDT", "STC");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(report(round, "BDT"));
        given().auth().oauth2(Actors.BOB_REVIEWER).post("/api/v1/rounds/" + round + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));

        given().auth().oauth2(Actors.ALICE_BDT).when().post(report(round, "BDT") + "/submit")
                .then().statusCode(409).body("code", equalTo("ROUND_CLOSED"));
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{\"reason\": \"Ban Dân tộc gửi muộn có lý do.\"}")
                .when().post(report(round, "BDT") + "/reopen").then().statusCode(200).body("reopened", equalTo(true));
        given().auth().oauth2(Actors.ALICE_BDT).when().post(report(round, "BDT") + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{\"reason\": \"x\"}")
                .when().post(report(round, "STC") + "/reopen").then().statusCode(200);
        given().auth().oauth2(Actors.BOB_REVIEWER).when().get(report(round, "BDT") + "/events")
                .then().body("items.find { it.action == 'REOPENED' }.reason", equalTo("Ban Dân tộc gửi muộn có lý do."));
    }

    @Test
    void retriedSubmitWithTheSameIdempotencyKeyMakesOneVersion() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path);
        String first = given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "bdt-2021-1")
                .when().post(path + "/submit").then().statusCode(200).body("version", equalTo(1))
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue()).extract().asString();
        String retry = given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "bdt-2021-1")
                .when().post(path + "/submit").then().statusCode(200).body("version", equalTo(1))
                .header("Idempotent-Replayed", "true").extract().asString();

        assertThat(JsonPath.from(retry).getString("submittedAt")).isEqualTo(JsonPath.from(first).getString("submittedAt"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path + "/versions/2").then().statusCode(404).body("code", equalTo("VERSION_NOT_FOUND"));
        given().auth().oauth2(Actors.ALICE_BDT).when().post(path + "/submit").then().statusCode(409).body("code", equalTo("INVALID_TRANSITION"));
    }

    @Test
    void resubmissionAfterAReturnWithTheOldKeyIsRefusedAndANewKeyGoesIn() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path).then().statusCode(201);
        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "bdt-report").when().post(path + "/submit")
                .then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{\"reason\": \"Bổ sung số liệu tiếp công dân.\"}")
                .post(path + "/return").then().statusCode(200);
        String corrected = Rounds.BDT_DRAFT.replace("{\"code\": \"II.3.receptions_periodic\", \"value\": 0}", "{\"code\": \"II.3.receptions_periodic\", \"value\": 4}");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(corrected).put(path).then().statusCode(200);

        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "bdt-report").when().post(path + "/submit")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("IDEMPOTENCY_KEY_REUSED"))
                .body("detail", org.hamcrest.Matchers.containsString("phiên bản 1"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("version", equalTo(1));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path + "/versions/2").then().statusCode(404);

        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "bdt-report-2").when().post(path + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("version", equalTo(2));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path + "/versions/2").then().statusCode(200)
                .body("indicators.find { it.code == 'II.3.receptions_periodic' }.value", equalTo(4));
        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "bdt-report-2").when().post(path + "/submit")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("version", equalTo(2));
    }

    @Test
    void returnedReportResubmittedUnchangedWithTheOldKeyIsRefused() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path).then().statusCode(201);
        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "k-1").post(path + "/submit").then().statusCode(200);
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{\"reason\": \"Ký lại.\"}")
                .post(path + "/return").then().statusCode(200);

        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "k-1").post(path + "/submit")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path).then().body("status", equalTo("RETURNED"));
    }

    @Test
    void theSameKeyWithAnotherDraftsEtagIsRefused() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        String etag = given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path)
                .then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "k-etag").header("If-Match", etag).post(path + "/submit")
                .then().statusCode(200).body("version", equalTo(1));

        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "k-etag").header("If-Match", etag).post(path + "/submit")
                .then().statusCode(200).header("Idempotent-Replayed", "true");
        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "k-etag").header("If-Match", "\"0-0\"").post(path + "/submit")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void keysOlderThanTheRetentionAreForgotten() throws java.sql.SQLException {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path).then().statusCode(201);
        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "k-old").post(path + "/submit").then().statusCode(200);
        try (var connection = database.getConnection(); var statement = connection.prepareStatement(
                "UPDATE submit_idempotency SET created_at = now() - interval '31 days' WHERE idempotency_key = 'k-old'")) {
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }

        assertThat(cleanup.deleteExpired()).isGreaterThanOrEqualTo(1);

        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "k-old").post(path + "/submit")
                .then().statusCode(409).body("code", equalTo("INVALID_TRANSITION"));
    }

    @Test
    void idempotencyKeysLongerThan255CharactersAreRefusedWith400() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path).then().statusCode(201);

        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "k".repeat(300)).post(path + "/submit")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_REQUEST"))
                .body("detail", org.hamcrest.Matchers.containsString("255"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path).then().body("status", equalTo("DRAFT"));
        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "k".repeat(255)).post(path + "/submit")
                .then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(Actors.ALICE_BDT).header("Idempotency-Key", "k".repeat(255)).post(path + "/submit")
                .then().statusCode(200).header("Idempotent-Replayed", "true");
    }

    @Test
    void reportReaderSeesSubmittedVersionsButNeverDrafts() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path);
        given().auth().oauth2(Actors.AGGREGATION_READER).when().get(path)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("indicators", org.hamcrest.Matchers.empty());
        given().auth().oauth2(Actors.ALICE_BDT).post(path + "/submit").then().statusCode(200);
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{\"reason\": \"Bổ sung.\"}").post(path + "/return");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json")
                .body(Rounds.BDT_DRAFT.replace("\"value\": 12", "\"value\": 99")).put(path).then().statusCode(200);

        given().auth().oauth2(Actors.AGGREGATION_READER).when().get(path)
                .then().statusCode(200).body("indicators.find { it.code == 'II.1.elder_info_classes' }.value", equalTo(12));
        given().auth().oauth2(Actors.BOB_REVIEWER).when().get(path)
                .then().statusCode(200).body("indicators.find { it.code == 'II.1.elder_info_classes' }.value", equalTo(99));
    }

    @Test
    void submitNeedsTheRequiredFigures() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body("{\"indicators\": [{\"code\": \"II.6.models\", \"value\": null}]}")
                .put(path).then().statusCode(201);
        given().auth().oauth2(Actors.ALICE_BDT).when().post(path + "/submit")
                .then().statusCode(422).body("code", equalTo("REQUIRED_FIGURES_MISSING"))
                .body("errors.pointer", org.hamcrest.Matchers.hasItems("/indicators", "/indicators/0/value"));
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body("{\"nilReport\": true}").put(path).then().statusCode(200);
        given().auth().oauth2(Actors.ALICE_BDT).when().post(path + "/submit").then().statusCode(200).body("nilReport", equalTo(true));
    }
}
