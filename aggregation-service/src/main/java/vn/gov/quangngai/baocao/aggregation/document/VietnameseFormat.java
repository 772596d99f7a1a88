package vn.gov.quangngai.baocao.aggregation.document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;

/**
 * Numbers and dates as a Vietnamese official document writes them: 9.000.000.000; 2,5; 29/10/2021.
 * It only writes them: reading numbers out of a document's text is report-importer's business.
 */
final class VietnameseFormat {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseFormat() {
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean bool) {
            return bool ? "Có" : "Không";
        }
        if (value instanceof Number number) {
            DecimalFormatSymbols symbols = new DecimalFormatSymbols();
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
            DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
            return format.format(new BigDecimal(number.toString()));
        }
        return value.toString();
    }
}
