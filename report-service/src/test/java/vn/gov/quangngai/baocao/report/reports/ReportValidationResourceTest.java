package vn.gov.quangngai.baocao.report.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ReportValidationResourceTest {

    @Test
    void unknownFigureWrongTypeAndNegativeCountAreNamedTogetherAndNothingIsStored() {
        String path = "/api/v1/rounds/" + Rounds.open("BDT") + "/reports/BDT";
        String etag = given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT)
                .put(path).then().statusCode(201).extract().header("ETag");
        String before = given().auth().oauth2(Actors.ALICE_BDT).get(path).then().extract().asString();

        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body("""
                {"indicators": [{"code": "II.9.unknown", "value": 3},
                                {"code": "II.1.elder_info_classes", "value": "mười hai"},
                                {"code": "II.3.receptions_periodic", "value": -1}]}""")
                .when().put(path)
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.pointer", containsInAnyOrder("/indicators/0/code", "/indicators/1/value", "/indicators/2/value"));

        given().auth().oauth2(Actors.ALICE_BDT).get(path).then().statusCode(200).header("ETag", etag);
        assertThat(given().auth().oauth2(Actors.ALICE_BDT).get(path).then().extract().asString()).isEqualTo(before);
    }

    @Test
    void unknownSectionMalformedDateAndOversizedTextArePointedAt() {
        String path = "/api/v1/rounds/" + Rounds.open("BDT") + "/reports/BDT";
        String huge = "a".repeat(100_001);
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body("""
                {"document": {"date": "15/11/2021"}, "sections": [{"key": "IX", "text": "x"}, {"key": "I", "text": "%s"}], "extra": 1}""".formatted(huge))
                .when().put(path)
                .then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/document/date", "/sections/0/key", "/sections/1/text", "/extra"));
        given().auth().oauth2(Actors.ALICE_BDT).get(path).then().statusCode(200).body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void anotherAgencysWriteIsRefusedBeforeItsBodyIsChecked() {
        String round = Rounds.open("BDT", "STC");
        String path = "/api/v1/rounds/" + round + "/reports/BDT";
        given().auth().oauth2(Actors.CAROL_STC).contentType("application/json").body("{\"bogus\": 1, \"sections\": 7}")
                .when().put(path).then().statusCode(403).body("code", equalTo("NOT_YOUR_AGENCY")).body("errors", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(Actors.CAROL_STC).contentType("text/plain").body("x").when().post(path + "/import")
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_AGENCY"));
        given().auth().oauth2(Actors.DANG_MINHLONG).contentType("application/json").body("{\"bogus\": 1}")
                .when().put("/api/v1/rounds/" + round + "/reports/MINHLONG").then().statusCode(404).body("code", equalTo("ROUND_NOT_FOUND"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        String path = "/api/v1/rounds/" + Rounds.open("BDT") + "/reports/BDT";
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body("{\"sections\": [")
                .when().put(path)
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_REQUEST"));
    }

    @Test
    void textIsStoredInNfc() {
        String path = "/api/v1/rounds/" + Rounds.open("BDT") + "/reports/BDT";
        String nfd = Normalizer.normalize("Ban Dân tộc đăng ký mô hình", Normalizer.Form.NFD);
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json; charset=utf-8")
                .body("{\"sections\": [{\"key\": \"II.6\", \"text\": \"" + nfd + "\"}]}")
                .put(path).then().statusCode(201);
        given().auth().oauth2(Actors.ALICE_BDT).get(path)
                .then().body("sections[0].text", equalTo(Normalizer.normalize(nfd, Normalizer.Form.NFC)));
    }

    @Test
    void ofTwoConcurrentWritesWithTheSameIfMatchExactlyOneWins() throws Exception {
        String path = "/api/v1/rounds/" + Rounds.open("BDT") + "/reports/BDT";
        String etag = given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT)
                .put(path).then().statusCode(201).extract().header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> writes = new ArrayList<>();
        for (int value : new int[] {20, 30}) {
            writes.add(() -> given().auth().oauth2(Actors.ALICE_BDT).header("If-Match", etag).contentType("application/json")
                    .body(Rounds.BDT_DRAFT.replace("\"value\": 12", "\"value\": " + value)).put(path).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(writes)) {
            statuses.add(status.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    }

    @Test
    void aWeakTagNeverMatchesAndAStrongOneOrAStarDoes() {
        String path = "/api/v1/rounds/" + Rounds.open("BDT") + "/reports/BDT";
        String etag = given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path)
                .then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(Actors.ALICE_BDT).header("If-Match", "W/" + etag).contentType("application/json").body(Rounds.BDT_DRAFT)
                .put(path).then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        String next = given().auth().oauth2(Actors.ALICE_BDT).header("If-Match", "\"0-0\", " + etag).contentType("application/json").body(Rounds.BDT_DRAFT)
                .put(path).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Actors.ALICE_BDT).header("If-Match", "*").contentType("application/json").body(Rounds.BDT_DRAFT)
                .put(path).then().statusCode(200);
        given().auth().oauth2(Actors.ALICE_BDT).header("If-Match", next).post(path + "/submit").then().statusCode(412);
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        String path = "/api/v1/rounds/" + Rounds.open("BDT") + "/reports/BDT";
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path).then().statusCode(201);
        given().auth().oauth2(Actors.ALICE_BDT).header("If-Match", "\"0-0\"").contentType("application/json").body(Rounds.BDT_DRAFT)
                .put(path).then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
    }
}
