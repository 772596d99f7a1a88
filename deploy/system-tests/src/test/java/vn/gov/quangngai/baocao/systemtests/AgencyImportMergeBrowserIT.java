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
 * An officer who has already saved figures reads a Word file into the same form, in a real browser
 * against the real suite: what the file says nothing about stays as saved, what it says otherwise is
 * shown beside the saved value, and the draft holds exactly what the officer chose.
 */
class AgencyImportMergeBrowserIT {

    private static Suite suite;
    private static Path docx;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        docx = WordFiles.docx("bao-cao-6-thang-STC-", List.of(
                "SỞ TÀI CHÍNH",
                "Số: 230/BC-STC",
                "Quảng Ngãi, ngày 05 tháng 6 năm 2022",
                "BÁO CÁO",
                "Kết quả công tác dân vận chính quyền 6 tháng đầu năm 2022",
                "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO TRIỂN KHAI",
                "Sở Tài chính ban hành Kế hoạch số 12/KH-STC ngày 15/01/2022 về công tác dân vận chính quyền năm 2022.",
                "II. KẾT QUẢ THỰC HIỆN",
                "1. Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện \"mục tiêu kép\":",
                "Sở Tài chính tham mưu cấp muối, dầu ăn cho 201.450 khẩu/53.120 hộ ở các huyện miền núi.",
                "6. Kết quả đăng ký thực hiện mô hình \"Dân vận khéo\":",
                "Sở Tài chính đăng ký 04 mô hình \"Dân vận khéo\" năm 2022.",
                "Sở Tài chính báo cáo để Sở Nội vụ tổng hợp./.",
                "Nơi nhận:",
                "- Sở Nội vụ;",
                "- Lưu: VT.",
                "GIÁM ĐỐC",
                "Nguyễn Thị Hoa"));
    }

    @AfterAll
    static void deleteTheDocument() throws IOException {
        Files.deleteIfExists(docx);
    }

    @Test
    void anOfficerKeepsOneSavedFigureTakesOneFromTheFileAndTheDraftHoldsExactlyThat() {
        String round = SuiteRounds.open(suite, suite.tokens.forDemoUser("bob"), "2099-12-20", List.of("STC", "BDT"));
        try (Browser carol = Browser.open(suite.console.baseUrl())) {
            carol.signIn("carol");
            carol.go("/rounds/" + round + "/reports/STC");
            carol.waitFor(By.id("draft-form"));

            // saved first, by hand: four figures, the letter's number and a section the file does not have
            String ownText = "Sở Tài chính tổ chức đối thoại với nhân dân về chính sách hỗ trợ hộ nghèo.";
            carol.retype(By.id("doc-number"), "198/BC-STC");
            carol.retype(By.id("figure-II.1.support_people"), "196.000");
            carol.retype(By.id("figure-II.1.elder_info_classes"), "12");
            carol.retype(By.id("figure-II.6.models"), "3");
            carol.retype(By.id("figure-II.2.procedures_total"), "1.234");
            carol.retype(By.id("figure-II.3.receptions_periodic"), "0");
            carol.retype(By.id("figure-II.3.receptions_adhoc"), "0");
            carol.driver.findElement(By.id("text-II.5")).sendKeys(ownText);
            carol.click(By.id("save"));
            carol.waitForText(By.id("notice"), "Đã lưu bản nháp");
            JsonPath saved = draft(round);
            assertThat(figure(saved, "II.1.support_people")).isEqualTo(196_000L);
            assertThat(figure(saved, "II.6.models")).isEqualTo(3L);

            // the file read into the saved draft: nothing stored yet, the saved values held, the file's shown beside them
            carol.driver.findElement(By.id("document")).sendKeys(docx.toString());
            carol.click(By.id("import-button"));
            carol.waitFor(By.id("import-choices"));
            assertThat(draft(round).prettyPrint()).as("the import stores nothing").isEqualTo(saved.prettyPrint());
            assertThat(choices(carol)).containsExactlyInAnyOrder("doc-number", "figure-II.1.support_people", "figure-II.6.models");
            assertSides(carol, "figure-II.1.support_people", "196.000", "201.450");
            assertSides(carol, "figure-II.6.models", "3", "4");
            assertSides(carol, "doc-number", "198/BC-STC", "230/BC-STC");
            assertThat(carol.value(By.id("figure-II.1.support_people"))).isEqualTo("196.000");
            assertThat(carol.value(By.id("figure-II.6.models"))).isEqualTo("3");
            assertThat(carol.value(By.id("doc-number"))).isEqualTo("198/BC-STC");
            assertThat(carol.value(By.id("figure-II.1.elder_info_classes"))).as("the file says nothing of it").isEqualTo("12");
            assertThat(carol.value(By.id("figure-II.2.procedures_total"))).as("the file says nothing of it").isEqualTo("1.234");
            assertThat(carol.value(By.id("text-II.5"))).as("the file has no such section").isEqualTo(ownText);
            assertThat(carol.value(By.id("text-II.1"))).as("nothing saved: the file's").contains("201.450 khẩu/53.120 hộ");
            assertThat(carol.value(By.id("text-II.6"))).as("nothing saved: the file's").contains("04 mô hình");
            carol.scrollTo(By.id("import-choices"));
            carol.screenshot("console-agency-import-choices");

            // all of the file's taken at once, then the saved people count and letter number kept one by one
            carol.clickInView(By.id("take-all-file"));
            assertThat(carol.value(By.id("figure-II.1.support_people"))).isEqualTo("201.450");
            assertThat(carol.value(By.id("figure-II.6.models"))).isEqualTo("4");
            assertThat(carol.value(By.id("doc-number"))).isEqualTo("230/BC-STC");
            carol.clickInView(choiceButton("figure-II.1.support_people", "choose-saved"));
            carol.clickInView(choiceButton("doc-number", "choose-saved"));
            assertThat(carol.value(By.id("figure-II.1.support_people"))).isEqualTo("196.000");
            assertThat(carol.value(By.id("doc-number"))).isEqualTo("198/BC-STC");
            assertThat(carol.value(By.id("figure-II.6.models"))).isEqualTo("4");
            assertThat(carol.driver.findElement(choiceButton("figure-II.6.models", "choose-file")).getDomAttribute("aria-pressed")).isEqualTo("true");
            assertThat(carol.driver.findElement(choiceButton("figure-II.1.support_people", "choose-saved")).getDomAttribute("aria-pressed")).isEqualTo("true");

            carol.click(By.id("save"));
            carol.waitForText(By.id("notice"), "Đã lưu bản nháp");
            JsonPath merged = draft(round);
            assertThat(figure(merged, "II.1.support_people")).as("kept").isEqualTo(196_000L);
            assertThat(figure(merged, "II.6.models")).as("taken from the file").isEqualTo(4L);
            assertThat(figure(merged, "II.1.elder_info_classes")).as("not in the file").isEqualTo(12L);
            assertThat(figure(merged, "II.2.procedures_total")).as("not in the file").isEqualTo(1234L);
            assertThat(figure(merged, "II.3.receptions_periodic")).isEqualTo(0L);
            assertThat(section(merged, "II.1")).contains("201.450 khẩu/53.120 hộ");
            assertThat(merged.getString("document.number")).isEqualTo("198/BC-STC");
            assertThat(section(merged, "II.5")).isEqualTo(ownText);
            assertThat(section(merged, "II.6")).contains("04 mô hình");
            assertThat(section(merged, "I")).contains("Kế hoạch số 12/KH-STC");
            assertThat(carol.all(By.id("import-choices"))).as("chosen and saved: nothing left to choose").isEmpty();
        }
    }

    /** The choice beside the input shows both values, each under its word. */
    private static void assertSides(Browser browser, String input, String saved, String file) {
        assertThat(browser.text(By.cssSelector(".import-choice[data-input='" + input + "'] .choice-side.saved .choice-word"))).isEqualTo("Đã lưu:");
        assertThat(browser.text(By.cssSelector(".import-choice[data-input='" + input + "'] .choice-side.saved .choice-value"))).isEqualTo(saved);
        assertThat(browser.text(By.cssSelector(".import-choice[data-input='" + input + "'] .choice-side.file .choice-word"))).isEqualTo("Trong tệp:");
        assertThat(browser.text(By.cssSelector(".import-choice[data-input='" + input + "'] .choice-side.file .choice-value"))).isEqualTo(file);
    }

    private static List<String> choices(Browser browser) {
        return browser.all(By.cssSelector("#draft-form .import-choice")).stream().map(e -> e.getDomAttribute("data-input")).toList();
    }

    private static By choice(String input) {
        return By.cssSelector(".import-choice[data-input='" + input + "']");
    }

    private static By choiceButton(String input, String side) {
        return By.cssSelector(".import-choice[data-input='" + input + "'] button." + side);
    }

    private static JsonPath draft(String round) {
        return AgencyDrafts.draft(suite, "carol", round, "STC");
    }
}
