package vn.gov.quangngai.baocao.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.onboarding.InMemoryAgencyClients;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.IsolatedDatabaseProfile;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.TestTokens;
import vn.gov.quangngai.baocao.support.testing.WriteFuzzer;

/**
 * Generated bodies, headers and query strings against every write endpoint of report-service:
 * never a 5xx, never an answer slower than 10 s, every refusal problem+json with a code, and
 * nothing stored by a refused request (the report's ETag, the registry entry, the number of
 * rounds, an agency's system clients and their secrets unchanged). A database of its own: the
 * fuzzer may add agencies and rounds.
 */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class WriteEndpointsFuzzTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 1_500);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_130L);
    private static final String ADMIN = TestTokens.forService("report-service").person("admin", null, null, "admin");
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String REGISTRY_CHANGE = "{\"type\": \"RENAME\", \"effective\": \"2099-01-01\", \"basis\": \"Quyết định thử\", "
            + "\"code\": \"FUZZ\", \"name\": \"Cơ quan thử đổi tên\"}";
    private static final String CLIENTS = "/api/v1/agencies/MINHLONG/clients";
    private static final String REGISTRY_CSV = "code,name,kind,parent,validFrom\nFZCSV,UBND xã Thử,XA,,2099-01-01\n";

    /** A draft of the round {@link #figuresRound} opens. */
    private static final String FIGURES_DRAFT = """
            {"sections": [{"key": "I", "text": "Ban Dân tộc báo cáo số liệu quý IV."}],
             "indicators": [{"code": "I.count", "value": 12}, {"code": "I.share", "value": 12.5}, {"code": "I.money", "value": 9000000000},
                            {"code": "I.note", "value": "Không phát sinh"}, {"code": "I.has", "value": true}]}""";

    @Inject
    InMemoryAgencyClients clients;

    @Test
    void generatedRequestsToEveryWriteEndpointNeverFailTheServiceAndARefusalStoresNothing() throws Exception {
        WriteFuzzer.Result result = new WriteFuzzer("http://localhost:" + RestAssured.port).run(targets(), CASES, SEED);
        assertThat(result.failures()).as("fuzzing failures (seed " + SEED + ")").isEmpty();
        assertThat(result.refused()).as("most generated requests are refused").isGreaterThan(CASES / 3);
    }

    /** A round whose outline has a figure of every type, DECIMAL among them (the built-in outline has none). */
    private static String figuresRound(String code) {
        return """
                {"code": "%s", "title": "Báo cáo số liệu", "request": {"number": "12/SNV-XDCQ", "date": "2021-10-29", "issuer": "Sở Nội vụ"},
                 "period": {"kind": "QUARTER", "year": 2021, "index": 4}, "deadline": "2099-12-31", "agencies": ["BDT", "STC"],
                 "template": {"sections": [{"key": "I", "title": "Số liệu", "indicators": [
                     {"code": "I.count", "label": "Số lượt", "unit": "lượt", "type": "INTEGER", "aggregation": "SUM", "required": true},
                     {"code": "I.share", "label": "Tỷ lệ", "unit": "%%", "type": "DECIMAL", "aggregation": "MAX"},
                     {"code": "I.money", "label": "Kinh phí", "unit": "đồng", "type": "MONEY", "aggregation": "SUM"},
                     {"code": "I.note", "label": "Ghi chú", "type": "TEXT", "aggregation": "NONE"},
                     {"code": "I.has", "label": "Có mô hình", "type": "BOOLEAN", "aggregation": "COUNT"}]}]}}""".formatted(code);
    }

    private List<WriteFuzzer.Target> targets() {
        String figuresCode = Rounds.freshCode();
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(figuresRound(figuresCode)).when().post("/api/v1/rounds").then().statusCode(201);
        String figures = report(figuresCode, "BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(FIGURES_DRAFT).when().put(figures).then().statusCode(201);
        String draftRound = Rounds.open("BDT");
        String draft = report(draftRound, "BDT");
        putDraft(draft);
        String submitRound = Rounds.open("BDT");
        String submit = report(submitRound, "BDT");
        putDraft(submit);
        String importRound = Rounds.open("BDT");
        String imported = report(importRound, "BDT");
        String reviewRound = Rounds.open("BDT");
        String review = report(reviewRound, "BDT");
        putDraft(review);
        given().auth().oauth2(Actors.ALICE_BDT).when().post(review + "/submit").then().statusCode(200);
        String closeRound = Rounds.open("BDT");
        String submissionsRound = Rounds.open("BDT");
        String submissions = report(submissionsRound, "BDT");
        String rotated = newClient();
        String disabled = newClient();
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"code\": \"FUZZ\", \"name\": \"Cơ quan thử\", \"kind\": \"SO\"}")
                .when().post("/api/v1/agencies").then().statusCode(201);

        String reason = "{\"reason\": \"Đề nghị bổ sung số liệu.\"}";
        Runnable resubmit = () -> given().auth().oauth2(Actors.ALICE_BDT).when().post(review + "/submit");
        Runnable returnIt = () -> given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(reason).when().post(submit + "/return");
        Runnable nothing = () -> { };
        Runnable returnSubmission = () -> given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(reason).when().post(submissions + "/return");
        List<String> json = List.of("application/json");
        return List.of(
                new WriteFuzzer.Target("PUT draft", "PUT", draft, () -> Actors.ALICE_BDT,
                        List.of(Rounds.BDT_DRAFT, "{\"nilReport\": true}", "{\"sections\": [], \"indicators\": []}"), json, () -> etag(draft, Actors.ALICE_BDT), nothing),
                new WriteFuzzer.Target("PUT figures", "PUT", figures, () -> Actors.ALICE_BDT, List.of(FIGURES_DRAFT), json, () -> etag(figures, Actors.ALICE_BDT), nothing),
                new WriteFuzzer.Target("submit", "POST", submit + "/submit", () -> Actors.ALICE_BDT, List.of("{}"), json, () -> etag(submit, Actors.ALICE_BDT), returnIt),
                new WriteFuzzer.Target("submissions", "POST", submissions + "/submissions", () -> Actors.ALICE_BDT, List.of(Rounds.BDT_DRAFT, "{\"nilReport\": true}"), json,
                        () -> etag(submissions, Actors.ALICE_BDT), returnSubmission),
                new WriteFuzzer.Target("import", "POST", imported + "/import", () -> Actors.ALICE_BDT, List.of(Rounds.BDT_DRAFT),
                        List.of("text/plain; charset=utf-8", DOCX, "application/json"), () -> etag(imported, Actors.ALICE_BDT), nothing),
                new WriteFuzzer.Target("open round", "POST", "/api/v1/rounds", () -> Actors.BOB_REVIEWER,
                        List.of(Rounds.body(Rounds.freshCode(), "2099-12-31", "BDT", "STC"), figuresRound(Rounds.freshCode())), json,
                        WriteEndpointsFuzzTest::roundCount, nothing),
                new WriteFuzzer.Target("return", "POST", review + "/return", () -> Actors.BOB_REVIEWER, List.of(reason), json, () -> etag(review, Actors.BOB_REVIEWER), resubmit),
                new WriteFuzzer.Target("accept", "POST", review + "/accept", () -> Actors.BOB_REVIEWER, List.of("{}"), json, () -> etag(review, Actors.BOB_REVIEWER), nothing),
                new WriteFuzzer.Target("reopen", "POST", review + "/reopen", () -> Actors.BOB_REVIEWER, List.of("{\"reason\": \"Gia hạn.\", \"until\": \"2099-12-31T23:59:59+07:00\"}"), json,
                        () -> etag(review, Actors.BOB_REVIEWER), nothing),
                new WriteFuzzer.Target("close round", "POST", "/api/v1/rounds/" + closeRound + "/close", () -> Actors.BOB_REVIEWER, List.of("{}"), json,
                        () -> given().auth().oauth2(Actors.BOB_REVIEWER).when().get("/api/v1/rounds/" + closeRound).then().extract().path("status"), nothing),
                new WriteFuzzer.Target("add agency", "POST", "/api/v1/agencies", () -> ADMIN, List.of("{\"code\": \"FUZZ-ADD\", \"name\": \"Cơ quan thử thêm\", \"kind\": \"SO\"}"), json,
                        WriteEndpointsFuzzTest::agencyCount, nothing),
                new WriteFuzzer.Target("change agency", "PUT", "/api/v1/agencies/FUZZ", () -> ADMIN, List.of("{\"name\": \"Cơ quan thử\", \"kind\": \"SO\"}"), json,
                        () -> given().auth().oauth2(ADMIN).when().get("/api/v1/agencies/FUZZ").then().extract().asString(), nothing),
                new WriteFuzzer.Target("registry change", "POST", "/api/v1/agencies/changes", () -> ADMIN, List.of(REGISTRY_CHANGE), json,
                        () -> agencyCount() + " " + given().auth().oauth2(ADMIN).when().get("/api/v1/agencies/FUZZ").then().extract().asString(), nothing),
                new WriteFuzzer.Target("registry import", "POST", "/api/v1/agencies/import", () -> ADMIN, List.of(REGISTRY_CSV),
                        List.of("text/csv", "text/plain; charset=utf-8"), WriteEndpointsFuzzTest::agencyCount, nothing),
                new WriteFuzzer.Target("create client", "POST", CLIENTS, () -> ADMIN, List.of("", "{}"), json, WriteEndpointsFuzzTest::clientList, nothing),
                new WriteFuzzer.Target("rotate secret", "POST", CLIENTS + "/" + rotated + "/secret", () -> ADMIN, List.of("", "{}"), json,
                        () -> clients.secretOf(rotated), nothing),
                new WriteFuzzer.Target("disable client", "DELETE", CLIENTS + "/" + disabled, () -> ADMIN, List.of(""), json,
                        WriteEndpointsFuzzTest::clientList, () -> clients.enable(disabled)));
    }

    private static String newClient() {
        return given().auth().oauth2(ADMIN).when().post(CLIENTS).then().statusCode(201).extract().path("clientId");
    }

    private static String clientList() {
        return given().auth().oauth2(ADMIN).when().get(CLIENTS).then().statusCode(200).extract().asString();
    }

    private static String report(String round, String agency) {
        return "/api/v1/rounds/" + round + "/reports/" + agency;
    }

    private static void putDraft(String path) {
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).when().put(path).then().statusCode(201);
    }

    private static String etag(String path, String token) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String roundCount() {
        return String.valueOf(given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("size", 1).when().get("/api/v1/rounds").then().extract().path("total").toString());
    }

    private static String agencyCount() {
        return String.valueOf(given().auth().oauth2(ADMIN).queryParam("size", 1).when().get("/api/v1/agencies").then().extract().path("total").toString());
    }
}
