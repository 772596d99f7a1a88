package vn.gov.quangngai.baocao.report.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/**
 * Twenty registry changes of the same agencies at once: none is a server error, exactly one wins
 * where only one can, the others are told which change won, and the lineage is a proper history.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AgencyRegistryConcurrencyResourceTest {

    private static final int AT_ONCE = 20;
    private static final AtomicInteger FRESH = new AtomicInteger();

    private static String fresh(String prefix) {
        return prefix + "-" + FRESH.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
    }

    private static Response change(String body) {
        return given().auth().oauth2(Actors.ADMIN).contentType("application/json").body(body).when().post("/api/v1/agencies/changes");
    }

    private static void create(String code) {
        change("""
                {"type": "CREATE", "effective": "2023-01-01", "basis": "Quyết định số 1/QĐ-UBND", "code": "%s", "name": "Cơ quan %s", "kind": "SO"}"""
                .formatted(code, code)).then().statusCode(201);
    }

    private static void noServerError(List<Response> answers) {
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.asString()).isLessThan(500));
    }

    /** The losers: 409, naming the winning change's type and a code it touched. */
    private static void losersNameTheWinner(List<Response> answers, String type, String code) {
        answers.stream().filter(a -> a.statusCode() != 201).forEach(answer -> {
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(409);
            assertThat(answer.jsonPath().getString("code")).isEqualTo("CONFLICT");
            assertThat(answer.jsonPath().getString("detail")).contains(type).contains(code);
        });
    }

    @Test
    void twentyAddsOfOneCodeMakeOneAgency() throws Exception {
        String code = fresh("ADD");
        List<Response> answers = Race.run(AT_ONCE, i -> given().auth().oauth2(Actors.ADMIN).contentType("application/json")
                .body("{\"code\": \"%s\", \"name\": \"Cơ quan thử\", \"kind\": \"SO\"}".formatted(code)).when().post("/api/v1/agencies"));
        noServerError(answers);
        assertThat(Race.count(answers, 201)).isEqualTo(1);
        assertThat(answers).filteredOn(a -> a.statusCode() != 201).allSatisfy(a -> assertThat(a.jsonPath().getString("code")).isEqualTo("AGENCY_EXISTS"));
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + code).then().statusCode(200).body("periods", hasSize(1));
    }

    @Test
    void twentyCreatesOfOneCodeMakeOneAgency() throws Exception {
        String code = fresh("CRE");
        List<Response> answers = Race.run(AT_ONCE, i -> change("""
                {"type": "CREATE", "effective": "2026-01-01", "basis": "Quyết định số %d/QĐ-UBND", "code": "%s", "name": "Cơ quan %d", "kind": "SO"}"""
                .formatted(i, code, i)));
        noServerError(answers);
        assertThat(Race.count(answers, 201)).isEqualTo(1);
        losersNameTheWinner(answers, "CREATE", code);
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + code).then().statusCode(200).body("periods", hasSize(1));
    }

    @Test
    void twentyRenamesOnOneDayLeaveOnePeriodFromThatDay() throws Exception {
        String code = fresh("REN");
        create(code);
        List<Response> answers = Race.run(AT_ONCE, i -> change("""
                {"type": "RENAME", "effective": "2026-05-01", "basis": "Quyết định số 2/QĐ-UBND", "code": "%s", "name": "Cơ quan mới"}""".formatted(code)));
        noServerError(answers);
        assertThat(Race.count(answers, 201)).isEqualTo(AT_ONCE);
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + code).then().statusCode(200)
                .body("periods", hasSize(2)).body("periods[0].validTo", equalTo("2026-05-01"))
                .body("periods[1].validFrom", equalTo("2026-05-01")).body("periods[1].validTo", nullValue())
                .body("periods[1].name", equalTo("Cơ quan mới"));
    }

    @Test
    void twentyMergesOfTheSameAgenciesIntoDifferentNewOnesLeaveOneSuccessor() throws Exception {
        String a = fresh("MA");
        String b = fresh("MB");
        create(a);
        create(b);
        String into = fresh("MN");
        List<Response> answers = Race.run(AT_ONCE, i -> change("""
                {"type": "MERGE", "effective": "2026-03-01", "basis": "Nghị quyết số 3", "from": ["%s", "%s"],
                 "into": {"code": "%s-%d", "name": "Cơ quan hợp nhất %d", "kind": "SO"}}""".formatted(a, b, into, i, i)));
        noServerError(answers);
        assertThat(Race.count(answers, 201)).isEqualTo(1);
        String winner = answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().jsonPath().getString("created[0]");
        losersNameTheWinner(answers, "MERGE", winner);
        for (String merged : List.of(a, b)) {
            given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + merged).then().statusCode(200)
                    .body("successors", contains(winner)).body("validTo", equalTo("2026-03-01")).body("periods", hasSize(1));
        }
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + winner).then().statusCode(200).body("predecessors", hasSize(2));
        for (int i = 0; i < AT_ONCE; i++) {
            if (!winner.equals(into + "-" + i)) {
                given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + into + "-" + i).then().statusCode(404);
            }
        }
    }

    @Test
    void twentySplitsOfOneAgencyLeaveOneSetOfSuccessors() throws Exception {
        String code = fresh("SP");
        create(code);
        List<Response> answers = Race.run(AT_ONCE, i -> change("""
                {"type": "SPLIT", "effective": "2026-04-01", "basis": "Quyết định số 4", "code": "%s",
                 "into": [{"code": "%s-A%d", "name": "Phần A", "kind": "BAN"}, {"code": "%s-B%d", "name": "Phần B", "kind": "BAN"}]}"""
                .formatted(code, code, i, code, i)));
        noServerError(answers);
        assertThat(Race.count(answers, 201)).isEqualTo(1);
        losersNameTheWinner(answers, "SPLIT", code);
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + code).then().statusCode(200)
                .body("successors", hasSize(2)).body("validTo", equalTo("2026-04-01")).body("periods", hasSize(1));
    }

    @Test
    void aDissolutionRacingAMergeLetsOneOfThemEndTheAgency() throws Exception {
        String a = fresh("DA");
        String b = fresh("DB");
        create(a);
        create(b);
        String into = fresh("DN");
        List<Response> answers = Race.run(AT_ONCE, i -> i % 2 == 0
                ? change("""
                {"type": "DISSOLVE", "effective": "2026-06-01", "basis": "Quyết định số 5", "code": "%s"}""".formatted(a))
                : change("""
                {"type": "MERGE", "effective": "2026-06-01", "basis": "Nghị quyết số 6", "from": ["%s", "%s"],
                 "into": {"code": "%s", "name": "Cơ quan hợp nhất", "kind": "SO"}}""".formatted(a, b, into)));
        noServerError(answers);
        assertThat(Race.count(answers, 201)).isEqualTo(1);
        assertThat(Race.count(answers, 409)).isEqualTo(AT_ONCE - 1);
        String won = answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().jsonPath().getString("type");
        losersNameTheWinner(answers, won, a);
        Response agency = given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + a);
        agency.then().statusCode(200).body("validTo", equalTo("2026-06-01")).body("periods", hasSize(1));
        if (won.equals("MERGE")) {
            agency.then().body("successors", contains(into));
        } else {
            agency.then().body("successors", empty());
            given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + into).then().statusCode(404);
            given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + b).then().statusCode(200).body("validTo", nullValue());
        }
    }

    @Test
    void twentyIdenticalListsOfOneNewCodeCreateItOnceAndFindItUnchangedAfter() throws Exception {
        String code = fresh("CSV");
        String csv = "code,name,kind,parent,validFrom\n%s,UBND xã Thử nghiệm,XA,,2025-07-01\n".formatted(code);
        List<Response> answers = Race.run(AT_ONCE, i -> given().auth().oauth2(Actors.ADMIN).contentType("text/csv; charset=utf-8").body(csv)
                .when().post("/api/v1/agencies/import"));
        noServerError(answers);
        assertThat(Race.count(answers, 200)).isEqualTo(AT_ONCE);
        assertThat(answers).allSatisfy(a -> assertThat(a.jsonPath().getBoolean("applied")).as(a.asString()).isTrue());
        assertThat(answers.stream().filter(a -> a.jsonPath().getInt("created") == 1).count()).isEqualTo(1);
        assertThat(answers.stream().filter(a -> a.jsonPath().getInt("unchanged") == 1).count()).isEqualTo(AT_ONCE - 1);
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + code).then().statusCode(200).body("periods", hasSize(1));
    }
}
