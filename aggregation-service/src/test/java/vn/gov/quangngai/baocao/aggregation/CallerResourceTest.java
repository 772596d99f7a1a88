package vn.gov.quangngai.baocao.aggregation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CallerResourceTest {

    private static final TestTokens TOKENS = TestTokens.forService("aggregation-service");

    @Test
    void viewerSeesHisAgencyAndRole() {
        given().auth().oauth2(TOKENS.person("vera", "SNV", "Sở Nội vụ", "viewer"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("vera"))
                .body("agency.code", equalTo("SNV"))
                .body("roles", contains("viewer"));
    }

    @Test
    void tokenForReportServiceIsUnauthorizedHere() {
        given().auth().oauth2(TestTokens.forService("report-service").person("vera", "SNV", "Sở Nội vụ", "viewer"))
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @Test
    void healthIsOpenAndReady() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
