package vn.gov.quangngai.baocao.report.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A day as Vietnamese documents write it in messages: 31/12/2021. */
public final class VietnameseDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }
}
