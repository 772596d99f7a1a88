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
import vn.gov.quangngai.baocao.importer.FigureType;
import vn.gov.quangngai.baocao.importer.Outline;
import vn.gov.quangngai.baocao.importer.SeedReport;
import vn.gov.quangngai.baocao.report.rounds.BuiltInTemplate;
import vn.gov.quangngai.baocao.report.shared.IndicatorType;
import vn.gov.quangngai.baocao.report.shared.ReportContent;
import vn.gov.quangngai.baocao.report.shared.Template;

/** The outline and the draft handed to the importer and back lose nothing, and the importer's tests read the outline the service ships. */
class ImportMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = ImportMappingTest.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        }
    }

    @Test
    void theOutlineTheImportersTestsReadIsTheBuiltInOne() throws IOException {
        assertThat(resource(SeedReport.OUTLINE)).isEqualTo(resource("/templates/dan-van-chinh-quyen-nam.json"));
    }

    @Test
    void theOutlineKeepsEveryFigureWithItsTypeAndHints() throws IOException {
        Template template = new Template(JSON.treeToValue(resource("/templates/dan-van-chinh-quyen-nam.json"), BuiltInTemplate.class).sections());

        Outline outline = ImportMapping.outline(template);

        assertThat(outline.sections()).extracting(Outline.Section::key).containsExactlyElementsOf(template.sections().stream().map(Template.Section::key).toList());
        assertThat(outline.sections()).extracting(Outline.Section::title).containsExactlyElementsOf(template.sections().stream().map(Template.Section::title).toList());
        assertThat(outline.figures()).hasSameSizeAs(template.indicators());
        for (int i = 0; i < template.indicators().size(); i++) {
            Template.Indicator indicator = template.indicators().get(i);
            assertThat(outline.figures().get(i)).isEqualTo(new Outline.Figure(indicator.code(), indicator.label(), indicator.unit(),
                    FigureType.valueOf(indicator.type().name()), indicator.hints()));
        }
        assertThat(FigureType.values()).extracting(Enum::name).containsExactly(Arrays.stream(IndicatorType.values()).map(Enum::name).toArray(String[]::new));
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
