package vn.gov.quangngai.baocao.aggregation.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures table of a summary as CSV: agency code, agency name, one column per figure code;
 * one row per agency (expected agencies in the round's order, then any other contributor), then
 * the total row. Plain numbers with '.' as decimal point; UTF-8 with a byte-order mark, so that
 * Excel shows Vietnamese names correctly.
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
        List<String> header = new ArrayList<>(List.of("agency", "agency_name"));
        summary.indicators().forEach(i -> header.add(i.code()));
        line(csv, header);
        for (Map.Entry<String, String> agency : rows.entrySet()) {
            List<String> cells = new ArrayList<>(List.of(agency.getKey(), agency.getValue()));
            Map<String, Object> given = values.getOrDefault(agency.getKey(), Map.of());
            summary.indicators().forEach(i -> cells.add(cell(given.get(i.code()))));
            line(csv, cells);
        }
        List<String> total = new ArrayList<>(List.of(TOTAL_CODE, TOTAL_NAME));
        summary.indicators().forEach(i -> total.add(cell(i.total())));
        line(csv, total);
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

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so that a spreadsheet never runs text as a formula. */
    static String escape(String cell) {
        String safe = cell;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0 && !isNumber(safe)) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
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
