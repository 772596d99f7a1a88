package vn.gov.quangngai.baocao.aggregation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import javax.sql.DataSource;

/** A figure across rounds: the rounds whose template has it, and the values of their counting versions. */
@ApplicationScoped
public class TrendRepository {

    /** A round whose template has the figure, with the figure's aggregation in that round. */
    public record RoundWithIndicator(String code, String periodKind, int periodYear, Integer periodIndex, String aggregation) {
    }

    /** One agency's value of the figure in one round's counting version. */
    public record Value(String round, String agency, BigDecimal number, Boolean bool) {
    }

    private final DataSource dataSource;

    public TrendRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rounds of the years {@code from} to {@code to} whose template has the figure, oldest period first. */
    public List<RoundWithIndicator> rounds(String indicator, int from, int to) {
        return Jdbc.query(dataSource, """
                SELECT r.code, r.period_kind, r.period_year, r.period_index, f->>'aggregation'
                FROM round r
                CROSS JOIN LATERAL jsonb_array_elements(r.template->'sections') s
                CROSS JOIN LATERAL jsonb_array_elements(COALESCE(s->'indicators', '[]'::jsonb)) f
                WHERE r.period_year BETWEEN ? AND ? AND f->>'code' = ?
                ORDER BY r.period_year, CASE r.period_kind WHEN 'MONTH' THEN 1 WHEN 'QUARTER' THEN 2 WHEN 'HALF' THEN 3 ELSE 4 END,
                         r.period_index NULLS LAST, r.deadline, r.code""",
                row -> new RoundWithIndicator(row.getString(1), row.getString(2), row.getInt(3), (Integer) row.getObject(4), row.getString(5)),
                from, to, indicator);
    }

    /**
     * The figure's values in the latest submitted or accepted version of each agency of the rounds
     * (a returned report does not count until it is submitted again), of {@code agencies} only when given.
     */
    public List<Value> values(String indicator, List<String> rounds, List<String> agencies) {
        return Jdbc.query(dataSource, """
                SELECT a.round_code, a.agency_code, f.number_value, f.bool_value
                FROM round_agency a
                JOIN figure_value f ON f.round_code = a.round_code AND f.agency_code = a.agency_code AND f.version = a.current_version
                WHERE a.round_code = ANY (?::text[]) AND a.status IN ('SUBMITTED', 'ACCEPTED') AND a.current_version > 0 AND f.code = ?
                  AND (?::text[] IS NULL OR a.agency_code = ANY (?::text[]))
                ORDER BY a.round_code, a.position""",
                row -> new Value(row.getString(1), row.getString(2), row.getBigDecimal(3), (Boolean) row.getObject(4)),
                rounds.toArray(String[]::new), indicator, agencies == null ? null : agencies.toArray(String[]::new),
                agencies == null ? null : agencies.toArray(String[]::new));
    }
}
