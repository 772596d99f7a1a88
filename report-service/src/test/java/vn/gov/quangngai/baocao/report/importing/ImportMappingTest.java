package vn.gov.quangngai.baocao.report.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.importer.IndicatorType;
import vn.gov.quangngai.baocao.importer.SeedReport;
import vn.gov.quangngai.baocao.importer.Template;
import vn.gov.quangngai.baocao.report.rounds.BuiltInTemplate;
import vn.gov.quangngai.baocao.report.shared.ReportContent;

/** The template and the draft handed to the importer and back lose nothing, and the importer's tests read the template the service ships. */
class ImportMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = ImportMappingTest.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        }
    }

    @Test
    void theTemplateTheImportersTestsReadIsTheBuiltInOne() throws IOException {
        assertThat(resource(SeedReport.TEMPLATE)).isEqualTo(resource("/templates/dan-van-chinh-quyen-nam.json"));
    }

    @Test
    void theTemplateKeepsEveryIndicatorWithItsTypeAndHints() throws IOException {
        // the round's template written out in full: the importer's Template of the same name is the one under test
        var round = new vn.gov.quangngai.baocao.report.shared.Template(
                JSON.treeToValue(resource("/templates/dan-van-chinh-quyen-nam.json"), BuiltInTemplate.class).sections());

        Template template = ImportMapping.template(round);

        assertThat(template.sections()).extracting(Template.Section::key).containsExactlyElementsOf(round.sections().stream().map(s -> s.key()).toList());
        assertThat(template.sections()).extracting(Template.Section::title).containsExactlyElementsOf(round.sections().stream().map(s -> s.title()).toList());
        assertThat(template.indicators()).hasSameSizeAs(round.indicators());
        for (int i = 0; i < round.indicators().size(); i++) {
            var indicator = round.indicators().get(i);
            assertThat(template.indicators().get(i)).isEqualTo(new Template.Indicator(indicator.code(), indicator.label(), indicator.unit(),
                    IndicatorType.valueOf(indicator.type().name()), indicator.hints()));
        }
        assertThat(IndicatorType.values()).extracting(Enum::name)
                .containsExactly(Arrays.stream(vn.gov.quangngai.baocao.report.shared.IndicatorType.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void aDraftComesBackAsItWent() {
        ReportContent full = new ReportContent(new ReportContent.Document("125/BC-BDT", "2021-11-22", "Quảng Ngãi",
                new ReportContent.Signer("Nguyễn Thế Nhân", "PHÓ TRƯỞNG BAN", "KT. TRƯỞNG BAN"), List.of("Sở Nội vụ", "Lưu: VT"),
                new ReportContent.Answers("2454/SNV-XDCQ", "2021-10-29")),
                List.of(new ReportContent.SectionText("II.6", "Ban Dân tộc đăng ký 01 mô hình.")),
                List.of(new ReportContent.IndicatorValue("II.1.support_money", LongNode.valueOf(9_000_000_000L)),
                        new ReportContent.IndicatorValue("II.4.share", DecimalNode.valueOf(new BigDecimal("12.50"))),
                        new ReportContent.IndicatorValue("II.7.note", TextNode.valueOf("không")), new ReportContent.IndicatorValue("II.7.empty", null)),
                true);
        ReportContent sparse = new ReportContent(new ReportContent.Document(null, null, null, null, null, null), null, List.of(), false);

        for (ReportContent content : List.of(full, sparse, ReportContent.empty())) {
            assertThat(ImportMapping.content(ImportMapping.draft(content))).isEqualTo(content);
        }
        assertThat(ImportMapping.draft(null)).isNull();
    }
}
