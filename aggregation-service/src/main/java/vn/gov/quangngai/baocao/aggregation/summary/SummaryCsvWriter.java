package vn.gov.quangngai.baocao.aggregation.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The figures table of a summary as CSV: agency code, agency name, one column per figure code;
 * one row per agency (expected agencies in the round's order, then any other contributor), then
 * the total row. Plain numbers with '.' as decimal point; UTF-8 with a byte-order mark, so that
 * Excel shows Vietnamese names correctly. RFC 4180 lines and quoting (CRLF) by Commons CSV.
 */
public final class SummaryCsvWriter {

    public static final String MEDIA_TYPE = "text/csv";
    static final String BOM = "\uFEFF";
    static final String TOTAL_CODE = "TOTAL";
    static final String TOTAL_NAME = "Tổng cộng";

    private SummaryCsvWriter() {
    }

    /** @param agencies the round's agencies in order, code to name */
    public static String write(Summary summary, Map<String, String> agencies) {
        Map<String, String> rows = new LinkedHashMap<>(agencies);
        Map<String, Map<String, Object>> values = new HashMap<>();
        for (Summary.IndicatorTotal indicator : summary.indicators()) {
            for (Summary.AgencyValue value : indicator.byAgency()) {
                rows.putIfAbsent(value.agency(), value.agency());
                values.computeIfAbsent(value.agency(), a -> new HashMap<>()).put(indicator.code(), value.value());
            }
        }
        StringBuilder csv = new StringBuilder(BOM);
        try (CSVPrinter printer = CSVFormat.RFC4180.print(csv)) {
            List<String> header = new ArrayList<>(List.of("agency", "agency_name"));
            summary.indicators().forEach(i -> header.add(i.code()));
            line(printer, header);
            for (Map.Entry<String, String> agency : rows.entrySet()) {
                List<String> cells = new ArrayList<>(List.of(agency.getKey(), agency.getValue()));
                Map<String, Object> given = values.getOrDefault(agency.getKey(), Map.of());
                summary.indicators().forEach(i -> cells.add(cell(given.get(i.code()))));
                line(printer, cells);
            }
            List<String> total = new ArrayList<>(List.of(TOTAL_CODE, TOTAL_NAME));
            summary.indicators().forEach(i -> total.add(cell(i.total())));
            line(printer, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return csv.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    private static void line(CSVPrinter printer, List<String> cells) throws IOException {
        printer.printRecord(cells.stream().map(SummaryCsvWriter::defused));
    }

    /** A leading =, +, - or @ is prefixed with ' so that a spreadsheet never runs text as a formula. */
    static String defused(String cell) {
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell)) {
            return "'" + cell;
        }
        return cell;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
