package vn.gov.quangngai.baocao.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/** Problems are written in Vietnamese unless the caller asks for English; the code never changes with the language. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ProblemLanguageResourceTest {

    private static String submittedReport() {
        String path = "/api/v1/rounds/" + Rounds.open("BDT") + "/reports/BDT";
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path).then().statusCode(201);
        given().auth().oauth2(Actors.ALICE_BDT).post(path + "/submit").then().statusCode(200);
        return path;
    }

    @Test
    void aFieldProblemIsVietnameseByDefaultAndEnglishOnRequest() {
        String path = submittedReport();
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{}").post(path + "/return")
                .then().statusCode(422).body("code", equalTo("VALIDATION_FAILED"))
                .body("title", equalTo("Dữ liệu không hợp lệ")).body("detail", equalTo("Yêu cầu có 1 lỗi."))
                .body("errors[0].pointer", equalTo("/reason")).body("errors[0].message", equalTo("bắt buộc"));
        given().auth().oauth2(Actors.BOB_REVIEWER).header("Accept-Language", "en-GB,en;q=0.8").contentType("application/json").body("{}")
                .post(path + "/return")
                .then().statusCode(422).body("code", equalTo("VALIDATION_FAILED"))
                .body("title", equalTo("Validation failed")).body("errors[0].message", equalTo("is required"));
        given().auth().oauth2(Actors.BOB_REVIEWER).header("Accept-Language", "vi").contentType("application/json").body("{}")
                .post(path + "/return").then().statusCode(422).body("errors[0].message", equalTo("bắt buộc"));
    }

    @Test
    void aFigureProblemSpeaksTheCallersLanguage() {
        String path = "/api/v1/rounds/" + Rounds.open("BDT") + "/reports/BDT";
        String body = "{\"indicators\": [{\"code\": \"II.1.elder_info_classes\", \"value\": \"mười hai\"}]}";
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(body).put(path)
                .then().statusCode(422).body("errors[0].message", containsString("phải là số nguyên"));
        given().auth().oauth2(Actors.ALICE_BDT).header("Accept-Language", "en").contentType("application/json").body(body).put(path)
                .then().statusCode(422).body("errors[0].message", containsString("must be a whole number"));
        given().auth().oauth2(Actors.ALICE_BDT).header("Accept-Language", "en").contentType("application/json")
                .body("{\"nilReport\": \"yes\", \"extra\": 1}").put(path)
                .then().statusCode(422).body("errors.message", org.hamcrest.Matchers.containsInAnyOrder("must be true or false", "is not a known field"));
    }

    @Test
    void aBodyThatIsNotJsonIsExplainedInTheCallersLanguageWithoutTheReadersOwnWords() {
        String path = "/api/v1/rounds/" + Rounds.open("BDT") + "/reports/BDT";
        String digits = "9".repeat(1_500);
        Map<String, String> vietnamese = new LinkedHashMap<>();
        vietnamese.put("{} {}", "sau giá trị JSON còn nội dung khác");
        vietnamese.put("{\"nilReport\": true", "kết thúc giữa chừng");
        vietnamese.put("{\"nilReport\": yes}", "không hợp lệ trong JSON");
        vietnamese.put("{\"indicators\": [{\"code\": \"II.1.elder_info_classes\", \"value\": " + digits + "}]}", "số dài quá 1000 chữ số");
        vietnamese.put("{\"nilReport\": true, \"nilReport\": false}", "xuất hiện hai lần");
        for (var entry : vietnamese.entrySet()) {
            Response answer = given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(entry.getKey()).put(path);
            answer.then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_REQUEST"))
                    .body("title", equalTo("Yêu cầu không đọc được"))
                    .body("detail", startsWith("Nội dung yêu cầu không phải là JSON đúng dạng"))
                    .body("errors[0].message", containsString(entry.getValue()));
            assertThat(answer.asString()).as(entry.getKey().substring(0, Math.min(40, entry.getKey().length())))
                    .doesNotContainIgnoringCase("jackson").doesNotContain("java.", "`", "Unexpected", "Cannot", "exceeds", "token");
        }
        given().auth().oauth2(Actors.ALICE_BDT).header("Accept-Language", "en").contentType("application/json").body("{} {}").put(path)
                .then().statusCode(400).body("detail", equalTo("The body is not valid JSON of the expected shape (at line 1, column 4)."))
                .body("errors[0].message", equalTo("there is more after the JSON value; the body must be exactly one JSON value"));
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body("{\n  \"nilReport\": tru\n}").put(path)
                .then().statusCode(400).body("detail", containsString("dòng 2"));
    }

    @Test
    void aForbiddenAnswerSpeaksTheCallersLanguage() {
        String stcRound = Rounds.open("BDT", "STC");
        given().auth().oauth2(Actors.CAROL_STC).when().get("/api/v1/rounds/" + stcRound + "/reports/BDT")
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_AGENCY")).body("title", equalTo("Không phải cơ quan của bạn"))
                .body("detail", containsString("BDT"));
        given().auth().oauth2(Actors.CAROL_STC).header("Accept-Language", "en").when().get("/api/v1/rounds/" + stcRound + "/reports/BDT")
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_AGENCY")).body("title", equalTo("Not your agency"))
                .body("detail", equalTo("Your token does not allow acting on the report of BDT."));
        given().auth().oauth2(Actors.ALICE_BDT).header("Accept-Language", "en").contentType("application/json").body("{\"reason\": \"x\"}")
                .post("/api/v1/rounds/" + stcRound + "/reports/BDT/return")
                .then().statusCode(403).body("code", equalTo("ACCESS_DENIED")).body("title", equalTo("Access denied"));
    }

    @Test
    void aRefusedStatusChangeSaysWhyInAFieldMachinesRead() {
        String path = "/api/v1/rounds/" + Rounds.open("BDT") + "/reports/BDT";
        given().auth().oauth2(Actors.ALICE_BDT).post(path + "/submit")
                .then().statusCode(409).body("code", equalTo("INVALID_TRANSITION")).body("reason", equalTo("NO_DRAFT"));
        given().auth().oauth2(Actors.BOB_REVIEWER).post(path + "/accept")
                .then().statusCode(409).body("code", equalTo("INVALID_TRANSITION")).body("reason", equalTo("NO_DRAFT"));
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path).then().statusCode(201);
        given().auth().oauth2(Actors.BOB_REVIEWER).post(path + "/accept")
                .then().statusCode(409).body("reason", equalTo("NOT_SUBMITTED"));
        given().auth().oauth2(Actors.ALICE_BDT).post(path + "/submit").then().statusCode(200);
        given().auth().oauth2(Actors.ALICE_BDT).post(path + "/submit")
                .then().statusCode(409).body("reason", equalTo("ALREADY_SUBMITTED")).body("detail", containsString("Đã nộp"));
        given().auth().oauth2(Actors.BOB_REVIEWER).post(path + "/accept").then().statusCode(200);
        given().auth().oauth2(Actors.ALICE_BDT).header("Accept-Language", "en").post(path + "/submit")
                .then().statusCode(409).body("reason", equalTo("ALREADY_ACCEPTED")).body("detail", containsString("accepted"));
    }
}
