package vn.gov.quangngai.baocao.report.rounds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RoundResourceTest {

    @Test
    void reviewerOpensARoundFromTheBuiltInOutline() {
        String code = Rounds.freshCode();
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(Rounds.body(code, "2021-11-15", "BDT", "STC", "MINHLONG"))
                .when().post("/api/v1/rounds")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/rounds/" + code))
                .body("deadline", equalTo("2021-11-15T23:59:59+07:00"))
                .body("agencies", org.hamcrest.Matchers.contains("BDT", "STC", "MINHLONG"))
                .body("template.sections[0].key", equalTo("I"))
                .body("status", equalTo("OPEN"));
        given().auth().oauth2(Actors.BOB_REVIEWER).when().get("/api/v1/rounds/" + code + "/reports")
                .then().statusCode(200)
                .body("items.agency", org.hamcrest.Matchers.contains("BDT", "STC", "MINHLONG"))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("NOT_STARTED")))
                .body("items[0].agencyName", equalTo("Ban Dân tộc"));
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(Rounds.body(code, "2021-11-15", "BDT"))
                .when().post("/api/v1/rounds")
                .then().statusCode(409).body("code", equalTo("ROUND_EXISTS"));
    }

    @Test
    void everyProblemOfARoundIsNamedAtOnce() {
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("""
                {"code": "bad code", "title": "", "request": {"number": "2454/SNV-XDCQ", "date": "29/10/2021", "issuer": "SNV"},
                 "period": {"kind": "QUARTER", "year": 2021}, "deadline": "soon",
                 "agencies": ["BDT", "NOPE", "BDT"],
                 "template": {"sections": [{"key": "I", "title": "Một", "indicators": [
                     {"code": "a", "label": "A", "type": "INTEGER", "aggregation": "SUM"},
                     {"code": "a", "label": "B", "type": "TEXT", "aggregation": "SUM"},
                     {"code": "c", "label": "C", "type": "COLOUR", "aggregation": "NONE"}]},
                   {"key": "I", "title": "Lại một"}]}}""")
                .when().post("/api/v1/rounds")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/code", "/title", "/request/date", "/period/index", "/deadline",
                        "/agencies/1", "/agencies/2", "/template/sections/0/indicators/1/code", "/template/sections/0/indicators/1/aggregation",
                        "/template/sections/0/indicators/2/type", "/template/sections/1/key"));
    }

    private static String withHints(String code, String hints) {
        return Rounds.body(code, "2021-11-15", "BDT").replace("\"templateCode\": \"DVCQ-NAM\"", """
                "template": {"sections": [{"key": "II.3", "title": "Tiếp công dân", "indicators": [
                  {"code": "TCD_DK", "label": "Lượt tiếp dân định kỳ", "unit": "lượt", "type": "INTEGER", "aggregation": "SUM", "required": true%s}]}]}"""
                .formatted(hints));
    }

    @Test
    void aFiguresHintsAreOptionalAndKeptInNormalForm() {
        String code = Rounds.freshCode();
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json; charset=utf-8")
                .body(withHints(code, ", \"hints\": [\"định kỳ\", \" theo lịch \", \"đi\u0323nh kỳ\"]"))
                .when().post("/api/v1/rounds").then().statusCode(201)
                .body("template.sections[0].indicators[0].hints", org.hamcrest.Matchers.contains("định kỳ", "theo lịch", "định kỳ"));
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(withHints(Rounds.freshCode(), ""))
                .when().post("/api/v1/rounds").then().statusCode(201)
                .body("template.sections[0].indicators[0].hints", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void blankLongTooManyOrUnknownHintsAreRefusedEachAtItsPointer() {
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json")
                .body(withHints(Rounds.freshCode(), ", \"hints\": [\"định kỳ\", \" \", 12, \"%s\"], \"synonyms\": [\"x\"]".formatted("x".repeat(201))))
                .when().post("/api/v1/rounds").then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/template/sections/0/indicators/0/hints/1", "/template/sections/0/indicators/0/hints/2",
                        "/template/sections/0/indicators/0/hints/3", "/template/sections/0/indicators/0/synonyms"));
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json")
                .body(withHints(Rounds.freshCode(), ", \"hints\": [%s]".formatted(String.join(",", java.util.Collections.nCopies(21, "\"a\"")))))
                .when().post("/api/v1/rounds").then().statusCode(422)
                .body("errors.pointer", org.hamcrest.Matchers.contains("/template/sections/0/indicators/0/hints"));
    }

    @Test
    void onlyReviewersOpenRounds() {
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.body(Rounds.freshCode(), "2021-11-15", "BDT"))
                .when().post("/api/v1/rounds")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anAgencySeesOnlyTheRoundsItIsExpectedIn() {
        String withBdt = Rounds.open("BDT");
        String withoutBdt = Rounds.open("STC");
        given().auth().oauth2(Actors.ALICE_BDT).queryParam("size", 500).when().get("/api/v1/rounds")
                .then().statusCode(200).body("items.code", hasItem(withBdt)).body("items.code", not(hasItem(withoutBdt)));
        given().auth().oauth2(Actors.ALICE_BDT).when().get("/api/v1/rounds/" + withoutBdt)
                .then().statusCode(404).body("code", equalTo("ROUND_NOT_FOUND"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get("/api/v1/rounds/" + withoutBdt + "/reports/STC")
                .then().statusCode(404);
        given().auth().oauth2(Actors.VERA_VIEWER).when().get("/api/v1/rounds/" + withoutBdt).then().statusCode(200);
    }

    @Test
    void builtInTemplatesAreListed() {
        given().auth().oauth2(Actors.CAROL_STC).when().get("/api/v1/templates")
                .then().statusCode(200).body("[0].code", equalTo("DVCQ-NAM"));
        given().auth().oauth2(Actors.CAROL_STC).when().get("/api/v1/templates/NOPE")
                .then().statusCode(404).body("code", equalTo("TEMPLATE_NOT_FOUND"));
    }
}
