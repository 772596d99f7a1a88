package vn.gov.quangngai.baocao.report.rounds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/** What a round's status board reads: counts per round, rows per agency with filters, the viewer's read-only access. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RoundBoardResourceTest {

    private static String report(String round, String agency) {
        return "/api/v1/rounds/" + round + "/reports/" + agency;
    }

    /** BDT submitted (late, in a round whose deadline has passed), STC returned, MINHLONG a nil report accepted, SNV untouched. */
    private static String roundWithEveryStatus() {
        String round = Rounds.openWithDeadline("2021-11-15", "BDT", "STC", "MINHLONG", "SNV");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(report(round, "BDT")).then().statusCode(201);
        given().auth().oauth2(Actors.ALICE_BDT).post(report(round, "BDT") + "/submit").then().statusCode(200);
        given().auth().oauth2(Actors.CAROL_STC).contentType("application/json").body("{\"nilReport\": true}").put(report(round, "STC")).then().statusCode(201);
        given().auth().oauth2(Actors.CAROL_STC).post(report(round, "STC") + "/submit").then().statusCode(200);
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{\"reason\": \"Đề nghị báo cáo đầy đủ số liệu.\"}")
                .post(report(round, "STC") + "/return").then().statusCode(200);
        given().auth().oauth2(Actors.DANG_MINHLONG).contentType("application/json").body("{\"nilReport\": true}").put(report(round, "MINHLONG")).then().statusCode(201);
        given().auth().oauth2(Actors.DANG_MINHLONG).post(report(round, "MINHLONG") + "/submit").then().statusCode(200);
        given().auth().oauth2(Actors.BOB_REVIEWER).post(report(round, "MINHLONG") + "/accept").then().statusCode(200);
        return round;
    }

    @Test
    void roundsCarryTheirReportsCountedByStatus() {
        String round = roundWithEveryStatus();
        given().auth().oauth2(Actors.VERA_VIEWER).when().get("/api/v1/rounds/" + round)
                .then().statusCode(200)
                .body("counts.expected", equalTo(4)).body("counts.notStarted", equalTo(1)).body("counts.draft", equalTo(0))
                .body("counts.submitted", equalTo(1)).body("counts.returned", equalTo(1)).body("counts.accepted", equalTo(1))
                .body("counts.nil", equalTo(1)).body("counts.late", equalTo(3))
                .body("report", nullValue());
        given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("size", 500).when().get("/api/v1/rounds")
                .then().statusCode(200).body("items.find { it.code == '" + round + "' }.counts.expected", equalTo(4));
    }

    @Test
    void aSubmitterSeesItsOwnReportInEachRoundAndNoCounts() {
        String round = roundWithEveryStatus();
        given().auth().oauth2(Actors.CAROL_STC).when().get("/api/v1/rounds/" + round)
                .then().statusCode(200).body("counts", nullValue())
                .body("report.agency", equalTo("STC")).body("report.status", equalTo("RETURNED"))
                .body("report.returnReason", equalTo("Đề nghị báo cáo đầy đủ số liệu.")).body("report.version", equalTo(1));
        given().auth().oauth2(Actors.CAROL_STC).queryParam("size", 500).when().get("/api/v1/rounds")
                .then().statusCode(200).body("items.find { it.code == '" + round + "' }.report.status", equalTo("RETURNED"));
    }

    @Test
    void roundsAreFilteredByStatus() {
        String open = Rounds.open("BDT");
        String closed = Rounds.open("BDT");
        given().auth().oauth2(Actors.BOB_REVIEWER).post("/api/v1/rounds/" + closed + "/close").then().statusCode(200);
        given().auth().oauth2(Actors.ALICE_BDT).queryParam("status", "OPEN").queryParam("size", 500).when().get("/api/v1/rounds")
                .then().statusCode(200).body("items.code", hasItem(open)).body("items.code", not(hasItem(closed)))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("OPEN")));
        given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("status", "CLOSED").queryParam("size", 500).when().get("/api/v1/rounds")
                .then().statusCode(200).body("items.code", hasItem(closed)).body("items.code", not(hasItem(open)));
        given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("status", "open").when().get("/api/v1/rounds")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].pointer", equalTo("/status"));
    }

    @Test
    void theBoardShowsEveryAgencyWithReasonsAndNilReportsAndFiltersByStatus() {
        String round = roundWithEveryStatus();
        given().auth().oauth2(Actors.VERA_VIEWER).when().get("/api/v1/rounds/" + round + "/reports")
                .then().statusCode(200)
                .body("items.agency", contains("BDT", "STC", "MINHLONG", "SNV"))
                .body("items.status", contains("SUBMITTED", "RETURNED", "ACCEPTED", "NOT_STARTED"))
                .body("items[1].returnReason", equalTo("Đề nghị báo cáo đầy đủ số liệu."))
                .body("items[1].nilReport", nullValue())
                .body("items[2].nilReport", equalTo(true))
                .body("items[0].late", equalTo(true)).body("items[0].firstSubmittedAt", org.hamcrest.Matchers.notNullValue())
                .body("items[3].version", equalTo(0));
        given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("status", "RETURNED").when().get("/api/v1/rounds/" + round + "/reports")
                .then().statusCode(200).body("items.agency", contains("STC")).body("total", equalTo(1));
        given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("status", "LOST").when().get("/api/v1/rounds/" + round + "/reports")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/status"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get("/api/v1/rounds/" + round + "/reports")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aViewerReadsSubmittedVersionsButNeverDraftsAndChangesNothing() {
        String round = Rounds.open("BDT");
        String path = report(round, "BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path).then().statusCode(201);
        given().auth().oauth2(Actors.VERA_VIEWER).when().get(path).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("indicators", org.hamcrest.Matchers.empty()).body("sections", org.hamcrest.Matchers.empty());
        given().auth().oauth2(Actors.ALICE_BDT).post(path + "/submit").then().statusCode(200);
        given().auth().oauth2(Actors.VERA_VIEWER).when().get(path).then().statusCode(200)
                .body("indicators.find { it.code == 'II.1.elder_info_classes' }.value", equalTo(12));
        given().auth().oauth2(Actors.VERA_VIEWER).when().get(path + "/versions/1").then().statusCode(200);
        given().auth().oauth2(Actors.VERA_VIEWER).when().get(path + "/events").then().statusCode(200)
                .body("items.action", hasItem("SUBMITTED"));

        given().auth().oauth2(Actors.VERA_VIEWER).contentType("application/json").body("{\"reason\": \"x\"}").post(path + "/return")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Actors.VERA_VIEWER).post(path + "/accept").then().statusCode(403);
        given().auth().oauth2(Actors.BOB_REVIEWER).when().get(path).then().body("status", equalTo("SUBMITTED"));
    }
}
