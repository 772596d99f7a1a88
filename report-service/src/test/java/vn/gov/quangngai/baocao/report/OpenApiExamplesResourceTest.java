package vn.gov.quangngai.baocao.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.RecordedExamples;

/** Every read of the OpenAPI document shows a real answer: recorded here from a round like the 2021 one of Công văn 2454/SNV-XDCQ. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OpenApiExamplesResourceTest {

    private static final String ROUND = "DVCQ-2021-VD";

    @Test
    void everyReadHasARecordedExampleShapedAsItsAnswer() {
        Map<String, String> answers = answers();
        if (RecordedExamples.updating()) {
            RecordedExamples.record(answers);
        }
        // the other modules' client tests stub this service with these examples: they must stay what it sends
        assertThat(RecordedExamples.shapeDifferences(answers)).as("answers no longer shaped as their examples: record them anew").isEmpty();
        assertThat(RecordedExamples.readsWithoutExample()).as("reads without an example: record them with -Dopenapi.examples.update=true").isEmpty();
    }

    /** A round with Ban Dân tộc's report submitted, returned with a reason and submitted again, and the reads of it. */
    private static Map<String, String> answers() {
        long feedStart = given().auth().oauth2(Actors.AGGREGATION_READER).queryParam("after", 0).queryParam("limit", 1000)
                .get("/api/v1/changes").then().extract().jsonPath().getLong("next");
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body(Rounds.body(ROUND, "2021-11-15", "BDT", "STC", "MINHLONG")
                .replace("Báo cáo kết quả công tác dân vận chính quyền năm 2021", "Báo cáo kết quả công tác dân vận chính quyền năm 2021 (ví dụ)"))
                .post("/api/v1/rounds").then().statusCode(201);
        String bdt = "/api/v1/rounds/" + ROUND + "/reports/BDT";
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(bdt).then().statusCode(201);
        given().auth().oauth2(Actors.ALICE_BDT).post(bdt + "/submit").then().statusCode(200);
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json")
                .body("{\"reason\": \"Đề nghị bổ sung số liệu tiếp công dân định kỳ và đột xuất.\"}").post(bdt + "/return").then().statusCode(200);
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json")
                .body(Rounds.BDT_DRAFT.replace("{\"code\": \"II.3.receptions_periodic\", \"value\": 0}", "{\"code\": \"II.3.receptions_periodic\", \"value\": 4}"))
                .put(bdt).then().statusCode(200);
        given().auth().oauth2(Actors.ALICE_BDT).post(bdt + "/submit").then().statusCode(200);
        given().auth().oauth2(Actors.CAROL_STC).contentType("application/json").body("{\"sections\": [{\"key\": \"I\", \"text\": \"Sở Tài chính ban hành Kế hoạch số 15/KH-STC.\"}]}")
                .put("/api/v1/rounds/" + ROUND + "/reports/STC").then().statusCode(201);

        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("listAgencies", read(Actors.VERA_VIEWER, "/api/v1/agencies?asOf=2021-12-31&size=3"));
        answers.put("getAgency", read(Actors.VERA_VIEWER, "/api/v1/agencies/SDTTG"));
        answers.put("listTemplates", read(Actors.ALICE_BDT, "/api/v1/templates"));
        answers.put("getTemplate", read(Actors.ALICE_BDT, "/api/v1/templates/DVCQ-NAM"));
        String round = read(Actors.BOB_REVIEWER, "/api/v1/rounds/" + ROUND);
        answers.put("getRound", round);
        answers.put("listRounds", "{\"items\": [" + round + "], \"page\": 0, \"size\": 1, \"total\": 1}");
        answers.put("listReports", read(Actors.VERA_VIEWER, "/api/v1/rounds/" + ROUND + "/reports"));
        answers.put("getReport", read(Actors.ALICE_BDT, bdt));
        answers.put("getReportVersion", read(Actors.BOB_REVIEWER, bdt + "/versions/1"));
        answers.put("diffReport", read(Actors.BOB_REVIEWER, bdt + "/diff?from=1&to=2"));
        answers.put("listReportEvents", read(Actors.BOB_REVIEWER, bdt + "/events"));
        answers.put("listChanges", read(Actors.AGGREGATION_READER, "/api/v1/changes?after=" + feedStart + "&limit=5"));
        given().auth().oauth2(Actors.ADMIN).when().post("/api/v1/agencies/BDT/clients").then().statusCode(201);
        answers.put("listAgencyClients", read(Actors.ADMIN, "/api/v1/agencies/BDT/clients"));
        answers.put("getCaller", read(Actors.ALICE_BDT, "/api/v1/me"));
        return answers;
    }

    private static String read(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().asString();
    }
}
