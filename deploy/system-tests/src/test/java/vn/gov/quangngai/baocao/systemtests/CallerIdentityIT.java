package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Both services against the real Keycloak: who /api/v1/me says you are, and which tokens get 401. */
class CallerIdentityIT {

    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
    }

    static List<String> services() {
        Suite running = Suite.get();
        return List.of(running.reportService.baseUrl(), running.aggregationService.baseUrl());
    }

    @ParameterizedTest
    @MethodSource("services")
    void alicesPasswordTokenNamesBanDanTocAndSubmitter(String service) {
        given().auth().oauth2(suite.tokens.forDemoUser("alice"))
                .when().get(service + "/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("alice"))
                .body("agency.code", equalTo("BDT"))
                .body("agency.name", equalTo("Ban Dân tộc"))
                .body("roles", contains("submitter"))
                .body("client", equalTo("baocao-cli"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void reviewerAndViewerActForSoNoiVu(String service) {
        given().auth().oauth2(suite.tokens.forDemoUser("bob"))
                .when().get(service + "/api/v1/me")
                .then().statusCode(200).body("agency.code", equalTo("SNV")).body("roles", contains("reviewer"));
        given().auth().oauth2(suite.tokens.forDemoUser("vera"))
                .when().get(service + "/api/v1/me")
                .then().statusCode(200).body("agency.code", equalTo("SNV")).body("roles", contains("viewer"));
    }

    @Test
    void districtSubmitterActsForHisDistrict() {
        given().auth().oauth2(suite.tokens.forDemoUser("dang"))
                .when().get(suite.reportService.baseUrl() + "/api/v1/me")
                .then().statusCode(200).body("agency.code", equalTo("MINHLONG")).body("agency.name", equalTo("UBND huyện Minh Long"));
    }

    @Test
    void agencySystemClientActsAsBanDanTocSubmitter() {
        given().auth().oauth2(suite.tokens.forDevClient("agency-bdt-system"))
                .when().get(suite.reportService.baseUrl() + "/api/v1/me")
                .then().statusCode(200)
                .body("agency.code", equalTo("BDT"))
                .body("roles", contains("submitter"))
                .body("client", equalTo("agency-bdt-system"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void noTokenIsUnauthorizedProblem(String service) {
        given().when().get(service + "/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("code", equalTo("AUTHENTICATION_REQUIRED"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void tokenSignedByAStrangerIsUnauthorized(String service) {
        String audience = service.equals(suite.reportService.baseUrl()) ? "report-service" : "aggregation-service";
        String forged = ForgedTokens.signedByStranger(suite.keycloak.issuer(), audience, "alice", "BDT", "submitter");

        given().auth().oauth2(forged)
                .when().get(service + "/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void eachServiceRefusesATokenIssuedForTheOther() {
        // report-service's own token is for aggregation-service (the nudge), and the other way round
        given().auth().oauth2(suite.tokens.forDevClient("report-service"))
                .when().get(suite.reportService.baseUrl() + "/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(suite.tokens.forDevClient("aggregation-service"))
                .when().get(suite.aggregationService.baseUrl() + "/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(suite.tokens.forDevClient("report-service"))
                .when().get(suite.aggregationService.baseUrl() + "/api/v1/me")
                .then().statusCode(200).body("roles", contains("report-notifier"));
    }

    @Test
    void expiredTokenIsUnauthorized() {
        KeycloakAdmin admin = new KeycloakAdmin(suite.keycloak.baseUrl(), suite.keycloak.adminUser(), suite.keycloak.adminPassword());
        int lifespanSeconds = 2;
        String secret = admin.createShortLivedClient("short-lived-probe", "report-service", lifespanSeconds);
        String token = suite.tokens.forClient("short-lived-probe", secret);
        String me = suite.reportService.baseUrl() + "/api/v1/me";

        given().auth().oauth2(token).when().get(me).then().statusCode(200);
        // refused once it has expired, within a few seconds of its lifespan (the services allow no long grace)
        await("the token refused after its lifespan of " + lifespanSeconds + " s").atMost(Duration.ofSeconds(lifespanSeconds + 10))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(token).when().get(me).statusCode() != 200);
        given().auth().oauth2(token).when().get(me)
                .then().statusCode(401).contentType("application/problem+json");
    }
}
