package vn.gov.quangngai.baocao.report.rounds;

import java.time.LocalDate;
import java.time.YearMonth;

/** The day a reporting period ends: the day whose registry a round of that period expects. */
public final class Periods {

    private Periods() {
    }

    /** The last day of the year, or of its half, quarter or month {@code index}. */
    public static LocalDate end(PeriodKind kind, int year, Integer index) {
        int lastMonth = switch (kind) {
            case YEAR -> 12;
            case HALF -> index * 6;
            case QUARTER -> index * 3;
            case MONTH -> index;
        };
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }
}
