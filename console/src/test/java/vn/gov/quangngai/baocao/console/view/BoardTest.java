package vn.gov.quangngai.baocao.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.client.model.ReportRow;
import vn.gov.quangngai.baocao.console.client.model.Round;

class BoardTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2021-11-12T10:00:00+07:00");

    static ReportRow row(String agency, String status, int version, boolean late, boolean nil) {
        return new ReportRow(agency, "Cơ quan " + agency, status, version, version == 0 ? null : AT, version == 0 ? null : AT, late,
                "RETURNED".equals(status) ? "Bổ sung" : null, nil, false);
    }

    static List<ReportRow> rows() {
        return List.of(row("BDT", "SUBMITTED", 1, true, false), row("STC", "RETURNED", 1, false, false),
                row("MINHLONG", "SUBMITTED", 1, false, true), row("TPQN", "NOT_STARTED", 0, false, false),
                row("SONHA", "DRAFT", 0, false, false), row("LYSON", "ACCEPTED", 2, true, false));
    }

    static Round round() {
        return new Round("R-1", "Kỳ thử", null, null, null, "OPEN", List.of(), null, null, null, null, null, null);
    }

    @Test
    void countsComeFromTheLinesThemselves() {
        Round.Counts counts = Board.counts(rows());

        assertThat(counts).isEqualTo(new Round.Counts(6, 1, 1, 2, 1, 1, 1, 2));
        assertThat(counts.handedIn()).isEqualTo(3);
    }

    @Test
    void lateAndMissingAreNamedFromTheWholeRoundWhateverTheFilter() {
        Board board = Board.of(round(), rows(), "RETURNED", AT);

        assertThat(board.rows()).extracting(ReportRow::agency).containsExactly("STC");
        assertThat(board.late()).extracting(ReportRow::agency).containsExactly("BDT", "LYSON");
        assertThat(board.missing()).extracting(ReportRow::agency).containsExactly("TPQN", "SONHA");
        assertThat(board.filters()).filteredOn(Board.Filter::current).extracting(Board.Filter::label).containsExactly("Bị trả lại");
        assertThat(board.filters()).extracting(Board.Filter::count).containsExactly(6, 1, 1, 2, 1, 1);
    }

    @Test
    void fingerprintChangesExactlyWhenSomethingOnTheBoardChanges() {
        String before = Board.of(round(), rows(), null, AT).fingerprint();

        assertThat(Board.of(round(), rows(), null, AT.plusMinutes(5)).fingerprint()).as("reading again").isEqualTo(before);
        List<ReportRow> accepted = new ArrayList<>(rows());
        accepted.set(0, row("BDT", "ACCEPTED", 1, true, false));
        assertThat(Board.of(round(), accepted, null, AT).fingerprint()).isNotEqualTo(before);
        assertThat(Board.of(round(), rows(), "SUBMITTED", AT).fingerprint()).as("another filter shows other lines").isNotEqualTo(before);
    }

    @Test
    void statusChartSegmentsFillTheWholeBarInStatusOrder() {
        StatusChart chart = StatusChart.of(Board.counts(rows()));

        assertThat(chart.segments()).extracting(s -> s.word()).containsExactly(StatusWord.NOT_STARTED, StatusWord.DRAFT,
                StatusWord.SUBMITTED, StatusWord.RETURNED, StatusWord.ACCEPTED);
        assertThat(chart.segments().stream().mapToInt(StatusChart.Segment::width).sum()).isEqualTo(StatusChart.WIDTH);
        assertThat(chart.segments().get(2).x()).isEqualTo(chart.segments().get(1).x() + chart.segments().get(1).width());
        assertThat(chart.description()).isEqualTo("Chưa nộp 1, Bản nháp 1, Đã nộp 2, Bị trả lại 1, Đã tiếp nhận 1 trên 6 cơ quan");
    }

    @Test
    void anEmptyRoundDrawsNoSegment() {
        assertThat(StatusChart.of(new Round.Counts(0, 0, 0, 0, 0, 0, 0, 0)).segments()).isEmpty();
    }
}
