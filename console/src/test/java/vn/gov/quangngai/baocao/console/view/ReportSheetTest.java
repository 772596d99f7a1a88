package vn.gov.quangngai.baocao.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.client.model.IndicatorValue;
import vn.gov.quangngai.baocao.console.client.model.Template;
import vn.gov.quangngai.baocao.console.client.model.SectionText;
import vn.gov.quangngai.baocao.console.client.model.Version;

class ReportSheetTest {

    static final Template TEMPLATE = new Template(List.of(
            new Template.Section("I", "Lãnh đạo, chỉ đạo", null, List.of()),
            new Template.Section("II.3", "Tiếp công dân", null, List.of(
                    new Template.Indicator("II.3.receptions_periodic", "Tiếp định kỳ", "lượt", "INTEGER", "SUM", false),
                    new Template.Indicator("II.3.receptions_adhoc", "Tiếp đột xuất", "lượt", "INTEGER", "SUM", false)))));

    static Version version(List<SectionText> sections, List<IndicatorValue> indicators) {
        return new Version("R", "BDT", 1, null, null, false, null, sections, indicators, false);
    }

    @Test
    void sectionsFollowTheTemplateWhateverOrderTheyWereSentIn() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ReportSheet sheet = ReportSheet.of(TEMPLATE, version(
                List.of(new SectionText("II.3", "Không tiếp công dân."), new SectionText("I", "Ban hành kế hoạch.")),
                List.of(new IndicatorValue("II.3.receptions_adhoc", json.numberNode(1200)), new IndicatorValue("II.3.receptions_periodic", json.nullNode()))));

        assertThat(sheet.parts()).extracting(ReportSheet.Part::key).containsExactly("I", "II.3");
        assertThat(sheet.parts().get(1).indicators()).containsExactly(
                new ReportSheet.IndicatorLine("II.3.receptions_periodic", "Tiếp định kỳ", "lượt", "—", true),
                new ReportSheet.IndicatorLine("II.3.receptions_adhoc", "Tiếp đột xuất", "lượt", "1.200", false));
    }

    @Test
    void whatTheTemplateDoesNotNameIsStillShown() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ReportSheet sheet = ReportSheet.of(TEMPLATE, version(List.of(new SectionText("IX", "Mục lạ.")),
                List.of(new IndicatorValue("X.unknown", json.numberNode(3)))));

        assertThat(sheet.parts()).extracting(ReportSheet.Part::key).containsExactly("I", "II.3", "IX", "");
        assertThat(sheet.parts().get(0).empty()).isTrue();
        assertThat(sheet.parts().get(3).indicators().get(0).value()).isEqualTo("3");
    }
}
