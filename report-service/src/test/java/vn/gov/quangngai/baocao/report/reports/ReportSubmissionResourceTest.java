package vn.gov.quangngai.baocao.report.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/** One-request submission for agency systems ({@code POST …/submissions}) and {@code Prefer: return=minimal}. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ReportSubmissionResourceTest {

    private static String report(String round, String agency) {
        return "/api/v1/rounds/" + round + "/reports/" + agency;
    }

    private static RequestSpecification alice() {
        return given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json");
    }

    @Test
    void wholeReportInOneRequestBecomesVersion1WithItsLocation() {
        String round = Rounds.open("BDT", "STC");
        String path = report(round, "BDT");

        ExtractableResponse<Response> answer = alice().header("Idempotency-Key", "bdt-once").body(Rounds.BDT_DRAFT)
                .when().post(path + "/submissions")
                .then().statusCode(201)
                .header("Location", equalTo(path + "/versions/1"))
                .header("ETag", notNullValue())
                .header("Idempotent-Replayed", nullValue())
                .body("status", equalTo("SUBMITTED")).body("version", equalTo(1)).body("late", equalTo(false))
                .body("indicators.find { it.code == 'II.6.models' }.value", equalTo(1))
                .extract();

        given().auth().oauth2(Actors.BOB_REVIEWER).when().get(answer.header("Location")).then().statusCode(200)
                .body("version", equalTo(1)).body("submittedBy.username", equalTo("alice"))
                .body("indicators.find { it.code == 'II.2.procedures_total' }.value", equalTo(2));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path).then().statusCode(200)
                .header("ETag", equalTo(answer.header("ETag"))).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path + "/events").then().statusCode(200)
                .body("items.action", contains("DRAFT_SAVED", "SUBMITTED"))
                .body("items[1].fromStatus", equalTo("DRAFT")).body("items[1].version", equalTo(1));
    }

    @Test
    void submissionAppearsInTheChangeFeedOnce() {
        long start = given().auth().oauth2(Actors.AGGREGATION_READER).queryParam("after", 0).queryParam("limit", 1000)
                .when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath().getLong("next");
        String round = Rounds.open("BDT");
        alice().header("Idempotency-Key", "feed-once").body(Rounds.BDT_DRAFT).post(report(round, "BDT") + "/submissions").then().statusCode(201);
        alice().header("Idempotency-Key", "feed-once").body(Rounds.BDT_DRAFT).post(report(round, "BDT") + "/submissions").then().statusCode(201);

        List<String> statuses = given().auth().oauth2(Actors.AGGREGATION_READER).queryParam("after", start).queryParam("limit", 1000)
                .when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.round == '" + round + "' }.collect { it.status + '@' + it.version }");
        assertThat(statuses).containsExactly("ROUND_OPENED@null", "SUBMITTED@1");
    }

    @Test
    void retryWithTheSameKeyAndContentReplaysTheFirstAnswer() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        String first = alice().header("Idempotency-Key", "bdt-2021").body(Rounds.BDT_DRAFT).post(path + "/submissions")
                .then().statusCode(201).extract().asString();
        // the same report as an agency system may send it again: other spacing and member order, text in NFD
        String sameContent = Normalizer.normalize(Rounds.BDT_DRAFT.replace("\n", "\n   "), Normalizer.Form.NFD);

        String retry = alice().header("Idempotency-Key", "bdt-2021").body(sameContent).post(path + "/submissions")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(path + "/versions/1")).body("version", equalTo(1))
                .extract().asString();

        assertThat(io.restassured.path.json.JsonPath.from(retry).getString("submittedAt"))
                .isEqualTo(io.restassured.path.json.JsonPath.from(first).getString("submittedAt"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path + "/versions/2").then().statusCode(404);
    }

    @Test
    void theSameKeyWithOtherContentIsRefusedAndChangesNothing() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        alice().header("Idempotency-Key", "bdt-k").body(Rounds.BDT_DRAFT).post(path + "/submissions").then().statusCode(201);
        String other = Rounds.BDT_DRAFT.replace("\"value\": 12", "\"value\": 13");

        alice().header("Idempotency-Key", "bdt-k").body(other).post(path + "/submissions")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        alice().body(other).post(path + "/submissions")
                .then().statusCode(409).body("code", equalTo("REPORT_NOT_EDITABLE"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path).then()
                .body("version", equalTo(1)).body("indicators.find { it.code == 'II.1.elder_info_classes' }.value", equalTo(12));
    }

    @Test
    void aKeyOfTheTwoStepSubmitIsNotAReplayOfASubmission() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        alice().body(Rounds.BDT_DRAFT).put(path).then().statusCode(201);
        alice().header("Idempotency-Key", "shared").post(path + "/submit").then().statusCode(200);

        alice().header("Idempotency-Key", "shared").body(Rounds.BDT_DRAFT).post(path + "/submissions")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void returnedReportIsResubmittedInOneRequestWithANewKey() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        alice().header("Idempotency-Key", "v1").body(Rounds.BDT_DRAFT).post(path + "/submissions").then().statusCode(201);
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{\"reason\": \"Bổ sung số liệu tiếp công dân.\"}")
                .post(path + "/return").then().statusCode(200);
        String corrected = Rounds.BDT_DRAFT.replace("{\"code\": \"II.3.receptions_periodic\", \"value\": 0}", "{\"code\": \"II.3.receptions_periodic\", \"value\": 4}");

        alice().header("Idempotency-Key", "v1").body(corrected).post(path + "/submissions")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        alice().header("Idempotency-Key", "v2").body(corrected).post(path + "/submissions")
                .then().statusCode(201).header("Location", equalTo(path + "/versions/2"))
                .body("status", equalTo("SUBMITTED")).body("version", equalTo(2)).body("returnReason", nullValue());
    }

    @Test
    void badContentIsNamedAtOnceAndNothingIsStored() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");

        alice().header("Idempotency-Key", "bad").body("{\"sections\": [{\"key\": \"IX\", \"text\": \"?\"}], \"indicators\": [{\"code\": \"II.6.models\", \"value\": -1}]}")
                .post(path + "/submissions")
                .then().statusCode(422).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.pointer", hasItems("/sections/0/key", "/indicators/0/value"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path).then().statusCode(200).body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void requiredFiguresLeftEmptyRefuseTheSubmissionAndKeepNoDraft() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");

        alice().body("{\"sections\": [{\"key\": \"II.6\", \"text\": \"Chưa đủ số liệu.\"}]}").post(path + "/submissions")
                .then().statusCode(422).body("code", equalTo("REQUIRED_FIGURES_MISSING"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path).then().statusCode(200)
                .body("status", equalTo("NOT_STARTED")).body("sections", org.hamcrest.Matchers.empty());
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path + "/events").then().body("total", equalTo(0));
    }

    @Test
    void anotherAgencysSubmissionIsRefusedBeforeItsBodyIsRead() {
        String round = Rounds.open("BDT", "STC");

        given().auth().oauth2(Actors.CAROL_STC).contentType("application/json").body("{\"indicators\": \"not even a list\"}")
                .post(report(round, "BDT") + "/submissions")
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_AGENCY"));
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(Rounds.BDT_DRAFT)
                .post(report(round, "BDT") + "/submissions")
                .then().statusCode(403);
    }

    @Test
    void afterTheDeadlineTheSubmissionIsLateAndAClosedRoundRefusesIt() {
        String late = Rounds.openWithDeadline("2021-11-15", "BDT");
        alice().body(Rounds.BDT_DRAFT).post(report(late, "BDT") + "/submissions").then().statusCode(201).body("late", equalTo(true));

        String closed = Rounds.open("BDT");
        given().auth().oauth2(Actors.BOB_REVIEWER).post("/api/v1/rounds/" + closed + "/close").then().statusCode(200);
        alice().body(Rounds.BDT_DRAFT).post(report(closed, "BDT") + "/submissions").then().statusCode(409).body("code", equalTo("ROUND_CLOSED"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(report(closed, "BDT")).then().body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void minimalReturnGivesTheSameStatusAndHeadersWithoutABody() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");

        String etag = alice().header("Prefer", "return=minimal").body(Rounds.BDT_DRAFT).put(path)
                .then().statusCode(201).header("ETag", notNullValue()).header("Preference-Applied", "return=minimal")
                .body(emptyString()).extract().header("ETag");
        String replaced = alice().header("Prefer", "respond-async, return=minimal; charset=x").header("If-Match", etag).body(Rounds.BDT_DRAFT).put(path)
                .then().statusCode(200).header("Preference-Applied", "return=minimal").body(emptyString()).extract().header("ETag");
        alice().header("Prefer", "return=representation").body(Rounds.BDT_DRAFT).put(path)
                .then().statusCode(200).header("Preference-Applied", nullValue()).body("status", equalTo("DRAFT"));
        assertThat(replaced).isNotEqualTo(etag);

        for (int attempt = 0; attempt < 2; attempt++) {
            alice().header("Prefer", "return=minimal").header("Idempotency-Key", "quiet").body(Rounds.BDT_DRAFT).post(path + "/submissions")
                    .then().statusCode(201).header("Location", equalTo(path + "/versions/1")).header("ETag", notNullValue())
                    .header("Preference-Applied", "return=minimal")
                    .header("Idempotent-Replayed", attempt == 0 ? nullValue() : equalTo("true"))
                    .body(emptyString());
        }
    }
}
