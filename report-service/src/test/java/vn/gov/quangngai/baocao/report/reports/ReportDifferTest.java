package vn.gov.quangngai.baocao.report.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.shared.Aggregation;
import vn.gov.quangngai.baocao.report.shared.IndicatorType;
import vn.gov.quangngai.baocao.report.shared.ReportContent;
import vn.gov.quangngai.baocao.report.shared.Template;

class ReportDifferTest {

    private static final Template OUTLINE = new Template(List.of(
            new Template.Section("I", "Lãnh đạo, chỉ đạo", null, List.of(
                    new Template.Indicator("plans", "Số kế hoạch ban hành", "văn bản", IndicatorType.INTEGER, Aggregation.SUM, false))),
            new Template.Section("II", "Kết quả", null, List.of(
                    new Template.Indicator("money", "Kinh phí hỗ trợ", "đồng", IndicatorType.MONEY, Aggregation.SUM, false),
                    new Template.Indicator("model", "Có mô hình", null, IndicatorType.BOOLEAN, Aggregation.COUNT, false)))));

    private static ReportContent content(String sectionI, String sectionII, ReportContent.IndicatorValue... figures) {
        return new ReportContent(null, List.of(new ReportContent.SectionText("II", sectionII), new ReportContent.SectionText("I", sectionI)),
                List.of(figures), false);
    }

    @Test
    void runsOfWordsGiveBackBothTexts() {
        List<ReportChanges.WordRun> runs = ReportDiffer.words("Tổ chức 12 lớp bồi dưỡng cho người có uy tín.", "Tổ chức 14 lớp tập huấn cho người có uy tín.");

        assertThat(runs).extracting(ReportChanges.WordRun::op).containsExactly(ReportChanges.Op.EQUAL, ReportChanges.Op.DELETE, ReportChanges.Op.INSERT,
                ReportChanges.Op.EQUAL, ReportChanges.Op.DELETE, ReportChanges.Op.INSERT, ReportChanges.Op.EQUAL);
        assertThat(join(runs, ReportChanges.Op.INSERT)).isEqualTo("Tổ chức 12 lớp bồi dưỡng cho người có uy tín.");
        assertThat(join(runs, ReportChanges.Op.DELETE)).isEqualTo("Tổ chức 14 lớp tập huấn cho người có uy tín.");
    }

    @Test
    void identicalTextsAreOneEqualRunAndEmptyOnesNone() {
        assertThat(ReportDiffer.words("Không phát sinh.", "Không phát sinh.")).containsExactly(new ReportChanges.WordRun(ReportChanges.Op.EQUAL, "Không phát sinh."));
        assertThat(ReportDiffer.words("", "")).isEmpty();
        assertThat(ReportDiffer.words("", "Mới")).containsExactly(new ReportChanges.WordRun(ReportChanges.Op.INSERT, "Mới"));
    }

    @Test
    void sectionsAndFiguresComeInOutlineOrderWithTheirChange() {
        ReportContent before = content("Ban hành 02 kế hoạch.", "",
                new ReportContent.IndicatorValue("plans", IntNode.valueOf(2)), new ReportContent.IndicatorValue("money", DecimalNode.valueOf(new BigDecimal("9000000000"))));
        ReportContent after = content("Ban hành 02 kế hoạch.", "Hỗ trợ hơn 9 tỷ đồng.",
                new ReportContent.IndicatorValue("money", IntNode.valueOf(900000000)), new ReportContent.IndicatorValue("model", BooleanNode.TRUE),
                new ReportContent.IndicatorValue("plans", DecimalNode.valueOf(new BigDecimal("2.0"))));

        ReportChanges diff = new ReportDiffer(OUTLINE).diff(before, after);

        assertThat(diff.sections()).extracting(ReportChanges.SectionChange::key, ReportChanges.SectionChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("I", ReportChanges.Change.UNCHANGED), org.assertj.core.groups.Tuple.tuple("II", ReportChanges.Change.ADDED));
        assertThat(diff.indicators()).extracting(ReportChanges.FigureChange::code, ReportChanges.FigureChange::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("plans", ReportChanges.Change.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("money", ReportChanges.Change.CHANGED),
                org.assertj.core.groups.Tuple.tuple("model", ReportChanges.Change.ADDED));
        assertThat(diff.indicators().get(1).unit()).isEqualTo("đồng");
        assertThat(diff.document()).isEmpty();
    }

    private static String join(List<ReportChanges.WordRun> runs, ReportChanges.Op without) {
        return runs.stream().filter(r -> r.op() != without).map(ReportChanges.WordRun::text).reduce("", String::concat);
    }
}
