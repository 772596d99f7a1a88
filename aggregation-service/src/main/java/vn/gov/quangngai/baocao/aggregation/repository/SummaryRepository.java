package vn.gov.quangngai.baocao.aggregation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The queries a summary is built from, over aggregation-service's own tables. Figures are added
 * up in SQL; the chosen version of each agency is its current one when its status is among the
 * statuses asked for (the summary's basis). It takes and gives plain values: what a summary is
 * made of is the summary package's, which uses this one and not the other way round.
 */
@ApplicationScoped
public class SummaryRepository {

    /** A round's heading, with its template as stored (the JSON report-service gave). */
    public record RoundRow(String code, String title, String requestNumber, LocalDate requestDate, String requestIssuer,
                           String periodKind, int periodYear, Integer periodIndex, OffsetDateTime deadline, String status, String template) {
    }

    /** Where one expected agency stands; {@code nilReport} is of its current version. */
    public record Standing(String agency, String name, int position, String status, int version, boolean late, boolean nilReport) {
    }

    /** One figure value of one agency's chosen version. */
    public record IndicatorRow(String code, String agency, String agencyName, int version, BigDecimal number, Boolean bool, String text) {
    }

    /** A figure's aggregates over the chosen versions. */
    public record IndicatorTotals(BigDecimal sum, BigDecimal min, BigDecimal max, long nonZero, long reported) {
    }

    /** One section text of one agency's chosen version. */
    public record SectionText(String agency, String name, int version, String key, String text) {
    }

    private static final String CHOSEN = """
            SELECT agency_code, position, current_version AS version FROM round_agency
            WHERE round_code = ? AND status = ANY (?) AND current_version > 0""";

    private final DataSource dataSource;

    public SummaryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Makes the rest of the transaction read one snapshot of the tables; call it first. */
    public void readConsistently() {
        Jdbc.update(dataSource, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
    }

    public Optional<RoundRow> round(String code) {
        List<RoundRow> rounds = query("""
                SELECT code, title, request_number, request_date, request_issuer, period_kind, period_year, period_index, deadline, status, template
                FROM round WHERE code = ?""", row -> new RoundRow(row.getString(1), row.getString(2), row.getString(3),
                row.getObject(4, LocalDate.class), row.getString(5), row.getString(6), row.getInt(7), (Integer) row.getObject(8),
                row.getObject(9, OffsetDateTime.class), row.getString(10), row.getString(11)), code);
        return rounds.stream().findFirst();
    }

    public List<Standing> standings(String round) {
        return query("""
                SELECT a.agency_code, a.agency_name, a.position, a.status, a.current_version, a.late, COALESCE(v.nil_report, FALSE)
                FROM round_agency a
                LEFT JOIN report_version v ON v.round_code = a.round_code AND v.agency_code = a.agency_code AND v.version = a.current_version
                WHERE a.round_code = ? ORDER BY a.position""",
                row -> new Standing(row.getString(1), row.getString(2), row.getInt(3), row.getString(4), row.getInt(5),
                        row.getBoolean(6), row.getBoolean(7)), round);
    }

    /** SUM, MIN, MAX, the number of non-zero-or-true values and of values given, per figure code. */
    public Map<String, IndicatorTotals> totals(String round, List<String> statuses) {
        Map<String, IndicatorTotals> totals = new HashMap<>();
        query("WITH chosen AS (" + CHOSEN + """
                )
                SELECT f.code, SUM(f.number_value), MIN(f.number_value), MAX(f.number_value),
                       COUNT(*) FILTER (WHERE f.number_value <> 0 OR f.bool_value), COUNT(*)
                FROM figure_value f JOIN chosen c ON c.agency_code = f.agency_code AND c.version = f.version
                WHERE f.round_code = ? GROUP BY f.code""",
                row -> totals.put(row.getString(1), new IndicatorTotals(row.getBigDecimal(2), row.getBigDecimal(3), row.getBigDecimal(4),
                        row.getLong(5), row.getLong(6))),
                round, array(statuses), round);
        return totals;
    }

    /** Takes rows one by one with their place in the template (0 for its first figure or section). */
    @FunctionalInterface
    public interface TemplateRows<T> {
        void accept(int templateIndex, T row) throws IOException;
    }

    /**
     * Every value of the chosen versions, in the order of {@code codes} (the template's figures; a
     * code not among them is left out), then in the round's agency order.
     */
    public void eachIndicatorRow(String round, List<String> statuses, String[] codes, TemplateRows<IndicatorRow> each) {
        Jdbc.each(dataSource, "WITH chosen AS (" + CHOSEN + """
                )
                SELECT array_position(?::text[], f.code), f.code, f.agency_code, a.agency_name, f.version, f.number_value, f.bool_value, f.text_value
                FROM figure_value f JOIN chosen c ON c.agency_code = f.agency_code AND c.version = f.version
                JOIN round_agency a ON a.round_code = f.round_code AND a.agency_code = f.agency_code
                WHERE f.round_code = ? AND f.code = ANY (?::text[]) ORDER BY 1, c.position""",
                row -> each.accept(row.getInt(1) - 1, new IndicatorRow(row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                        row.getBigDecimal(6), (Boolean) row.getObject(7), row.getString(8))),
                round, array(statuses), codes, round, codes);
    }

    /**
     * The section texts of the chosen versions, in the order of {@code keys} (the template's
     * sections; other keys are left out), then in the round's agency order.
     */
    public void eachSectionText(String round, List<String> statuses, String[] keys, TemplateRows<SectionText> each) {
        Jdbc.each(dataSource, "WITH chosen AS (" + CHOSEN + """
                )
                SELECT array_position(?::text[], s.item->>'key'), v.agency_code, a.agency_name, v.version, s.item->>'key', s.item->>'text'
                FROM report_version v
                JOIN chosen c ON c.agency_code = v.agency_code AND c.version = v.version
                JOIN round_agency a ON a.round_code = v.round_code AND a.agency_code = v.agency_code
                CROSS JOIN LATERAL jsonb_array_elements(COALESCE(v.content->'sections', '[]'::jsonb)) WITH ORDINALITY AS s(item, n)
                WHERE v.round_code = ? AND NOT v.nil_report AND s.item->>'key' = ANY (?::text[]) ORDER BY 1, c.position, s.n""",
                row -> each.accept(row.getInt(1) - 1, new SectionText(row.getString(2), row.getString(3), row.getInt(4), row.getString(5),
                        row.getString(6))),
                round, array(statuses), keys, round, keys);
    }

    private static String[] array(List<String> statuses) {
        return statuses.toArray(String[]::new);
    }

    <T> List<T> query(String sql, Jdbc.RowMapper<T> mapper, Object... parameters) {
        return Jdbc.query(dataSource, sql, mapper, parameters);
    }
}
