package vn.gov.quangngai.baocao.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.Concurrently;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/**
 * Twenty identical requests at once, as an impatient client or a load balancer's retries send them:
 * never a server error, exactly one winner where one must win, and the others answered as the same
 * request sent afterwards would be.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ConcurrentWritesResourceTest {

    private static final int CLIENTS = 20;
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a client saw: the status, the replay header and the body. */
    record Answer(int status, String replayed, String body) {
        static Answer of(Response response) {
            return new Answer(response.statusCode(), response.header("Idempotent-Replayed"), response.asString());
        }

        String code() {
            return status < 400 ? null : io.restassured.path.json.JsonPath.from(body).getString("code");
        }
    }

    private static Map<Integer, Long> statuses(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
    }

    @Test
    void twentyIdenticalRoundOpeningsMakeOneRoundAndNineteenConflictsLikeASequentialDuplicate() throws Exception {
        // several codes: one round of twenty may by chance see its winner commit before the others look
        for (int attempt = 0; attempt < 3; attempt++) {
            String code = Rounds.freshCode();
            String body = Rounds.body(code, "2099-12-31", "BDT", "STC", "MINHLONG");

            List<Answer> answers = Concurrently.run(CLIENTS, BOUND, i -> () -> Answer.of(
                    given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(body).post("/api/v1/rounds")));

            assertThat(statuses(answers)).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, (long) CLIENTS - 1));
            String sequential = given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(body).post("/api/v1/rounds")
                    .then().statusCode(409).contentType("application/problem+json").extract().asString();
            assertThat(answers.stream().filter(a -> a.status() == 409).map(Answer::body))
                    .allSatisfy(conflict -> assertThat(JSON.readTree(conflict)).isEqualTo(JSON.readTree(sequential)));
            assertThat(JSON.readTree(sequential).get("code").asText()).isEqualTo("ROUND_EXISTS");
            given().auth().oauth2(Actors.BOB_REVIEWER).get("/api/v1/rounds/" + code + "/reports").then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(3));
        }
    }

    @Test
    void twentyIdenticalSubmissionsWithOneKeyMakeOneVersionAndAllAnswersAgree() throws Exception {
        long start = feedCursor();
        String round = Rounds.open("BDT");
        String path = "/api/v1/rounds/" + round + "/reports/BDT";

        List<Answer> answers = Concurrently.run(CLIENTS, BOUND, i -> () -> Answer.of(given().auth().oauth2(Actors.ALICE_BDT)
                .contentType("application/json").header("Idempotency-Key", "bdt-2021-once").body(Rounds.BDT_DRAFT).post(path + "/submissions")));

        assertThat(statuses(answers)).containsExactly(Map.entry(201, (long) CLIENTS));
        assertThat(answers).filteredOn(a -> a.replayed() == null).hasSize(1);
        assertThat(answers).filteredOn(a -> "true".equals(a.replayed())).hasSize(CLIENTS - 1);
        JsonNode first = JSON.readTree(answers.get(0).body());
        for (Answer answer : answers) {
            assertThat(JSON.readTree(answer.body())).isEqualTo(first);
        }
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertStoredAsSent(path, 1, Rounds.BDT_DRAFT);
        given().auth().oauth2(Actors.ALICE_BDT).get(path + "/versions/2").then().statusCode(404);
        assertThat(feedOf(round, start)).containsExactly("ROUND_OPENED@null", "SUBMITTED@1");
    }

    @Test
    void twentyIdenticalSubmissionsWithoutAKeyMakeOneVersionAndRefuseTheRestAsASubmittedReportIs() throws Exception {
        long start = feedCursor();
        String round = Rounds.open("BDT");
        String path = "/api/v1/rounds/" + round + "/reports/BDT";

        List<Answer> answers = Concurrently.run(CLIENTS, BOUND, i -> () -> Answer.of(given().auth().oauth2(Actors.ALICE_BDT)
                .contentType("application/json").body(Rounds.BDT_DRAFT).post(path + "/submissions")));

        assertThat(statuses(answers)).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, (long) CLIENTS - 1));
        assertThat(answers).filteredOn(a -> a.status() == 409).extracting(Answer::code).containsOnly("REPORT_NOT_EDITABLE");
        assertStoredAsSent(path, 1, Rounds.BDT_DRAFT);
        given().auth().oauth2(Actors.ALICE_BDT).get(path + "/versions/2").then().statusCode(404);
        assertThat(feedOf(round, start)).containsExactly("ROUND_OPENED@null", "SUBMITTED@1");
        given().auth().oauth2(Actors.ALICE_BDT).get(path + "/events").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("DRAFT_SAVED", "SUBMITTED"));
    }

    /** The version read back holds what the client sent: the same document, sections and figures. */
    private static void assertStoredAsSent(String path, int version, String sent) throws Exception {
        JsonNode stored = withoutNulls(JSON.readTree(given().auth().oauth2(Actors.ALICE_BDT).get(path + "/versions/" + version)
                .then().statusCode(200).extract().asString()));
        JsonNode body = JSON.readTree(sent);
        for (String member : List.of("document", "sections", "indicators")) {
            assertThat(stored.get(member)).as(member).isEqualTo(withoutNulls(body.get(member)));
        }
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(member -> member.getValue().isNull());
        }
        node.forEach(ConcurrentWritesResourceTest::withoutNulls);
        return node;
    }

    private static long feedCursor() {
        return given().auth().oauth2(Actors.AGGREGATION_READER).queryParam("after", 0).queryParam("limit", 1000)
                .get("/api/v1/changes").then().statusCode(200).extract().jsonPath().getLong("next");
    }

    private static List<String> feedOf(String round, long after) {
        return given().auth().oauth2(Actors.AGGREGATION_READER).queryParam("after", after).queryParam("limit", 1000)
                .get("/api/v1/changes").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.round == '" + round + "' }.collect { it.status + '@' + it.version }");
    }
}
