package vn.gov.quangngai.baocao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures read from sentences in the ways reports state them, and never guessed. */
class IndicatorSuggesterTest {

    private static final Template TEMPLATE = SeedReport.template();

    private static IndicatorSuggester.Result suggest(Template template, String section, String... paragraphs) {
        List<Paragraph> body = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            body.add(new Paragraph(10 + i, paragraphs[i]));
        }
        return IndicatorSuggester.suggest(template, Map.of(section, body), List.of());
    }

    private static Map<String, String> values(IndicatorSuggester.Result result) {
        Map<String, String> values = new LinkedHashMap<>();
        result.suggestions().forEach(s -> values.put(s.code(), s.value().asText()));
        return values;
    }

    @Test
    void aTotalWithItsBreakdownInParenthesesGivesEachPart() {
        IndicatorSuggester.Result result = suggest(TEMPLATE, "II.3", "Lãnh đạo huyện đã tiếp 86 lượt công dân (định kỳ 48 lượt, đột xuất 38 lượt).");

        assertThat(values(result)).containsExactly(Map.entry("II.3.receptions_periodic", "48"), Map.entry("II.3.receptions_adhoc", "38"));
    }

    @Test
    void aBreakdownAfterTrongDoTakesTheUnitOfItsTotal() {
        assertThat(values(suggest(TEMPLATE, "II.3", "Lãnh đạo Sở tiếp 15 lượt công dân, trong đó định kỳ 12, đột xuất 03.")))
                .containsEntry("II.3.receptions_periodic", "12").containsEntry("II.3.receptions_adhoc", "3");
        assertThat(values(suggest(TEMPLATE, "II.3", "Năm 2021, Sở đã tiếp 17 lượt công dân, trong đó Giám đốc Sở tiếp định kỳ 11 lượt và tiếp đột xuất 6 lượt.")))
                .containsEntry("II.3.receptions_periodic", "11").containsEntry("II.3.receptions_adhoc", "6");
    }

    @Test
    void aLabelBeforeItsNumberAndAListIntroducedByItAreRead() {
        assertThat(values(suggest(TEMPLATE, "II.3", "Số lượt tiếp công dân định kỳ: 15 lượt.")))
                .containsExactly(Map.entry("II.3.receptions_periodic", "15"));
        assertThat(values(suggest(TEMPLATE, "II.3", "Kết quả tiếp công dân:", "- Định kỳ: 12 lượt;", "- Đột xuất: 04 lượt.")))
                .containsEntry("II.3.receptions_periodic", "12").containsEntry("II.3.receptions_adhoc", "4");
    }

    @Test
    void aTotalThatCouldBeEitherPartIsNotSuggested() {
        assertThat(values(suggest(TEMPLATE, "II.3", "Trong năm, lãnh đạo Sở tiếp 21 lượt công dân."))).isEmpty();
        assertThat(values(suggest(TEMPLATE, "II.3", "Lãnh đạo tiếp công dân định kỳ, đột xuất được 25 lượt."))).isEmpty();
        assertThat(values(suggest(TEMPLATE, "II.3", "Tiếp công dân định kỳ và đột xuất 25 lượt."))).isEmpty();
    }

    @Test
    void twoDifferentValuesGiveNoSuggestionAndAWarningSayingWhy() {
        IndicatorSuggester.Result result = suggest(TEMPLATE, "II.6", "Sở đăng ký 01 mô hình \"Dân vận khéo\" năm 2021.",
                "Đến nay Sở đã đăng ký 03 mô hình \"Dân vận khéo\".");

        assertThat(values(result)).doesNotContainKey("II.6.models").containsEntry("II.6.has_model", "true");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(11);
            assertThat(w.reason()).contains("II.6.models").contains("3").contains("1").contains("no value suggested");
        });
    }

    @Test
    void moneyIsReadInDongWithItsScaleAndAnApproximateAmountAsStated() {
        assertThat(values(suggest(TEMPLATE, "II.1", "Phân bổ 215,4 tỷ đồng kinh phí hỗ trợ mắm, muối, dầu ăn, bột ngọt cho đồng bào.")))
                .containsEntry("II.1.support_money", "215400000000");
        assertThat(values(suggest(TEMPLATE, "II.1", "Phân bổ hơn 9 tỷ đồng cho các huyện để cấp mắm, muối, dầu ăn, bột ngọt.")))
                .containsEntry("II.1.support_money", "9000000000");
    }

    @Test
    void moneyForSomethingElseIsNotTakenForTheIndicator() {
        assertThat(values(suggest(TEMPLATE, "II.1", "Tổng kinh phí phòng, chống dịch hơn 6,8 tỷ đồng.",
                "Hỗ trợ người lao động gặp khó khăn do đại dịch với tổng kinh phí hơn 180 tỷ đồng."))).isEmpty();
    }

    @Test
    void aYesNoIndicatorFollowsTheCountOfWhatItAsksAboutOrAStatementOfNone() {
        assertThat(values(suggest(TEMPLATE, "II.6", "Toàn huyện có 21 cơ quan, đơn vị đăng ký 32 mô hình \"Dân vận khéo\".")))
                .containsEntry("II.6.models", "32").containsEntry("II.6.has_model", "true");
        assertThat(values(suggest(TEMPLATE, "II.6", "Năm 2021, Ban Quản lý chưa đăng ký mô hình \"Dân vận khéo\" nào.")))
                .containsExactly(Map.entry("II.6.models", "0"), Map.entry("II.6.has_model", "false"));
        assertThat(values(suggest(TEMPLATE, "II.6", "Cơ quan chưa đăng ký mô hình \"Dân vận khéo\" riêng mà tham gia cùng Công đoàn."))).isEmpty();
    }

    @Test
    void aStatementOfNoneCoversTheIndicatorsItIsAboutAndOnlyThose() {
        assertThat(values(suggest(TEMPLATE, "II.3", "Trong kỳ, tại nơi tiếp công dân của cơ quan chưa có vụ việc nào phát sinh.")))
                .containsExactly(Map.entry("II.3.receptions_periodic", "0"), Map.entry("II.3.receptions_adhoc", "0"));
        assertThat(values(suggest(TEMPLATE, "II.3", "Không có lượt tiếp công dân đột xuất nào.")))
                .containsExactly(Map.entry("II.3.receptions_adhoc", "0"));
        assertThat(values(suggest(TEMPLATE, "II.3", "Trong năm không có đơn thư nào tồn đọng, kéo dài."))).isEmpty();
    }

    @Test
    void numbersOfPlansChangesAndComparisonsAreNotResults() {
        assertThat(values(suggest(TEMPLATE, "II.7", "Phấn đấu thành lập thêm 3 tổ hòa giải ở cơ sở."))).isEmpty();
        assertThat(values(suggest(TEMPLATE, "II.3", "So với năm 2020, số lượt tiếp công dân định kỳ tăng 5 lượt."))).isEmpty();
        assertThat(values(suggest(TEMPLATE, "II.3", "Sở tiếp nhận 25 đơn, đã giải quyết 20 đơn, còn 05 đơn đang trong thời hạn giải quyết.")))
                .containsExactly(Map.entry("II.3.petitions_received", "25"), Map.entry("II.3.petitions_resolved", "20"));
    }

    @Test
    void anIndicatorStatedUnderAnotherSectionIsFoundOnlyWhenItsOwnSectionSaysNothing() {
        List<Paragraph> staff = List.of(new Paragraph(5, "Đến nay, 02 công chức, người lao động của cơ quan mắc Covid-19 (F0) đã khỏi bệnh."));
        List<Paragraph> reception = List.of(new Paragraph(9, "Lãnh đạo Sở tiếp công dân định kỳ 12 lượt."));
        Map<String, List<Paragraph>> sections = new LinkedHashMap<>();
        sections.put("II.4", staff);
        sections.put("II.5", reception);

        assertThat(values(IndicatorSuggester.suggest(TEMPLATE, sections, List.of())))
                .containsEntry("II.1.staff_infected_f0", "2").containsEntry("II.3.receptions_periodic", "12");

        sections.put("II.3", List.of(new Paragraph(20, "Giám đốc Sở tiếp công dân định kỳ 10 lượt.")));
        IndicatorSuggester.Result withOwn = IndicatorSuggester.suggest(TEMPLATE, sections, List.of());
        assertThat(values(withOwn)).containsEntry("II.3.receptions_periodic", "10");
        assertThat(withOwn.warnings()).isEmpty();
    }

    @Test
    void aTemplateWithoutHintsIsReadByItsLabelsAndUnits() {
        Template plain = new Template(List.of(new Template.Section("B.2", "Tiếp công dân", List.of(
                new Template.Indicator("TIEP_DK", "Lượt tiếp dân định kỳ của lãnh đạo", "lượt", IndicatorType.INTEGER, List.of()),
                new Template.Indicator("TIEP_DX", "Lượt tiếp dân đột xuất của lãnh đạo", "lượt", IndicatorType.INTEGER, List.of()),
                new Template.Indicator("DOI_THOAI", "Cuộc đối thoại với Nhân dân", "cuộc", IndicatorType.INTEGER, List.of())))));

        assertThat(values(suggest(plain, "B.2", "Lãnh đạo đã tiếp 126 lượt công dân (trong đó tiếp định kỳ 84 lượt, tiếp đột xuất 42 lượt); "
                + "tổ chức 04 cuộc đối thoại với hộ dân bị ảnh hưởng bởi các dự án.")))
                .containsExactly(Map.entry("TIEP_DK", "84"), Map.entry("TIEP_DX", "42"), Map.entry("DOI_THOAI", "4"));
    }

    @Test
    void aTableOfIndicatorsIsReadRowByRow() {
        List<String> header = List.of("STT", "Nội dung", "Đơn vị tính", "Số lượng");
        List<Paragraph> rows = List.of(
                new Paragraph(40, "1 | Số lượt tiếp công dân định kỳ | Lượt | 12", false, List.of("1", "Số lượt tiếp công dân định kỳ", "Lượt", "12"), header),
                new Paragraph(41, "2 | Kinh phí hỗ trợ mắm, muối cho đồng bào | Triệu đồng | 215,4", false,
                        List.of("2", "Kinh phí hỗ trợ mắm, muối cho đồng bào", "Triệu đồng", "215,4"), header),
                new Paragraph(42, "3 | Tổng số lượt tiếp công dân | Lượt | 16", false, List.of("3", "Tổng số lượt tiếp công dân", "Lượt", "16"), header));

        assertThat(values(IndicatorSuggester.suggest(TEMPLATE, Map.of(), rows)))
                .containsExactly(Map.entry("II.1.support_money", "215400000"), Map.entry("II.3.receptions_periodic", "12"));
    }
}
