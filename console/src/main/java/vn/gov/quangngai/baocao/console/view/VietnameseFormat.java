package vn.gov.quangngai.baocao.console.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates, times and numbers as Vietnamese official documents write them: {@code 29/10/2021},
 * {@code 196.878}, {@code 1.234,5}; times in Vietnam's zone whatever offset the services sent.
 */
public final class VietnameseFormat {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Shown where a value is absent (a figure left empty is not a zero). */
    public static final String NONE = "—";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private VietnameseFormat() {
    }

    public static String date(OffsetDateTime at) {
        return at == null ? NONE : at.atZoneSameInstant(VIETNAM).format(DATE);
    }

    public static String date(LocalDate day) {
        return day == null ? NONE : day.format(DATE);
    }

    /** A date as the services write it ({@code 2021-10-29}); anything else is shown as it is. */
    public static String date(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return NONE;
        }
        try {
            return date(LocalDate.parse(isoDate));
        } catch (java.time.format.DateTimeParseException notIso) {
            return isoDate;
        }
    }

    public static String dateTime(OffsetDateTime at) {
        return at == null ? NONE : at.atZoneSameInstant(VIETNAM).format(DATE_TIME);
    }

    public static String time(OffsetDateTime at) {
        return at == null ? NONE : at.atZoneSameInstant(VIETNAM).format(TIME);
    }

    public static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** {@code 196878} → {@code 196.878}; {@code -1234.5} → {@code -1.234,5}; no exponent, no trailing zeros. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        String plain = value.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (fraction.isEmpty() ? "" : "," + fraction);
    }

    /** A figure's value as reported: a number formatted, true/false as Có/Không, text as it is, absent as a dash. */
    public static String value(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return NONE;
        }
        if (value.isNumber()) {
            return number(value.decimalValue());
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "Có" : "Không";
        }
        return value.asText();
    }

    /** The period of a round: {@code Năm 2021}, {@code 6 tháng đầu năm 2021}, {@code Quý III năm 2021}, {@code Tháng 11 năm 2021}. */
    public static String period(String kind, int year, Integer index) {
        if (kind == null) {
            return "Năm " + year;
        }
        return switch (kind) {
            case "HALF" -> (index != null && index == 2 ? "6 tháng cuối năm " : "6 tháng đầu năm ") + year;
            case "QUARTER" -> "Quý " + roman(index) + " năm " + year;
            case "MONTH" -> "Tháng " + (index == null ? "" : index) + " năm " + year;
            default -> "Năm " + year;
        };
    }

    private static String roman(Integer quarter) {
        if (quarter == null || quarter < 1 || quarter > 4) {
            return String.valueOf(quarter);
        }
        return new String[] {"I", "II", "III", "IV"}[quarter - 1];
    }
}
