package vn.gov.quangngai.baocao.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
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
