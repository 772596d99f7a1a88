package vn.gov.quangngai.baocao.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.importing.Uploads;
import vn.gov.quangngai.baocao.report.importing.SeedReport;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ImportResourceTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static String path(String round) {
        return "/api/v1/rounds/" + round + "/reports/BDT";
    }

    @Test
    void theSeedReportBecomesTheDraft() {
        String round = Rounds.open("BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("text/plain; charset=utf-8").body(SeedReport.text().getBytes(StandardCharsets.UTF_8))
                .when().post(path(round) + "/import")
                .then().statusCode(200)
                .body("draft.document.signer.name", equalTo("Nguyễn Thế Nhân"))
                .body("suggestions.code", hasItem("II.6.models"))
                .body("placed", greaterThanOrEqualTo(0.99f));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path(round))
                .then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("sections.find { it.key == 'II.3' }.text", containsString("chưa có vụ việc nào phát sinh"))
                .body("indicators.find { it.code == 'II.1.support_money' }.value", equalTo(9000000000L))
                .body("document.answers.number", equalTo("2454/SNV-XDCQ"));
    }

    @Test
    void aDryRunStoresNothingAndDocxReadsTheSame() {
        String round = Rounds.open("BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType(DOCX).body(SeedReport.docx(SeedReport.text()))
                .queryParam("dryRun", true)
                .when().post(path(round) + "/import")
                .then().statusCode(200).body("draft.sections.size()", equalTo(12));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path(round)).then().statusCode(200).body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void emptyBinaryAndBombDocumentsAreRefusedClearly() throws IOException {
        String round = Rounds.open("BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("text/plain").body(new byte[0])
                .when().post(path(round) + "/import")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("EMPTY_DOCUMENT"));
        given().auth().oauth2(Actors.ALICE_BDT).contentType(DOCX).body(new byte[] {0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x01})
                .when().post(path(round) + "/import")
                .then().statusCode(422).body("code", equalTo("UNREADABLE_DOCUMENT"));
        given().auth().oauth2(Actors.ALICE_BDT).contentType("text/plain").body(new byte[] {(byte) 0xC3, 0x28, 0x00, 0x41})
                .when().post(path(round) + "/import")
                .then().statusCode(422).body("code", equalTo("UNREADABLE_DOCUMENT"));
        given().auth().oauth2(Actors.ALICE_BDT).contentType(DOCX).body(bomb())
                .when().post(path(round) + "/import")
                .then().statusCode(422).body("code", equalTo("UNREADABLE_DOCUMENT")).body("detail", containsString("inflate"));
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/pdf").body(new byte[] {1, 2, 3})
                .when().post(path(round) + "/import")
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path(round)).then().body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void anOldWordFileIsRefusedWithTheFix() {
        String round = Rounds.open("BDT");
        byte[] doc = Uploads.oldWord();
        for (String type : List.of("application/msword", DOCX)) {
            given().auth().oauth2(Actors.ALICE_BDT).contentType(type).body(doc)
                    .when().post(path(round) + "/import")
                    .then().statusCode(415).contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"))
                    .body("detail", containsString("lưu lại dưới dạng .docx"));
            given().auth().oauth2(Actors.ALICE_BDT).header("Accept-Language", "en").contentType(type).body(doc)
                    .when().post(path(round) + "/import")
                    .then().statusCode(415).body("detail", containsString("save it as .docx"));
        }
    }

    @Test
    void aDocxWhosePartsTogetherUnpackTooFarIsRefusedWithTheLimit() throws IOException {
        String round = Rounds.open("BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType(DOCX).body(Uploads.manyParts(12, 4 * 1024 * 1024))
                .when().post(path(round) + "/import")
                .then().statusCode(413).contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"))
                .body("detail", containsString("40 MB"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path(round)).then().body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void aRoundWithItsOwnOutlineAndHintsGetsSuggestionsUnderItsCodes() throws IOException {
        String code = Rounds.freshCode();
        String template;
        try (var in = getClass().getResourceAsStream("/import-corpus/other-template.json")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("""
                {"code": "%s", "title": "Báo cáo công tác dân vận chính quyền năm 2021",
                 "request": {"number": "2454/SNV-XDCQ", "date": "2021-10-29", "issuer": "Sở Nội vụ tỉnh Quảng Ngãi"},
                 "period": {"kind": "YEAR", "year": 2021}, "deadline": "2099-12-31", "agencies": ["BDT"], "template": %s}"""
                .formatted(code, template))
                .when().post("/api/v1/rounds")
                .then().statusCode(201);
        given().auth().oauth2(Actors.ALICE_BDT).when().get("/api/v1/rounds/" + code)
                .then().statusCode(200).body("template.sections.find { it.key == 'II.3' }.indicators[0].hints", hasItem("định kỳ"));

        given().auth().oauth2(Actors.ALICE_BDT).contentType("text/plain; charset=utf-8").body(SeedReport.text().getBytes(StandardCharsets.UTF_8))
                .when().post(path(code) + "/import")
                .then().statusCode(200)
                .body("suggestions.find { it.code == 'HT_KHAU' }.value", equalTo(196878))
                .body("suggestions.find { it.code == 'DVK_MOHINH' }.value", equalTo(1))
                .body("suggestions.code", not(hasItem("II.6.models")));
    }

    @Test
    void onlyTheAgencyItselfImportsItsReport() {
        String round = Rounds.open("BDT", "STC");
        given().auth().oauth2(Actors.CAROL_STC).contentType("text/plain").body(SeedReport.text().getBytes(StandardCharsets.UTF_8))
                .when().post(path(round) + "/import")
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_AGENCY"));
    }

    /** A .docx-shaped zip whose document part inflates from some kilobytes to 30 MB. */
    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 30; i++) {
                zip.write(spaces);
            }
        }
        return out.toByteArray();
    }
}
