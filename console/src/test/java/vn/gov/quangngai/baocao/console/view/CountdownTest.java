package vn.gov.quangngai.baocao.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CountdownTest {

    static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2021-11-15T23:59:59+07:00");

    @Test
    void beforeTheDeadlineItCountsTheCalendarDaysLeftInVietnam() {
        assertThat(open("DRAFT", "2021-11-10T08:00:00+07:00")).isEqualTo(new Countdown("Còn 5 ngày", ""));
        assertThat(open("NOT_STARTED", "2021-11-13T08:00:00+07:00")).isEqualTo(new Countdown("Còn 2 ngày", "soon"));
        // 20:00 UTC on the 14th is already the 15th in Vietnam
        assertThat(open("RETURNED", "2021-11-14T20:00:00Z")).isEqualTo(new Countdown("Hạn chót hôm nay", "soon"));
        assertThat(open("DRAFT", "2019-01-01T08:00:00+07:00").text()).as("grouped the Vietnamese way").isEqualTo("Còn 1.049 ngày");
    }

    @Test
    void afterTheDeadlineAReportNotInCountsTheDaysLate() {
        assertThat(open("DRAFT", "2021-11-18T09:00:00+07:00")).isEqualTo(new Countdown("Quá hạn 3 ngày", "late"));
        assertThat(Countdown.of(OffsetDateTime.parse("2021-11-15T17:00:00+07:00"), true, "DRAFT", false, null,
                OffsetDateTime.parse("2021-11-15T18:00:00+07:00"))).isEqualTo(new Countdown("Quá hạn", "late"));
    }

    @Test
    void aReportInSaysWhetherItCameInTimeOrHowLate() {
        assertThat(Countdown.of(DEADLINE, true, "SUBMITTED", false, OffsetDateTime.parse("2021-11-12T10:00:00+07:00"), now("2021-11-20T00:00:00+07:00")))
                .isEqualTo(new Countdown("Nộp đúng hạn", "done"));
        assertThat(Countdown.of(DEADLINE, true, "ACCEPTED", true, OffsetDateTime.parse("2021-11-20T09:30:00+07:00"), now("2021-11-25T00:00:00+07:00")))
                .isEqualTo(new Countdown("Nộp muộn 5 ngày", "late"));
    }

    @Test
    void aClosedRoundWithoutTheReportSaysSo() {
        assertThat(Countdown.of(DEADLINE, false, "NOT_STARTED", false, null, now("2021-11-10T00:00:00+07:00")))
                .isEqualTo(new Countdown("Kỳ báo cáo đã đóng", "late"));
    }

    private static Countdown open(String status, String now) {
        return Countdown.of(DEADLINE, true, status, false, null, now(now));
    }

    private static OffsetDateTime now(String at) {
        return OffsetDateTime.parse(at);
    }
}
