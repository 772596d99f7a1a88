package vn.gov.quangngai.baocao.report.shared;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** The current time at PostgreSQL's precision (microseconds), so that an answer and a later read agree. */
public final class Times {

    private Times() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The time as it is shown in answers: at Vietnam's offset. */
    public static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(Deadlines.VIETNAM).toOffsetDateTime();
    }
}
