package vn.gov.quangngai.baocao.aggregation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.RawHttp;
import vn.gov.quangngai.baocao.support.testing.TestTokens;

/** aggregation-service refuses malformed requests as report-service does: problem+json, never a 500. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class HttpProblemResourceTest {

    private static final TestTokens TOKENS = TestTokens.forService("aggregation-service");
    private static final String BOB = TOKENS.person("bob", "SNV", "Sở Nội vụ", "reviewer");

    private static RawHttp.Answer raw(String request) {
        try (RawHttp http = RawHttp.send(RestAssured.port, request)) {
            return http.answer(Duration.ofSeconds(10));
        }
    }

    @Test
    void aNulInThePathIsABadRequestNotAServerError() {
        for (String path : new String[] {"/api/v1/rounds/%00/summary", "/api/v1/rounds/%00/completeness", "/api/v1/rounds/A%00/snapshots"}) {
            RawHttp.Answer answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + BOB + "\r\n\r\n");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
            assertThat(answer.body()).contains("\"code\":\"MALFORMED_REQUEST\"");
        }
    }

    @Test
    void aQueryParameterOfTheWrongTypeOrAnOverflowingPageIsRefused() {
        given().auth().oauth2(BOB).queryParam("page", "abc").when().get("/api/v1/rounds/NO-SUCH/snapshots")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_REQUEST"));
        given().auth().oauth2(BOB).queryParam("page", "2147483647").when().get("/api/v1/rounds/NO-SUCH/snapshots")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/page"));
    }

    @Test
    void aStalledBodyFromACallerWithoutTheRoleIsRefusedAtOnce() {
        try (RawHttp request = RawHttp.send(RestAssured.port, "POST /api/v1/feed/nudge HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + BOB
                + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")) {
            RawHttp.Answer answer = request.answer(Duration.ofSeconds(10));
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.took()).isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void aBodyOverTheLimitIsAProblem() {
        RawHttp.Answer answer = raw("POST /api/v1/rounds/X/snapshots HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + BOB
                + "\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }
}
