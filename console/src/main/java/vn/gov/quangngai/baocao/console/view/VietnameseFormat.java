package vn.gov.quangngai.baocao.console.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

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
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** {@code 196.878}, {@code 1.234,5}: dots between groups of three, a comma before the decimals. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    /** {@code 196878}, {@code 215,4}. */
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:,\\d+)?");
    /** {@code 215.45}: a point that cannot be a thousands separator, as copied from software in English. */
    private static final Pattern POINT = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

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
        } catch (DateTimeParseException notIso) {
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
        return numberFormat().format(value);
    }

    /**
     * Dots between groups of three, a comma before the decimals, every decimal the value has (none
     * added, none rounded away). A new one each time: DecimalFormat is not safe to share between threads.
     */
    private static DecimalFormat numberFormat() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        // a BigDecimal is formatted to as many digits as this allows, not capped at 340 as a double is
        format.setMaximumFractionDigits(Integer.MAX_VALUE);
        return format;
    }

    /**
     * A number as people write it in Vietnam ({@code 196.878}, {@code 9.000.000.000}, {@code 215,4},
     * {@code 1 234}), or null when the text is not one. A dot followed by groups of three digits
     * separates thousands; otherwise a single dot is read as a decimal point ({@code 2.5}).
     * console.js reads numbers by the same rules.
     */
    public static BigDecimal parseNumber(String text) {
        if (text == null) {
            return null;
        }
        String typed = SPACES.matcher(text).replaceAll("");
        boolean negative = typed.startsWith("-");
        if (negative || typed.startsWith("+")) {
            typed = typed.substring(1);
        }
        String plain;
        if (GROUPED.matcher(typed).matches()) {
            plain = typed.replace(".", "").replace(',', '.');
        } else if (PLAIN.matcher(typed).matches()) {
            plain = typed.replace(',', '.');
        } else if (POINT.matcher(typed).matches()) {
            plain = typed;
        } else {
            return null;
        }
        BigDecimal number = new BigDecimal(plain);
        return negative ? number.negate() : number;
    }

    /** A date typed as {@code 12/11/2021} (or already {@code 2021-11-12}) as the services write it; anything else as typed. */
    public static String isoDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        try {
            return LocalDate.parse(text, TYPED_DATE).toString();
        } catch (DateTimeParseException notDayMonthYear) {
            return text;
        }
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
