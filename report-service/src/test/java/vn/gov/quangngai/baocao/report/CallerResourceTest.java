package vn.gov.quangngai.baocao.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CallerResourceTest {

    private static final TestTokens TOKENS = TestTokens.forService("report-service");

    @Test
    void submitterSeesHerAgencyAndRole() {
        given().auth().oauth2(TOKENS.person("alice", "BDT", "Ban Dân tộc", "submitter", "offline_access"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("alice"))
                .body("agency.code", equalTo("BDT"))
                .body("agency.name", equalTo("Ban Dân tộc"))
                .body("roles", contains("submitter"))
                .body("client", equalTo("baocao-cli"));
    }

    @Test
    void noTokenIsUnauthorizedProblem() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("code", equalTo("AUTHENTICATION_REQUIRED"))
                .body("status", equalTo(401));
    }

    @Test
    void expiredTokenIsUnauthorized() {
        given().auth().oauth2(TOKENS.expired("alice", "submitter"))
                .when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenForAnotherServiceIsUnauthorized() {
        given().auth().oauth2(TOKENS.personForAudience("aggregation-service", "alice", "submitter"))
                .when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorized() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(TestTokens.ISSUER).subject("sub-mallory").audience("report-service")
                .claim("preferred_username", "mallory").expiresIn(300)
                .sign(generator.generateKeyPair().getPrivate());

        given().auth().oauth2(forged)
                .when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        given().auth().oauth2(TOKENS.person("bob", "SNV", "Sở Nội vụ", "reviewer"))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("RESOURCE_NOT_FOUND"));
    }
}
