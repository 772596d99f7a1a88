package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One agency's report from draft to accepted, over real HTTP with real Keycloak tokens. */
class ReportLifecycleIT {

    static final String DRAFT = """
            {"document": {"number": "125/BC-BDT", "date": "2021-11-12", "place": "Quảng Ngãi",
                          "signer": {"name": "Nguyễn Thế Nhân", "title": "PHÓ TRƯỞNG BAN", "delegation": "KT. TRƯỞNG BAN"},
                          "recipients": ["Sở Nội vụ", "Lưu: VT, VP"]},
             "sections": [{"key": "II.3", "text": "Năm 2021, Ban Dân tộc không tiếp công dân định kỳ và đột xuất."}],
             "indicators": [{"code": "II.2.procedures_total", "value": 2},
                            {"code": "II.3.receptions_periodic", "value": 0},
                            {"code": "II.3.receptions_adhoc", "value": 0},
                            {"code": "II.6.models", "value": 1}]}""";

    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
    }

    static RequestSpecification as(String token) {
        return given().baseUri(suite.reportService.baseUrl()).auth().oauth2(token);
    }

    static String openRound(String reviewerToken, String... agencies) {
        return SuiteRounds.open(suite, reviewerToken, "2099-11-15", java.util.List.of(agencies));
    }

    @Test
    void openDraftSubmitReturnResubmitAcceptWithEveryStepAudited() {
        String bob = suite.tokens.forDemoUser("bob");
        String alice = suite.tokens.forDemoUser("alice");
        String carol = suite.tokens.forDemoUser("carol");
        String round = openRound(bob, "BDT", "STC", "MINHLONG");
        String path = "/api/v1/rounds/" + round + "/reports/BDT";

        as(alice).contentType("application/json").body(DRAFT).when().put(path).then().statusCode(201);
        as(alice).when().post(path + "/submit").then().statusCode(200).body("version", equalTo(1)).body("status", equalTo("SUBMITTED"));
        String version1 = as(bob).when().get(path + "/versions/1").then().statusCode(200).extract().asString();

        as(carol).when().get(path).then().statusCode(403).contentType("application/problem+json");
        as(carol).when().get(path + "/versions/1").then().statusCode(403);
        as(carol).contentType("application/json").body(DRAFT).when().put(path).then().statusCode(403);

        as(bob).contentType("application/json").body("{\"reason\": \"Đề nghị bổ sung kết quả tiếp công dân.\"}")
                .when().post(path + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
        as(alice).contentType("application/json").body(DRAFT.replace("\"value\": 1}", "\"value\": 2}"))
                .when().put(path).then().statusCode(200).body("status", equalTo("RETURNED"));
        as(alice).when().post(path + "/submit").then().statusCode(200).body("version", equalTo(2));
        as(bob).when().post(path + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));

        as(alice).when().get(path + "/events").then().statusCode(200)
                .body("items.action", contains("DRAFT_SAVED", "SUBMITTED", "RETURNED", "DRAFT_SAVED", "SUBMITTED", "ACCEPTED"))
                .body("items.actor.username", contains("alice", "alice", "bob", "alice", "alice", "bob"))
                .body("items[2].actor.name", equalTo("Bob Lê Văn"))
                .body("items[2].reason", equalTo("Đề nghị bổ sung kết quả tiếp công dân."));
        String version1Again = as(alice).when().get(path + "/versions/1").then().statusCode(200).extract().asString();
        assertThat(version1Again).isEqualTo(version1);
        assertThat(JsonPath.from(version1Again).getInt("indicators.find { it.code == 'II.6.models' }.value")).isEqualTo(1);
    }

    @Test
    void badFiguresAreAllNamedAndNothingChanges() {
        String alice = suite.tokens.forDemoUser("alice");
        String round = openRound(suite.tokens.forDemoUser("bob"), "BDT");
        String path = "/api/v1/rounds/" + round + "/reports/BDT";
        as(alice).contentType("application/json").body(DRAFT).when().put(path).then().statusCode(201);
        String before = as(alice).when().get(path).then().extract().asString();

        as(alice).contentType("application/json").body("""
                {"indicators": [{"code": "II.9.unknown", "value": 1},
                                {"code": "II.2.procedures_total", "value": "hai"},
                                {"code": "II.3.receptions_adhoc", "value": -3}]}""")
                .when().put(path)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/indicators/0/code", "/indicators/1/value", "/indicators/2/value"));
        assertThat(as(alice).when().get(path).then().extract().asString()).isEqualTo(before);
    }

    @Test
    void agencySystemSubmitsWithItsOwnClientCredentials() {
        String round = openRound(suite.tokens.forDemoUser("bob"), "BDT");
        String system = suite.tokens.forDevClient("agency-bdt-system");
        String path = "/api/v1/rounds/" + round + "/reports/BDT";

        as(system).contentType("application/json").body(DRAFT).when().put(path).then().statusCode(201);
        as(system).header("Idempotency-Key", "bdt-" + round).when().post(path + "/submit").then().statusCode(200).body("version", equalTo(1));
        as(system).header("Idempotency-Key", "bdt-" + round).when().post(path + "/submit").then().statusCode(200).body("version", equalTo(1));
        as(suite.tokens.forDemoUser("bob")).when().get(path + "/events").then()
                .body("items.actor.username", contains("service-account-agency-bdt-system", "service-account-agency-bdt-system"));
    }
}
