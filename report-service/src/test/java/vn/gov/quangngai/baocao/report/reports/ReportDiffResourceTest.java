package vn.gov.quangngai.baocao.report.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/** The comparison of two versions of a report, and of the latest version with a returned report's draft. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ReportDiffResourceTest {

    private static final String CORRECTED = Rounds.BDT_DRAFT
            .replace("{\"code\": \"II.3.receptions_periodic\", \"value\": 0}", "{\"code\": \"II.3.receptions_periodic\", \"value\": 4}")
            .replace("Ban Dân tộc đăng ký 01 mô hình", "Ban Dân tộc đăng ký và triển khai 02 mô hình")
            .replace("125/BC-BDT", "131/BC-BDT");

    /** A round where BDT submitted version 1, SNV returned it, and BDT saved a corrected draft. */
    private static String returnedAndCorrected() {
        String round = Rounds.open("BDT");
        String path = "/api/v1/rounds/" + round + "/reports/BDT";
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(Rounds.BDT_DRAFT).put(path).then().statusCode(201);
        given().auth().oauth2(Actors.ALICE_BDT).post(path + "/submit").then().statusCode(200);
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{\"reason\": \"Bổ sung số liệu tiếp công dân.\"}")
                .post(path + "/return").then().statusCode(200);
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body(CORRECTED).put(path).then().statusCode(200);
        return path;
    }

    @Test
    void twoVersionsDifferWordByWordAndFigureByFigure() {
        String path = returnedAndCorrected();
        given().auth().oauth2(Actors.ALICE_BDT).post(path + "/submit").then().statusCode(200);

        JsonPath diff = given().auth().oauth2(Actors.VERA_VIEWER).when().get(path + "/diff")
                .then().statusCode(200).body("from.version", equalTo(1)).body("to.version", equalTo(2)).extract().jsonPath();
        Map<String, Object> receptions = diff.getMap("indicators.find { it.code == 'II.3.receptions_periodic' }");
        assertThat(receptions).containsEntry("from", 0).containsEntry("to", 4).containsEntry("change", "CHANGED")
                .containsEntry("unit", "lượt");
        assertThat(diff.getString("indicators.find { it.code == 'II.1.elder_info_classes' }.change")).isEqualTo("UNCHANGED");

        List<Map<String, String>> words = diff.getList("sections.find { it.key == 'II.6' }.words");
        assertThat(diff.getString("sections.find { it.key == 'II.6' }.change")).isEqualTo("CHANGED");
        assertThat(words).contains(Map.of("op", "INSERT", "text", "và triển khai 02 "), Map.of("op", "DELETE", "text", "01 "));
        String before = words.stream().filter(w -> !w.get("op").equals("INSERT")).map(w -> w.get("text")).reduce("", String::concat);
        String after = words.stream().filter(w -> !w.get("op").equals("DELETE")).map(w -> w.get("text")).reduce("", String::concat);
        assertThat(before).isEqualTo("Ban Dân tộc đăng ký 01 mô hình \"Dân vận khéo\".");
        assertThat(after).isEqualTo("Ban Dân tộc đăng ký và triển khai 02 mô hình \"Dân vận khéo\".");
        assertThat(diff.getList("document.field")).containsExactly("number");
    }

    @Test
    void theAgencyAndReviewersCompareTheLatestVersionWithTheDraftOthersCannot() {
        String path = returnedAndCorrected();
        given().auth().oauth2(Actors.ALICE_BDT).queryParam("to", "draft").when().get(path + "/diff")
                .then().statusCode(200).body("from.version", equalTo(1)).body("to.draft", equalTo(true))
                .body("indicators.find { it.code == 'II.3.receptions_periodic' }.to", equalTo(4));
        given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("to", "draft").when().get(path + "/diff").then().statusCode(200);
        given().auth().oauth2(Actors.VERA_VIEWER).queryParam("to", "draft").when().get(path + "/diff")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Actors.CAROL_STC).when().get(path + "/diff").then().statusCode(404).body("code", equalTo("ROUND_NOT_FOUND"));
    }

    @Test
    void missingVersionsAndBadParametersAreNamed() {
        String path = returnedAndCorrected();
        given().auth().oauth2(Actors.BOB_REVIEWER).when().get(path + "/diff")
                .then().statusCode(404).body("code", equalTo("VERSION_NOT_FOUND"));
        given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("from", "1").queryParam("to", "7").when().get(path + "/diff")
                .then().statusCode(404).body("code", equalTo("VERSION_NOT_FOUND"));
        given().auth().oauth2(Actors.BOB_REVIEWER).queryParam("from", "zero").queryParam("to", "latest").when().get(path + "/diff")
                .then().statusCode(422).body("errors.pointer", org.hamcrest.Matchers.containsInAnyOrder("/from", "/to"));
    }
}
