package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;

/** An agency's draft as its officer reads it over the API, and the figures and sections in it. */
final class AgencyDrafts {

    private AgencyDrafts() {
    }

    /** The draft of {@code agency} in {@code round}, read with {@code user}'s token (the read must answer 200). */
    static JsonPath draft(Suite suite, String user, String round, String agency) {
        return given().baseUri(suite.reportService.baseUrl()).auth().oauth2(suite.tokens.forDemoUser(user))
                .get("/api/v1/rounds/" + round + "/reports/" + agency).then().statusCode(200).extract().jsonPath();
    }

    /** A figure's value, whole numbers as {@code Long} so that they compare with literals; null when absent. */
    static Object figure(JsonPath report, String code) {
        Object value = report.get("indicators.find { it.code == '" + code + "' }.value");
        return value instanceof Number number ? number.longValue() : value;
    }

    /** A section's text; null when absent. */
    static String section(JsonPath report, String key) {
        return report.get("sections.find { it.key == '" + key + "' }.text");
    }
}
