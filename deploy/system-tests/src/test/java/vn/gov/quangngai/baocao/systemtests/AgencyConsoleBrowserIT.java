package vn.gov.quangngai.baocao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.quangngai.baocao.systemtests.AgencyDrafts.figure;
import static vn.gov.quangngai.baocao.systemtests.AgencyDrafts.section;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An agency's officer in a real browser against the real suite: Sở Tài chính's report read from a
 * Word file into the form, corrected, saved through an ended session, submitted; returned by SNV
 * in another browser; corrected and submitted again.
 */
class AgencyConsoleBrowserIT {

    private static Suite suite;
    private static Path docx;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        docx = stcReportDocx();
    }

    @AfterAll
    static void deleteTheDocument() throws IOException {
        Files.deleteIfExists(docx);
    }

    @Test
    void anOfficerImportsCorrectsSavesThroughAnEndedSessionSubmitsAndResubmitsAfterSnvReturnsIt() {
        String round = SuiteRounds.open(suite, suite.tokens.forDemoUser("bob"), "2099-11-15", List.of("BDT", "STC", "MINHLONG"));
        String report = "/rounds/" + round + "/reports/STC";
        try (Browser carol = Browser.open(suite.console.baseUrl()); Browser bob = Browser.open(suite.console.baseUrl())) {
            carol.signIn("carol");
            By row = By.cssSelector("#open-rounds tr[data-round='" + round + "']");
            assertThat(carol.text(row)).contains("Chưa nộp", "Còn ", "15/11/2099 23:59");

            // from the list of the agency's rounds, by its link, to the agency's report form
            carol.click(By.cssSelector("#open-rounds tr[data-round='" + round + "'] td.code a"));
            carol.waitFor(By.id("draft-form"));
            assertThat(carol.path()).isEqualTo(report);

            // the agency's Word report read into the form: sections, the document block, figures suggested with their sentences
            carol.driver.findElement(By.id("document")).sendKeys(docx.toString());
            carol.click(By.id("import-button"));
            carol.waitFor(By.id("import-result"));
            assertThat(carol.value(By.id("text-I"))).contains("Kế hoạch số 45/KH-STC");
            assertThat(carol.value(By.id("text-II.1"))).contains("196.878 khẩu/52.001 hộ");
            assertThat(carol.value(By.id("text-II.6"))).contains("02 mô hình");
            assertThat(carol.value(By.id("doc-number"))).isEqualTo("215/BC-STC");
            assertThat(carol.value(By.id("figure-II.1.support_people"))).isEqualTo("196.878");
            assertThat(carol.text(By.id("figure-II.1.support_people-source"))).contains("Gợi ý từ tệp", "196.878 khẩu");
            assertThat(carol.value(By.id("figure-II.6.models"))).isEqualTo("2");
            assertThat(carol.text(By.id("import-warnings"))).contains("Sở Nội vụ tổng hợp");
            assertThat(draft(round).getList("indicators")).as("nothing stored by the import").isEmpty();
            carol.scrollTo(By.cssSelector("tr[data-code='II.1.elder_visits']"));
            carol.screenshot("console-agency-form");

            // one suggestion corrected; a figure typed as words is flagged beside its input before anything is sent
            carol.retype(By.id("figure-II.1.support_households"), "52.010");
            carol.retype(By.id("figure-II.1.elder_info_classes"), "mười hai");
            carol.click(By.id("text-II.5"));
            carol.waitForText(By.id("figure-II.1.elder_info_classes-error"), "Phải là số nguyên");
            assertThat(carol.driver.findElement(By.id("figure-II.1.elder_info_classes-error")).isDisplayed()).isTrue();
            carol.script("window.stillTheSamePage = true;");
            carol.click(By.id("save"));
            assertThat(carol.script("return window.stillTheSamePage === true;")).as("the form was not sent").isEqualTo(true);
            assertThat(carol.script("return document.activeElement.id;")).isEqualTo("figure-II.1.elder_info_classes");
            carol.retype(By.id("figure-II.1.elder_info_classes"), "12");
            for (String required : List.of("II.2.procedures_total", "II.3.receptions_periodic", "II.3.receptions_adhoc")) {
                if (carol.value(By.id("figure-" + required)).isBlank()) {
                    carol.retype(By.id("figure-" + required), required.equals("II.2.procedures_total") ? "45" : "0");
                }
            }
            carol.click(By.id("save"));
            carol.waitForText(By.id("notice"), "Đã lưu bản nháp");
            assertThat(figure(draft(round), "II.1.support_households")).isEqualTo(52010L);
            assertThat(figure(draft(round), "II.1.elder_info_classes")).isEqualTo(12L);
            assertThat(figure(draft(round), "II.1.support_money")).isEqualTo(9_000_000_000L);

            // the session ends while carol types: signing in again brings her back to her text, which she then saves
            String typed = "Sở Tài chính phối hợp chặt chẽ với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh trong giám sát ngân sách.";
            carol.driver.findElement(By.id("text-II.5")).sendKeys(typed);
            carol.endConsoleSession();
            carol.click(By.id("save"));
            carol.waitFor(By.id("draft-restored"));
            assertThat(carol.path()).isEqualTo(report);
            assertThat(carol.text(By.id("draft-restored"))).contains("Đã khôi phục bản đang soạn");
            assertThat(carol.value(By.id("text-II.5"))).isEqualTo(typed);
            assertThat(section(draft(round), "II.5")).as("not saved by the ended session").isNull();
            carol.click(By.id("save"));
            carol.waitForText(By.id("notice"), "Đã lưu bản nháp");
            assertThat(section(draft(round), "II.5")).isEqualTo(typed);
            assertThat(carol.script("return Object.keys(localStorage).filter(k => k.startsWith('baocao-draft:')).length;"))
                    .as("the browser's copy dropped once saved").isEqualTo(0L);

            // submitted after a confirmation naming the version it becomes
            carol.click(By.id("submit-report"));
            carol.waitFor(By.id("confirm-submit"));
            assertThat(carol.text(By.id("frozen-heading"))).contains("phiên bản 1");
            carol.click(By.id("confirm-submit"));
            carol.waitForText(By.id("notice"), "Đã nộp báo cáo: phiên bản 1, lúc");
            assertThat(carol.text(By.id("report-status"))).contains("Đã nộp");

            // SNV, in its own browser, sees it on the board and returns it with a reason
            bob.signIn("bob");
            bob.go("/rounds/" + round);
            bob.waitForText(By.cssSelector("tr[data-agency=STC]"), "Đã nộp");
            bob.click(By.cssSelector("tr[data-agency=STC] a"));
            bob.waitFor(By.id("reason"));
            String reason = "Đề nghị rà soát lại số khẩu được hỗ trợ theo danh sách cấp phát.";
            bob.driver.findElement(By.id("reason")).sendKeys(reason);
            bob.click(By.id("return"));
            bob.waitForText(By.id("notice"), "Đã trả lại");

            // carol sees the reason in her list and on her report, corrects, sees what changed, submits again
            carol.go("/");
            assertThat(carol.text(row)).contains("Bị trả lại", reason);
            carol.click(By.cssSelector("#open-rounds tr[data-round='" + round + "'] td.code a"));
            carol.waitFor(By.id("return-reason"));
            assertThat(carol.text(By.id("return-reason"))).contains(reason);
            carol.retype(By.id("figure-II.1.support_people"), "196.900");
            carol.retype(By.id("text-II.1"), carol.value(By.id("text-II.1")).replace("196.878 khẩu", "196.900 khẩu"));
            carol.click(By.id("save"));
            carol.waitForText(By.id("notice"), "Đã lưu bản nháp");
            assertThat(carol.text(By.cssSelector("#changes #figure-diff tr[data-code='II.1.support_people'] del"))).isEqualTo("196.878");
            assertThat(carol.text(By.cssSelector("#changes #figure-diff tr[data-code='II.1.support_people'] ins"))).isEqualTo("196.900");
            assertThat(carol.text(By.cssSelector("#changes .section-diff[data-key='II.1'] ins"))).isEqualTo("196.900");
            carol.scrollTo(By.id("return-reason"));
            carol.screenshot("console-agency-returned");
            carol.click(By.id("submit-report"));
            carol.click(By.id("confirm-submit"));
            carol.waitForText(By.id("notice"), "Đã nộp báo cáo: phiên bản 2, lúc");

            bob.go("/rounds/" + round);
            bob.waitForText(By.cssSelector("tr[data-agency=STC]"), "Đã nộp");
            assertThat(bob.text(By.cssSelector("tr[data-agency=STC] td:nth-child(4)"))).isEqualTo("2");
        }
    }

    @Test
    void anOfficerOpeningAnotherAgencysReportIsToldItIsNotAllowedAndSeesNoForm() {
        String round = SuiteRounds.open(suite, suite.tokens.forDemoUser("bob"), "2099-11-15", List.of("BDT", "STC"));
        try (Browser carol = Browser.open(suite.console.baseUrl())) {
            carol.signIn("carol");

            carol.go("/rounds/" + round + "/reports/BDT");

            assertThat(carol.text(By.cssSelector("main h1"))).isEqualTo("Không được phép");
            assertThat(carol.all(By.id("draft-form"))).isEmpty();
            assertThat(carol.all(By.cssSelector("#open-rounds"))).isEmpty();
        }
    }

    private static JsonPath draft(String round) {
        return AgencyDrafts.draft(suite, "carol", round, "STC");
    }

    /** Sở Tài chính's report as an officer writes it in Word: header, numbered sections, Nơi nhận, signature. */
    private static Path stcReportDocx() {
        List<String> paragraphs = List.of(
                "SỞ TÀI CHÍNH",
                "Số: 215/BC-STC",
                "Quảng Ngãi, ngày 10 tháng 11 năm 2021",
                "BÁO CÁO",
                "Kết quả thực hiện công tác dân vận của chính quyền năm 2021",
                "Theo đề nghị của Sở Nội vụ tỉnh Quảng Ngãi tại Công văn số 2454/SNV-XDCQ ngày 29/10/2021 về việc báo cáo kết quả thực hiện "
                        + "công tác dân vận của chính quyền năm 2021, Sở Tài chính báo cáo như sau:",
                "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO TRIỂN KHAI",
                "Sở Tài chính ban hành Kế hoạch số 45/KH-STC ngày 20/3/2021 về thực hiện quy chế dân chủ ở cơ quan và công tác dân vận "
                        + "chính quyền năm 2021.",
                "II. KẾT QUẢ THỰC HIỆN",
                "1. Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện \"mục tiêu kép\":",
                "Sở Tài chính phối hợp với Ban Dân tộc trình UBND tỉnh phân bổ hơn 9 tỷ đồng cho các huyện để cấp mắm, muối, dầu ăn, "
                        + "bột ngọt cho 196.878 khẩu/52.001 hộ.",
                "2. Công tác cải cách hành chính, nhất là cải cách thủ tục hành chính:",
                "Sở Tài chính đang quản lý 45 thủ tục hành chính; toàn bộ được niêm yết công khai tại bộ phận một cửa.",
                "3. Công tác tiếp công dân, xử lý đơn thư và giải quyết khiếu nại, tố cáo:",
                "Trong kỳ, tại nơi tiếp công dân của cơ quan chưa có vụ việc nào phát sinh.",
                "6. Kết quả đăng ký thực hiện mô hình \"Dân vận khéo\":",
                "Sở Tài chính đăng ký 02 mô hình \"Dân vận khéo\" năm 2021.",
                "Sở Tài chính báo cáo để Sở Nội vụ tổng hợp./.",
                "Nơi nhận:",
                "- Sở Nội vụ;",
                "- Lưu: VT.",
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "Trần Văn Bình");
        return WordFiles.docx("bao-cao-STC-", paragraphs);
    }
}
