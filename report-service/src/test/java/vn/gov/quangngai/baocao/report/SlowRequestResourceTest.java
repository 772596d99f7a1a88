package vn.gov.quangngai.baocao.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.RawHttp;

/**
 * Requests whose body comes slowly or never: who sent it is checked before the body is read, and
 * the body has a deadline (3 s in the test profile); waiting for it costs no worker thread.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SlowRequestResourceTest {

    private static final Duration DEADLINE = Duration.ofSeconds(3);

    private static String headersOnly(String method, String path, String token, int contentLength) {
        return headersOnly(method, path, token, contentLength, "application/json");
    }

    private static String headersOnly(String method, String path, String token, int contentLength, String contentType) {
        return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + contentLength + "\r\n\r\n{\"sections\": [";
    }

    @Test
    void aStalledBodyFromASubmitterOfAnotherAgencyIsRefusedAtOnce() {
        String round = Rounds.open("BDT", "STC");
        String report = "/api/v1/rounds/" + round + "/reports/STC";
        for (String path : List.of(report, report + "/submit", report + "/submissions", report + "/import")) {
            String method = path.equals(report) ? "PUT" : "POST";
            String type = path.endsWith("/import") ? "text/plain; charset=utf-8" : "application/json";
            try (RawHttp request = RawHttp.send(RestAssured.port, headersOnly(method, path, Actors.ALICE_BDT, 50_000, type))) {
                RawHttp.Answer answer = request.answer(Duration.ofSeconds(10));
                assertThat(answer.status()).as(path).isEqualTo(403);
                assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
                assertThat(answer.body()).contains("\"code\":\"NOT_YOUR_AGENCY\"");
                assertThat(answer.took()).as("answered before the body's deadline").isLessThan(DEADLINE.dividedBy(2));
                assertThat(request.closedByServer(Duration.ofSeconds(6))).as("the rest of the body is not waited for").isTrue();
            }
        }
    }

    @Test
    void aStalledBodyFromASubmitterOutsideTheRoundIsToldTheRoundIsNotFoundAtOnce() {
        String round = Rounds.open("BDT", "STC");
        String report = "/api/v1/rounds/" + round + "/reports/BDT";
        for (String path : List.of(report, report + "/submissions")) {
            try (RawHttp request = RawHttp.send(RestAssured.port, headersOnly(path.equals(report) ? "PUT" : "POST", path, Actors.DANG_MINHLONG, 50_000))) {
                RawHttp.Answer answer = request.answer(Duration.ofSeconds(10));
                assertThat(answer.status()).as(path).isEqualTo(404);
                assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
                assertThat(answer.body()).contains("\"code\":\"ROUND_NOT_FOUND\"");
                assertThat(answer.took()).isLessThan(DEADLINE.dividedBy(2));
            }
        }
    }

    @Test
    void aStalledBodyFromACallerWithoutTheRoleIsRefusedAtOnce() {
        String round = Rounds.open("BDT");
        try (RawHttp request = RawHttp.send(RestAssured.port, headersOnly("PUT", "/api/v1/rounds/" + round + "/reports/BDT", Actors.VERA_VIEWER, 50_000))) {
            RawHttp.Answer answer = request.answer(Duration.ofSeconds(10));
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.body()).contains("\"code\":\"ACCESS_DENIED\"");
            assertThat(answer.took()).isLessThan(DEADLINE.dividedBy(2));
        }
        for (String path : List.of("/api/v1/rounds", "/api/v1/agencies/BDT/clients", "/api/v1/agencies/BDT/clients/agency-bdt-system/secret")) {
            try (RawHttp request = RawHttp.send(RestAssured.port, headersOnly("POST", path, Actors.ALICE_BDT, 50_000))) {
                RawHttp.Answer answer = request.answer(Duration.ofSeconds(10));
                assertThat(answer.status()).as(path).isEqualTo(403);
                assertThat(answer.body()).contains("\"code\":\"ACCESS_DENIED\"");
                assertThat(answer.took()).isLessThan(DEADLINE.dividedBy(2));
            }
        }
    }

    @Test
    void aStalledBodyOfTheRightAgencyIsCutAtItsDeadlineAndNothingIsStored() {
        String round = Rounds.open("BDT");
        String path = "/api/v1/rounds/" + round + "/reports/BDT";
        String etag = given().auth().oauth2(Actors.ALICE_BDT).when().get(path).then().statusCode(200).extract().header("ETag");
        try (RawHttp request = RawHttp.send(RestAssured.port, headersOnly("PUT", path, Actors.ALICE_BDT, 50_000))) {
            RawHttp.Answer answer = request.answer(Duration.ofSeconds(15));
            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
            assertThat(answer.body()).contains("\"code\":\"REQUEST_TIMEOUT\"");
            assertThat(answer.took()).isGreaterThanOrEqualTo(DEADLINE.minusMillis(100)).isLessThan(DEADLINE.multipliedBy(3));
            assertThat(request.closedByServer(Duration.ofSeconds(6))).isTrue();
        }
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void aBodyTrickledSlowerThanItsDeadlineIsCutToo() throws InterruptedException {
        String round = Rounds.open("BDT");
        try (RawHttp request = RawHttp.send(RestAssured.port, headersOnly("PUT", "/api/v1/rounds/" + round + "/reports/BDT", Actors.ALICE_BDT, 50_000))) {
            long start = System.nanoTime();
            RawHttp.Answer answer = null;
            while (answer == null && System.nanoTime() - start < DEADLINE.multipliedBy(3).toNanos()) {
                request.write("{\"key\": \"II.1\", \"text\": \"x\"},"); // a few bytes every 200 ms keeps the connection busy, never done
                answer = request.answer(Duration.ofMillis(200));
            }
            assertThat(answer).isNotNull();
            assertThat(answer.status()).isEqualTo(408);
        }
    }

    @Test
    void stalledBodiesHoldNoWorkerThreadAndOthersAreServedMeanwhile() {
        String round = Rounds.open("BDT");
        List<RawHttp> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                stalled.add(RawHttp.send(RestAssured.port, headersOnly("PUT", "/api/v1/rounds/" + round + "/reports/BDT", Actors.ALICE_BDT, 50_000)));
            }
            long start = System.nanoTime();
            given().auth().oauth2(Actors.ALICE_BDT).when().get("/api/v1/rounds/" + round + "/reports/BDT").then().statusCode(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.dividedBy(2));
            assertThat(threadsReadingABody()).as("threads blocked reading a request body").isEmpty();
            for (RawHttp request : stalled) {
                assertThat(request.answer(Duration.ofSeconds(15)).status()).isEqualTo(408);
            }
        } finally {
            stalled.forEach(RawHttp::close);
        }
    }

    /** Threads of this JVM (the service runs in it) whose stack is in a blocking read of a request body. */
    private static List<String> threadsReadingABody() {
        List<String> reading = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (Arrays.stream(stack).anyMatch(frame -> frame.getClassName().contains("VertxInputStream") || frame.getClassName().contains("VertxBlockingInput"))) {
                reading.add(thread.getName());
            }
        });
        return reading;
    }
}
