package vn.gov.quangngai.baocao.report.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.importer.SeedReport;
import vn.gov.quangngai.baocao.importer.Uploads;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.Rounds;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ImportResourceTest {

    @Inject
    DataSource database;

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static String path(String round) {
        return "/api/v1/rounds/" + round + "/reports/BDT";
    }

    /**
     * The document is read, and a dry run answered, without the report's row lock: with another transaction holding it, a
     * dry run still answers, and a real import waits for it and then saves.
     */
    @Test
    void aDryRunAnswersWhileAnotherTransactionHoldsTheReportRowAndARealImportWaitsForIt() throws Exception {
        String round = Rounds.open("BDT");
        byte[] text = SeedReport.text().getBytes(StandardCharsets.UTF_8);
        try (Connection holder = database.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "SELECT r.id FROM report r JOIN round o ON o.id = r.round_id WHERE o.code = ? AND r.agency_code = 'BDT' FOR UPDATE")) {
                lock.setString(1, round);
                try (ResultSet row = lock.executeQuery()) {
                    assertThat(row.next()).as("the report row is locked by this test").isTrue();
                }
            }
            CompletableFuture<Integer> dryRun = CompletableFuture.supplyAsync(() -> given().auth().oauth2(Actors.ALICE_BDT)
                    .contentType("text/plain; charset=utf-8").body(text).queryParam("dryRun", true)
                    .when().post(path(round) + "/import").then().extract().statusCode());
            assertThat(dryRun.get(30, TimeUnit.SECONDS)).as("a dry run, answered with the row locked elsewhere").isEqualTo(200);

            CompletableFuture<Integer> real = CompletableFuture.supplyAsync(() -> given().auth().oauth2(Actors.ALICE_BDT)
                    .contentType("text/plain; charset=utf-8").body(text)
                    .when().post(path(round) + "/import").then().extract().statusCode());
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> waitingOnALock(holder));
            assertThat(real).as("a real import waits for the row").isNotDone();
            holder.rollback();
            assertThat(real.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        }
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path(round))
                .then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("indicators.find { it.code == 'II.1.support_money' }.value", equalTo(9000000000L));
    }

    /** Whether another session of this database waits for a lock: the real import, on the report row this test holds. */
    private static boolean waitingOnALock(Connection holder) throws Exception {
        try (PreparedStatement waiting = holder.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid() AND datname = current_database()");
             ResultSet count = waiting.executeQuery()) {
            count.next();
            return count.getLong(1) > 0;
        }
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

    /** Issue 21: an officer saved four figures and the document's number, then read a file into the same form. */
    @Test
    void aFileReadIntoASavedDraftKeepsWhatItSaysNothingOfAndNeverReplacesASavedValue() throws IOException {
        String round = Rounds.open("BDT");
        given().auth().oauth2(Actors.ALICE_BDT).contentType("application/json").body("""
                {"document": {"number": "125/BC-BDT"},
                 "sections": [{"key": "II.6", "text": "Ban Dân tộc đăng ký 01 mô hình."}],
                 "indicators": [{"code": "II.2.procedures_total", "value": 2}, {"code": "II.1.elder_info_attendances", "value": 1250},
                                {"code": "II.1.support_people", "value": 1234}, {"code": "II.1.support_money", "value": 1234567890}]}""")
                .when().put(path(round))
                .then().statusCode(201);
        byte[] file;
        try (var in = getClass().getResourceAsStream("/import-merge/bao-cao-mot-phan.txt")) {
            file = in.readAllBytes();
        }

        given().auth().oauth2(Actors.ALICE_BDT).contentType("text/plain; charset=utf-8").body(file).queryParam("dryRun", true)
                .when().post(path(round) + "/import")
                .then().statusCode(200)
                .body("fields.find { it.field == '/indicators/II.2.procedures_total' }.origin", equalTo("SAVED"))
                .body("fields.find { it.field == '/indicators/II.1.support_people' }.origin", equalTo("SAVED"))
                .body("fields.find { it.field == '/indicators/II.1.support_people' }.saved", equalTo(1234))
                .body("fields.find { it.field == '/indicators/II.1.support_people' }", not(hasKey("file")))
                .body("fields.find { it.field == '/indicators/II.1.support_money' }.origin", equalTo("SAVED"))
                .body("fields.find { it.field == '/indicators/II.1.elder_info_attendances' }.origin", equalTo("CONFLICT"))
                .body("fields.find { it.field == '/indicators/II.1.elder_info_attendances' }.saved", equalTo(1250))
                .body("fields.find { it.field == '/indicators/II.1.elder_info_attendances' }.file", equalTo(1300))
                .body("fields.find { it.field == '/indicators/II.1.elder_info_classes' }.origin", equalTo("FILE"))
                .body("fields.find { it.field == '/document/number' }.origin", equalTo("CONFLICT"))
                .body("fields.find { it.field == '/document/number' }.file", equalTo("130/BC-BDT"))
                .body("fields.find { it.field == '/document/signer/name' }.origin", equalTo("FILE"))
                .body("fields.find { it.field == '/sections/II.6/text' }.origin", equalTo("CONFLICT"))
                .body("draft.document.number", equalTo("125/BC-BDT"))
                .body("draft.indicators.find { it.code == 'II.1.elder_info_attendances' }.value", equalTo(1250))
                .body("draft.indicators.find { it.code == 'II.1.support_people' }.value", equalTo(1234))
                .body("draft.indicators.find { it.code == 'II.1.elder_info_classes' }.value", equalTo(12))
                .body("suggestions.find { it.code == 'II.1.elder_info_attendances' }.value", equalTo(1300));
        String etag = given().auth().oauth2(Actors.ALICE_BDT).when().get(path(round)).then().statusCode(200)
                .body("indicators.size()", equalTo(4)).extract().header("ETag");

        given().auth().oauth2(Actors.ALICE_BDT).contentType(DOCX).body(SeedReport.docx(new String(file, StandardCharsets.UTF_8)))
                .when().post(path(round) + "/import")
                .then().statusCode(200).body("fields.find { it.field == '/indicators/II.1.elder_info_attendances' }.origin", equalTo("CONFLICT"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get(path(round))
                .then().statusCode(200).header("ETag", not(equalTo(etag)))
                .body("document.number", equalTo("125/BC-BDT"))
                .body("document.signer.name", equalTo("Nguyễn Thế Nhân"))
                .body("sections.find { it.key == 'II.6' }.text", equalTo("Ban Dân tộc đăng ký 01 mô hình."))
                .body("sections.find { it.key == 'I' }.text", containsString("Kế hoạch số 150/KH-BDT"))
                .body("indicators.find { it.code == 'II.2.procedures_total' }.value", equalTo(2))
                .body("indicators.find { it.code == 'II.1.elder_info_attendances' }.value", equalTo(1250))
                .body("indicators.find { it.code == 'II.1.support_people' }.value", equalTo(1234))
                .body("indicators.find { it.code == 'II.1.support_money' }.value", equalTo(1234567890))
                .body("indicators.find { it.code == 'II.1.elder_info_classes' }.value", equalTo(12))
                .body("indicators.find { it.code == 'II.6.has_model' }.value", equalTo(true))
                .body("indicators.size()", equalTo(6));
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
