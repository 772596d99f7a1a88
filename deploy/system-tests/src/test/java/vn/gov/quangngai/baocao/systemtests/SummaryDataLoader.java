package vn.gov.quangngai.baocao.systemtests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * Writes a round of N agencies × 30 figures × 12 sections straight into aggregation-service's
 * tables, as the feed follower would have: the summary measurement is of the consolidation, not
 * of the feed.
 */
final class SummaryDataLoader {

    static final int FIGURES = 30;
    static final String[] SECTIONS = {"I", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7", "III.1", "III.2", "IV.1", "IV.2"};

    private final DataSource aggregation;

    SummaryDataLoader(DataSource aggregation) {
        this.aggregation = aggregation;
    }

    static String template() {
        StringBuilder json = new StringBuilder("{\"sections\": [");
        int figure = 0;
        for (int s = 0; s < SECTIONS.length; s++) {
            json.append(s == 0 ? "" : ",").append("{\"key\": \"").append(SECTIONS[s]).append("\", \"title\": \"Mục ").append(SECTIONS[s])
                    .append("\", \"indicators\": [");
            int perSection = s < 6 ? 5 : 0;
            for (int i = 0; i < perSection && figure < FIGURES; i++, figure++) {
                json.append(i == 0 ? "" : ",").append("{\"code\": \"F").append(figure).append("\", \"label\": \"Chỉ tiêu ").append(figure)
                        .append("\", \"unit\": \"lượt\", \"type\": \"INTEGER\", \"aggregation\": \"").append(figure % 10 == 9 ? "MAX" : "SUM").append("\"}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    /** Round {@code code} with {@code agencies} agencies, each with one submitted version holding every figure and a text per section. */
    void load(String code, int agencies, String sectionText) throws SQLException {
        try (Connection connection = aggregation.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement round = connection.prepareStatement("""
                    INSERT INTO round (code, title, request_number, request_date, request_issuer, period_kind, period_year, deadline, status, template, updated_at)
                    VALUES (?, ?, '2454/SNV-XDCQ', DATE '2021-10-29', 'Sở Nội vụ tỉnh Quảng Ngãi', 'YEAR', 2021, ?, 'OPEN', ?::jsonb, now())""")) {
                round.setString(1, code);
                round.setString(2, "Báo cáo kết quả công tác dân vận chính quyền năm 2021 (" + agencies + " cơ quan)");
                round.setObject(3, OffsetDateTime.parse("2021-11-15T23:59:59+07:00"));
                round.setString(4, template());
                round.executeUpdate();
            }
            String content = content(sectionText);
            try (PreparedStatement agency = connection.prepareStatement(
                    "INSERT INTO round_agency (round_code, agency_code, agency_name, position, status, current_version, first_submitted_at, late) VALUES (?, ?, ?, ?, 'SUBMITTED', 1, now(), false)");
                 PreparedStatement version = connection.prepareStatement(
                    "INSERT INTO report_version (round_code, agency_code, version, submitted_at, late, nil_report, content) VALUES (?, ?, 1, now(), false, false, ?::jsonb)");
                 PreparedStatement figure = connection.prepareStatement(
                    "INSERT INTO figure_value (round_code, agency_code, version, code, number_value) VALUES (?, ?, 1, ?, ?)")) {
                for (int a = 0; a < agencies; a++) {
                    String agencyCode = String.format("AG%05d", a);
                    agency.setString(1, code);
                    agency.setString(2, agencyCode);
                    agency.setString(3, "UBND xã số " + a);
                    agency.setInt(4, a + 1);
                    agency.addBatch();
                    version.setString(1, code);
                    version.setString(2, agencyCode);
                    version.setObject(3, content, Types.OTHER);
                    version.addBatch();
                    for (int f = 0; f < FIGURES; f++) {
                        figure.setString(1, code);
                        figure.setString(2, agencyCode);
                        figure.setString(3, "F" + f);
                        figure.setBigDecimal(4, java.math.BigDecimal.valueOf((a * 31L + f * 7L) % 1000));
                        figure.addBatch();
                    }
                    if (a % 500 == 499 || a == agencies - 1) {
                        agency.executeBatch();
                        version.executeBatch();
                        figure.executeBatch();
                    }
                }
            }
            connection.commit();
            try (Statement analyze = connection.createStatement()) {
                connection.setAutoCommit(true);
                analyze.execute("ANALYZE");
            }
        }
    }

    private static String content(String sectionText) {
        StringBuilder json = new StringBuilder("{\"sections\": [");
        String escaped = sectionText.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        for (int s = 0; s < SECTIONS.length; s++) {
            json.append(s == 0 ? "" : ",").append("{\"key\": \"").append(SECTIONS[s]).append("\", \"text\": \"").append(escaped).append("\"}");
        }
        return json.append("], \"indicators\": []}").toString();
    }
}
