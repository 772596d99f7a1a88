package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every report-service endpoint × every role × own or other agency, against the real Keycloak.
 * Requests that pass authorisation are built to fail validation or a state check (422, 409, 404),
 * so the matrix changes nothing and each cell shows which gate answered.
 */
class AuthorizationMatrixIT {

    private static final List<String> ACTORS = List.of("anonymous", "alice", "carol", "dang", "bob", "vera", "reader", "admin");

    /** One endpoint and the status each actor gets. */
    record Cell(String method, String path, String body, String contentType, Map<String, Integer> expected) {
        Cell(String method, String path, String body, Map<String, Integer> expected) {
            this(method, path, body, "application/json", expected);
        }
    }

    private static Suite suite;
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static String round;

    @BeforeAll
    static void prepare() {
        suite = Suite.get();
        for (String person : List.of("alice", "carol", "dang", "bob", "vera", "admin")) {
            TOKENS.put(person, suite.tokens.forDemoUser(person));
        }
        TOKENS.put("reader", suite.tokens.forDevClient("aggregation-service"));
        round = ReportLifecycleIT.openRound(TOKENS.get("bob"), "BDT", "STC");
        String bdt = "/api/v1/rounds/" + round + "/reports/BDT";
        ReportLifecycleIT.as(TOKENS.get("alice")).contentType("application/json").body(ReportLifecycleIT.DRAFT).put(bdt).then().statusCode(201);
        ReportLifecycleIT.as(TOKENS.get("alice")).post(bdt + "/submit").then().statusCode(200);
    }

    //                                       anonymous alice carol dang bob vera reader admin
    private static Map<String, Integer> expect(int... statuses) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < ACTORS.size(); i++) {
            expected.put(ACTORS.get(i), statuses[i]);
        }
        return expected;
    }

    private static List<Cell> cells() {
        String r = "/api/v1/rounds/" + round;
        String bdt = r + "/reports/BDT";
        return List.of(
                new Cell("GET", "/api/v1/me", null, expect(401, 200, 200, 200, 200, 200, 200, 200)),
                new Cell("GET", "/api/v1/agencies", null, expect(401, 200, 200, 200, 200, 200, 200, 200)),
                new Cell("GET", "/api/v1/templates", null, expect(401, 200, 200, 200, 200, 200, 200, 200)),
                new Cell("POST", "/api/v1/rounds", "{}", expect(401, 403, 403, 403, 422, 403, 403, 403)),
                new Cell("GET", "/api/v1/rounds", null, expect(401, 200, 200, 200, 200, 200, 200, 200)),
                new Cell("GET", r, null, expect(401, 200, 200, 404, 200, 200, 200, 200)),
                new Cell("POST", "/api/v1/rounds/NO-SUCH-ROUND/close", null, expect(401, 403, 403, 403, 404, 403, 403, 403)),
                new Cell("GET", r + "/reports", null, expect(401, 403, 403, 403, 200, 200, 200, 403)),
                new Cell("PUT", bdt, "{\"bogus\": 1}", expect(401, 422, 403, 404, 403, 403, 403, 403)),
                new Cell("POST", bdt + "/submissions", "{\"bogus\": 1}", expect(401, 422, 403, 404, 403, 403, 403, 403)),
                new Cell("GET", bdt, null, expect(401, 200, 403, 404, 200, 200, 200, 403)),
                new Cell("POST", bdt + "/submit", null, expect(401, 409, 403, 404, 403, 403, 403, 403)),
                new Cell("GET", bdt + "/versions/1", null, expect(401, 200, 403, 404, 200, 200, 200, 403)),
                new Cell("GET", bdt + "/events", null, expect(401, 200, 403, 404, 200, 200, 200, 403)),
                new Cell("GET", bdt + "/diff?from=1&to=draft", null, expect(401, 200, 403, 404, 200, 403, 403, 403)),
                new Cell("POST", bdt + "/return", "{}", expect(401, 403, 403, 403, 422, 403, 403, 403)),
                new Cell("POST", r + "/reports/STC/accept", null, expect(401, 403, 403, 403, 409, 403, 403, 403)),
                new Cell("POST", bdt + "/reopen", "{}", expect(401, 403, 403, 403, 422, 403, 403, 403)),
                new Cell("GET", "/api/v1/changes", null, expect(401, 403, 403, 403, 200, 403, 200, 403)),
                new Cell("POST", bdt + "/import", "", "text/plain", expect(401, 422, 403, 404, 403, 403, 403, 403)),
                new Cell("POST", "/api/v1/agencies", "{}", expect(401, 403, 403, 403, 403, 403, 403, 422)),
                new Cell("PUT", "/api/v1/agencies/BDT", "{}", expect(401, 403, 403, 403, 403, 403, 403, 422)),
                new Cell("GET", "/api/v1/agencies/BDT/clients", null, expect(401, 403, 403, 403, 403, 403, 403, 200)),
                new Cell("POST", "/api/v1/agencies/NO-SUCH-AGENCY/clients", null, expect(401, 403, 403, 403, 403, 403, 403, 404)),
                // the realm's own agency system is no agency's client: found through no path, so untouched
                new Cell("POST", "/api/v1/agencies/BDT/clients/agency-bdt-system/secret", null, expect(401, 403, 403, 403, 403, 403, 403, 404)),
                new Cell("DELETE", "/api/v1/agencies/BDT/clients/agency-bdt-system", null, expect(401, 403, 403, 403, 403, 403, 403, 404)));
    }

    @Test
    void everyEndpointAnswersEveryRoleAsDesigned() {
        List<String> mismatches = new ArrayList<>();
        for (Cell cell : cells()) {
            for (Map.Entry<String, Integer> expected : cell.expected().entrySet()) {
                Response response = call(cell, TOKENS.get(expected.getKey()));
                int status = response.statusCode();
                if (status != expected.getValue()) {
                    mismatches.add(cell.method() + " " + cell.path() + " as " + expected.getKey() + ": " + status + " (expected " + expected.getValue() + ")");
                } else if (status >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    mismatches.add(cell.method() + " " + cell.path() + " as " + expected.getKey() + ": " + status + " without problem+json");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void noOneButItsAgencyAndReviewersSeesADraft() {
        String stc = "/api/v1/rounds/" + round + "/reports/STC";
        ReportLifecycleIT.as(TOKENS.get("carol")).contentType("application/json")
                .body("{\"sections\": [{\"key\": \"I\", \"text\": \"Bản nháp của Sở Tài chính.\"}]}").put(stc).then().statusCode(201);

        ReportLifecycleIT.as(TOKENS.get("alice")).get(stc).then().statusCode(403);
        ReportLifecycleIT.as(TOKENS.get("reader")).get(stc).then().statusCode(200).body("sections", org.hamcrest.Matchers.empty());
        ReportLifecycleIT.as(TOKENS.get("vera")).get(stc).then().statusCode(200).body("sections", org.hamcrest.Matchers.empty());
        ReportLifecycleIT.as(TOKENS.get("bob")).get(stc).then().statusCode(200).body("sections[0].text", org.hamcrest.Matchers.equalTo("Bản nháp của Sở Tài chính."));
    }

    private static Response call(Cell cell, String token) {
        var request = given().baseUri(suite.reportService.baseUrl());
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (cell.body() != null) {
            request = request.contentType(cell.contentType()).body(cell.body());
        }
        return request.request(cell.method(), cell.path());
    }
}
