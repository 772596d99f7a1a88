package vn.gov.quangngai.baocao.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.RawHttp;

/** Every refusal of the HTTP layer is problem+json with a catalogued code, and the service stores nothing for it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class HttpProblemResourceTest {

    private static final int LIMIT = 10 * 1024 * 1024;

    private static RawHttp.Answer raw(String request) {
        try (RawHttp http = RawHttp.send(RestAssured.port, request)) {
            return http.answer(Duration.ofSeconds(10));
        }
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String code) {
        assertThat(answer).as("an answer").isNotNull();
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status).contains("\"code\":\"" + code + "\"");
        assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithAProblemWhateverWayItIsSent() {
        String declared = "POST /api/v1/rounds HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Actors.BOB_REVIEWER
                + "\r\nContent-Type: application/json\r\nContent-Length: " + (LIMIT + 1) + "\r\n\r\n";
        assertProblem(raw(declared), 413, "PAYLOAD_TOO_LARGE");
        assertProblem(raw(declared.replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n")), 413, "PAYLOAD_TOO_LARGE");

        byte[] chunk = ("{\"code\": \"" + "A".repeat(1 << 20)).getBytes(StandardCharsets.US_ASCII);
        try (RawHttp http = RawHttp.send(RestAssured.port, "POST /api/v1/rounds HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Actors.BOB_REVIEWER
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")) {
            RawHttp.Answer answer = null;
            for (int sent = 0; sent <= LIMIT + chunk.length && answer == null; sent += chunk.length) {
                try {
                    http.write(Integer.toHexString(chunk.length) + "\r\n" + new String(chunk, StandardCharsets.US_ASCII) + "\r\n");
                } catch (java.io.UncheckedIOException closed) {
                    break; // the service answered and closed the connection
                }
            }
            assertProblem(http.answer(Duration.ofSeconds(10)), 413, "PAYLOAD_TOO_LARGE");
        }
    }

    @Test
    void anOverlongTargetOrHeaderBlockIsAProblem() {
        assertProblem(raw("GET /api/v1/rounds?x=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414, "URI_TOO_LONG");
        assertProblem(raw("GET /api/v1/rounds HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(20_000) + "\r\n\r\n"), 431, "HEADERS_TOO_LARGE");
    }

    @Test
    void aNulOrABrokenEscapeInThePathIsABadRequestNotAServerError() {
        String auth = "\r\nHost: localhost\r\nAuthorization: Bearer " + Actors.BOB_REVIEWER + "\r\n\r\n";
        assertProblem(raw("GET /api/v1/rounds/%00 HTTP/1.1" + auth), 400, "MALFORMED_REQUEST");
        assertProblem(raw("GET /api/v1/rounds/%00/reports/BDT/events HTTP/1.1" + auth), 400, "MALFORMED_REQUEST");
        assertProblem(raw("GET /api/v1/rounds/%zz HTTP/1.1" + auth), 400, "MALFORMED_REQUEST");
        assertProblem(raw("GET /api/v1/rounds?status=%00 HTTP/1.1" + auth), 400, "MALFORMED_REQUEST");
        assertProblem(raw("GET /api/v1/rounds/a|b HTTP/1.1" + auth), 400, "MALFORMED_REQUEST");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsABadRequestNotAMissingResource() {
        for (String query : new String[] {"/api/v1/rounds?page=abc", "/api/v1/rounds?size=1e3", "/api/v1/changes?after=abc",
                "/api/v1/changes?limit=99999999999999999999", "/api/v1/agencies?page=-"}) {
            given().auth().oauth2(Actors.BOB_REVIEWER).when().get(query)
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_REQUEST"));
        }
    }

    @Test
    void aDayThatIsNotOnTheCalendarIsAFieldErrorNotAServerError() {
        for (String day : new String[] {"2021-02-30", "2021-13-01", "2021-00-10", "notadate"}) {
            given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("asOf", day).when().get("/api/v1/agencies")
                    .then().statusCode(422).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].pointer", equalTo("/asOf"));
        }
        given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("asOf", "2024-02-29").when().get("/api/v1/agencies").then().statusCode(200);
    }

    @Test
    void aQueryParameterOutOfItsSetIsExplainedInTheCallersLanguage() {
        given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("status", "WHATEVER").when().get("/api/v1/rounds")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/status")).body("errors[0].message", equalTo("phải là OPEN hoặc CLOSED"));
        given().auth().oauth2(Actors.BOB_REVIEWER).header("Accept-Language", "en").queryParam("limit", 0).when().get("/api/v1/changes")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/limit")).body("errors[0].message", equalTo("must be at least 1"));
        given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("size", 501).when().get("/api/v1/rounds")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/size")).body("errors[0].message", equalTo("phải nhỏ hơn hoặc bằng 500"));
    }

    @Test
    void aDryRunThatIsNeitherTrueNorFalseIsRefusedAndChangesNothing() {
        String change = """
                {"type": "CREATE", "effective": "2026-01-01", "basis": "Quyết định thử", "code": "DRYRUN-WORD", "name": "Cơ quan thử", "kind": "SO"}""";
        for (String word : new String[] {"yes", "1", "on", "maybe", "", "TRUE", "True"}) {
            given().auth().oauth2(Actors.ADMIN).contentType("application/json").body(change).queryParam("dryRun", word)
                    .when().post("/api/v1/agencies/changes")
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_REQUEST"));
        }
        given().auth().oauth2(Actors.BOB_REVIEWER).when().get("/api/v1/agencies/DRYRUN-WORD").then().statusCode(404);
        given().auth().oauth2(Actors.ADMIN).contentType("application/json").body(change).queryParam("dryRun", "true")
                .when().post("/api/v1/agencies/changes").then().statusCode(200);
        given().auth().oauth2(Actors.BOB_REVIEWER).when().get("/api/v1/agencies/DRYRUN-WORD").then().statusCode(404);
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIsRefusedNotWrappedRound() {
        for (String page : new String[] {"2147483647", "99999999", "4294967"}) {
            given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("page", page).when().get("/api/v1/rounds")
                    .then().statusCode(422).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].pointer", equalTo("/page"));
        }
        given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("page", 4_294_966).queryParam("size", 500).when().get("/api/v1/rounds")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void textAfterTheJsonBodyIsRefusedAndNothingIsStored() {
        String round = Rounds.open("BDT");
        String path = "/api/v1/rounds/" + round + "/reports/BDT";
        String etag = given().auth().oauth2(Actors.ALICE_BDT).when().get(path).then().extract().header("ETag");
        for (String body : new String[] {Rounds.BDT_DRAFT + "x", Rounds.BDT_DRAFT + " {}", "{}x"}) {
            given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(body).when().put(path)
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_REQUEST"));
        }
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path).then().statusCode(200).header("ETag", etag);
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(Rounds.body(Rounds.freshCode(), "2099-12-31", "BDT") + "]")
                .when().post("/api/v1/rounds").then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
    }

    @Test
    void locationIsNotBuiltFromTheHostHeader() {
        String code = Rounds.freshCode();
        String location = given().auth().oauth2(Actors.BOB_REVIEWER).header("Host", "evil.example:666").header("X-Forwarded-Host", "evil.example")
                .contentType("application/json").body(Rounds.body(code, "2099-12-31", "BDT"))
                .when().post("/api/v1/rounds").then().statusCode(201).extract().header("Location");
        assertThat(location).isEqualTo("/api/v1/rounds/" + code);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndSwaggerUiItsPolicy() {
        given().auth().oauth2(Actors.BOB_REVIEWER).when().get("/api/v1/rounds")
                .then().statusCode(200).header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer");
        given().when().get("/api/v1/rounds")
                .then().statusCode(401).header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer");
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200).header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"))
                .header("X-Content-Type-Options", "nosniff");
    }
}
