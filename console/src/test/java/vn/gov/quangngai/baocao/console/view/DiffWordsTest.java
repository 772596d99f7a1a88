package vn.gov.quangngai.baocao.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.client.model.ReportDiff;

class DiffWordsTest {

    static ReportDiff.Word equal(String text) {
        return new ReportDiff.Word("EQUAL", text);
    }

    @Test
    void aChangeInALongSectionKeepsItsContextAndShortensTheRest() {
        List<DiffWords.Run> runs = DiffWords.compact(List.of(
                equal("một hai ba bốn năm sáu bảy tám chín mười cấp cho "),
                new ReportDiff.Word("DELETE", "196.878"), new ReportDiff.Word("INSERT", "196.900"),
                equal(" khẩu trên 52.001 hộ và còn nhiều chữ nữa ở đây")), 3);

        assertThat(runs).containsExactly(
                new DiffWords.Run("GAP", "…"), new DiffWords.Run("EQUAL", " mười cấp cho "),
                new DiffWords.Run("DELETE", "196.878"), new DiffWords.Run("INSERT", "196.900"),
                new DiffWords.Run("EQUAL", " khẩu trên 52.001 "), new DiffWords.Run("GAP", "…"));
    }

    @Test
    void shortUnchangedRunsStayWhole() {
        List<DiffWords.Run> runs = DiffWords.compact(List.of(equal("Ban Dân tộc đăng ký "), new ReportDiff.Word("INSERT", "01"),
                equal(" mô hình.")), 5);

        assertThat(runs).extracting(DiffWords.Run::text).containsExactly("Ban Dân tộc đăng ký ", "01", " mô hình.");
    }
}
