package vn.gov.quangngai.baocao.report.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a round's deadline: a date-time with offset, or a bare date meaning 23:59:59 that day in Vietnam. */
public final class Deadlines {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Deadlines() {
    }

    /** Today in Vietnam: the day the registry is read as of when no day is given. */
    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    public static Optional<OffsetDateTime> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException notADateTime) {
            try {
                return Optional.of(LocalDate.parse(text).atTime(LocalTime.of(23, 59, 59)).atZone(VIETNAM).toOffsetDateTime());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
