package vn.gov.quangngai.baocao.console.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import vn.gov.quangngai.baocao.console.client.model.Round;

/**
 * How a round's deadline stands for an agency, in calendar days in Vietnam: days left, due today or
 * days late while its report is not in; on time or how late once it is. {@code tone} is the class
 * console.css colours it with: soon (three days or less), late, done, or none.
 */
public record Countdown(String text, String tone) {

    static final int SOON = 3;

    /** The agency's own report in the round, as a submitter's list of rounds carries it. */
    public static Countdown of(Round round, OffsetDateTime now) {
        Round.OwnReport report = round.report();
        return report == null ? of(round.deadline(), round.open(), "NOT_STARTED", false, null, now)
                : of(round.deadline(), round.open(), report.status(), report.late(), report.firstSubmittedAt(), now);
    }

    public static Countdown of(OffsetDateTime deadline, boolean roundOpen, String status, boolean late, OffsetDateTime firstSubmittedAt,
                               OffsetDateTime now) {
        if (deadline == null) {
            return new Countdown(VietnameseFormat.NONE, "");
        }
        LocalDate due = day(deadline);
        if ("SUBMITTED".equals(status) || "ACCEPTED".equals(status)) {
            if (!late) {
                return new Countdown("Nộp đúng hạn", "done");
            }
            long days = firstSubmittedAt == null ? 0 : ChronoUnit.DAYS.between(due, day(firstSubmittedAt));
            return new Countdown(StatusWord.LATE.label() + (days > 0 ? " " + VietnameseFormat.number(days) + " ngày" : ""), "late");
        }
        if (!roundOpen) {
            return new Countdown("Kỳ báo cáo đã đóng", "late");
        }
        long days = ChronoUnit.DAYS.between(day(now), due);
        if (!now.isAfter(deadline)) {
            return days == 0 ? new Countdown("Hạn chót hôm nay", "soon")
                    : new Countdown("Còn " + VietnameseFormat.number(days) + " ngày", days <= SOON ? "soon" : "");
        }
        return days == 0 ? new Countdown("Quá hạn", "late") : new Countdown("Quá hạn " + VietnameseFormat.number(-days) + " ngày", "late");
    }

    private static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(VietnameseFormat.VIETNAM).toLocalDate();
    }
}
