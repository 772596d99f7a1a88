package vn.gov.quangngai.baocao.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.client.model.FigureValue;
import vn.gov.quangngai.baocao.console.client.model.Outline;
import vn.gov.quangngai.baocao.console.client.model.SectionText;
import vn.gov.quangngai.baocao.console.client.model.Version;

class ReportSheetTest {

    static final Outline OUTLINE = new Outline(List.of(
            new Outline.Section("I", "Lãnh đạo, chỉ đạo", null, List.of()),
            new Outline.Section("II.3", "Tiếp công dân", null, List.of(
                    new Outline.Figure("II.3.receptions_periodic", "Tiếp định kỳ", "lượt", "INTEGER", "SUM", false),
                    new Outline.Figure("II.3.receptions_adhoc", "Tiếp đột xuất", "lượt", "INTEGER", "SUM", false)))));

    static Version version(List<SectionText> sections, List<FigureValue> figures) {
        return new Version("R", "BDT", 1, null, null, false, null, sections, figures, false);
    }

    @Test
    void sectionsFollowTheOutlineWhateverOrderTheyWereSentIn() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ReportSheet sheet = ReportSheet.of(OUTLINE, version(
                List.of(new SectionText("II.3", "Không tiếp công dân."), new SectionText("I", "Ban hành kế hoạch.")),
                List.of(new FigureValue("II.3.receptions_adhoc", json.numberNode(1200)), new FigureValue("II.3.receptions_periodic", json.nullNode()))));

        assertThat(sheet.parts()).extracting(ReportSheet.Part::key).containsExactly("I", "II.3");
        assertThat(sheet.parts().get(1).figures()).containsExactly(
                new ReportSheet.FigureLine("II.3.receptions_periodic", "Tiếp định kỳ", "lượt", "—", true),
                new ReportSheet.FigureLine("II.3.receptions_adhoc", "Tiếp đột xuất", "lượt", "1.200", false));
    }

    @Test
    void whatTheOutlineDoesNotNameIsStillShown() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ReportSheet sheet = ReportSheet.of(OUTLINE, version(List.of(new SectionText("IX", "Mục lạ.")),
                List.of(new FigureValue("X.unknown", json.numberNode(3)))));

        assertThat(sheet.parts()).extracting(ReportSheet.Part::key).containsExactly("I", "II.3", "IX", "");
        assertThat(sheet.parts().get(0).empty()).isTrue();
        assertThat(sheet.parts().get(3).figures().get(0).value()).isEqualTo("3");
    }
}
