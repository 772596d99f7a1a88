package vn.gov.quangngai.baocao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed report (Ban Dân tộc, 2021) read into the annual outline. */
class LegacyReportImporterTest {

    private final LegacyReportImporter importer = new LegacyReportImporter(SeedReport.template());

    private Reading importText(String text) {
        return importer.read(LegacyDocumentReaders.text(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> sections(Reading result) {
        Map<String, String> sections = new LinkedHashMap<>();
        result.draft().sections().forEach(s -> sections.put(s.key(), s.text()));
        return sections;
    }

    @Test
    void everySectionHoldsItsParagraphs() {
        Map<String, String> sections = sections(importText(SeedReport.text()));

        assertThat(sections.keySet()).containsExactly("I", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7", "III.1", "III.2", "IV.1", "IV.2");
        assertThat(sections.get("I")).startsWith("1. Chi ủy chi bộ Ban Dân tộc đã phổ biến").contains("\n2. Thực hiện Kế hoạch số 38/KH-UBND");
        assertThat(sections.get("II.1")).contains("đến nay các huyện đã tổ chức 12 lớp, có 720 lượt người có uy tín tham gia")
                .contains("Tổ chức Cung cấp thông tin cho người có uy tín trong đồng bào DTTS để thực hiện các nhiệm vụ như:");
        assertThat(sections.get("II.2")).startsWith("Ban Dân tộc có 02 thủ tục hành chính thuộc quyền quản lý");
        assertThat(sections.get("II.3")).contains("tại nơi tiếp công dân của cơ quan chưa có vụ việc nào phát sinh");
        assertThat(sections.get("II.4")).contains("Quyết định số 400/QĐ-BDT ngày 28/6/2019");
        assertThat(sections.get("II.5")).contains("đã ký kết Chương trình phối hợp");
        assertThat(sections.get("II.6")).contains("Ban Dân tộc tỉnh xây dựng 01 mô hình").contains("thực hiện chủ trương của UBND tỉnh về cắt giảm");
        assertThat(sections.get("II.7")).contains("Ban Dân tộc phát huy tốt Quy chế dân chủ cơ sở");
        assertThat(sections.get("III.1")).contains("- Việc tăng cường công tác dân vận trong tình hình mới");
        assertThat(sections.get("III.2")).contains("Ban Dân tộc chưa có mô hình dân vận nào rõ ràng");
        assertThat(sections.get("IV.1")).contains("Tăng cường hoạt động của Ban Thanh tra nhân dân");
        assertThat(sections.get("IV.2")).contains("Quyết định số 396-QĐ/TU ngày 19/10/2021 của Ban Thường vụ Tỉnh ủy về việc ban hành Quy chế công tác dân vận của hệ thống chính trị tỉnh Quảng Ngãi.")
                .endsWith("- Thực hiện chế độ báo cáo định kỳ theo quy định.");
    }

    @Test
    void documentBlockSignerAndRecipientsAreRead() {
        Draft.Document document = importText(SeedReport.text()).draft().document();

        assertThat(document.answers().number()).isEqualTo("2454/SNV-XDCQ");
        assertThat(document.answers().date()).isEqualTo("2021-10-29");
        assertThat(document.signer().name()).isEqualTo("Nguyễn Thế Nhân");
        assertThat(document.signer().delegation()).isEqualTo("KT. TRƯỞNG BAN");
        assertThat(document.signer().title()).isEqualTo("PHÓ TRƯỞNG BAN");
        assertThat(document.recipients()).containsExactly("Sở Nội vụ", "Lãnh đạo Ban", "Các phòng thuộc Ban", "Lưu: VT, Thời");
    }

    @Test
    void indicatorsStatedInTheTextAreSuggestedWithTheirSentence() {
        Reading result = importText(SeedReport.text());
        Map<String, String> values = new LinkedHashMap<>();
        result.suggestions().forEach(s -> values.put(s.code(), s.value().asText()));

        assertThat(values).containsEntry("II.3.receptions_periodic", "0").containsEntry("II.3.receptions_adhoc", "0")
                .containsEntry("II.6.models", "1").containsEntry("II.6.has_model", "true")
                .containsEntry("II.2.procedures_total", "2")
                .containsEntry("II.1.elder_info_classes", "12").containsEntry("II.1.elder_info_attendances", "720")
                .containsEntry("II.1.support_money", "9000000000").containsEntry("II.1.support_people", "196878")
                .containsEntry("II.1.support_households", "52001").containsEntry("II.1.staff_infected_f0", "0");
        assertThat(result.suggestions()).filteredOn(s -> s.code().equals("II.6.models"))
                .singleElement().satisfies(s -> assertThat(s.source()).contains("xây dựng 01 mô hình"));
        assertThat(result.draft().indicators()).hasSameSizeAs(result.suggestions());
    }

    @Test
    void theSeedGivesExactlyTheIndicatorsItStatesAndNoWarningAboutThem() {
        Reading result = importText(SeedReport.text());
        Map<String, String> values = new LinkedHashMap<>();
        result.suggestions().forEach(s -> values.put(s.code(), s.value().asText()));

        assertThat(values).containsExactly(Map.entry("II.1.elder_info_classes", "12"), Map.entry("II.1.elder_info_attendances", "720"),
                Map.entry("II.1.study_tours_outside", "1"), Map.entry("II.1.study_tour_participants_outside", "42"),
                Map.entry("II.1.study_tours_inside", "1"), Map.entry("II.1.study_tour_participants_inside", "83"),
                Map.entry("II.1.elder_visits", "32"), Map.entry("II.1.support_money", "9000000000"), Map.entry("II.1.support_people", "196878"),
                Map.entry("II.1.support_households", "52001"), Map.entry("II.1.staff_infected_f0", "0"), Map.entry("II.2.procedures_total", "2"),
                Map.entry("II.3.receptions_periodic", "0"), Map.entry("II.3.receptions_adhoc", "0"), Map.entry("II.6.models", "1"),
                Map.entry("II.6.has_model", "true"));
        assertThat(result.suggestions()).filteredOn(s -> s.code().startsWith("II.3.")).allSatisfy(s -> assertThat(s.source())
                .endsWith("trong kỳ, tại nơi tiếp công dân của cơ quan chưa có vụ việc nào phát sinh."));
    }

    @Test
    void noTextIsLost() {
        Reading result = importText(SeedReport.text());

        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.text()).isEqualTo("Ban Dân tộc báo cáo đề Sở Nội vụ tổng hợp./."));
        assertThat(result.placed()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void nfdTextAndOtherTonePlacementsReadTheSame() {
        String nfd = Normalizer.normalize(SeedReport.text(), Normalizer.Form.NFD);

        assertThat(importText(nfd).draft()).isEqualTo(importText(SeedReport.text()).draft());
        assertThat(VietnameseText.fold("Hoà")).isEqualTo(VietnameseText.fold("Hòa")).isEqualTo("hoa");
    }

    @Test
    void theSameReportAsDocxImportsToTheSameDraft() {
        String text = SeedReport.text();
        Reading fromDocx = importer.read(LegacyDocumentReaders.docx(SeedReport.docx(text)));

        assertThat(fromDocx.draft()).isEqualTo(importText(text).draft());
        assertThat(fromDocx.suggestions()).isEqualTo(importText(text).suggestions());
    }

    @Test
    void aHeadingLineThatGoesOnWithTextKeepsTheText() {
        assertThat(HeadingLines.afterTitle("Ưu điểm: tốt.", "Ưu điểm")).hasValue("tốt.");
        assertThat(HeadingLines.afterTitle("Ưu điểm:", "Ưu điểm")).isEmpty();
        assertThat(HeadingLines.afterTitle("Về công tác dân vận chính quyền:", "Về công tác dân vận chính quyền")).isEmpty();
    }
}
