package vn.gov.quangngai.baocao.report.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.quangngai.baocao.report.shared.ReportStatus;

/**
 * Status lines and counts of rounds' reports, read in SQL: whether a submitted version is a nil
 * report sits in the draft's JSON, which loading every report entity would read whole.
 */
@ApplicationScoped
class ReportRowQuery {

    /** One report's line; {@code nilReport} only for SUBMITTED and ACCEPTED reports, whose draft is the submitted version. */
    public record Line(String agency, String agencyName, ReportStatus status, int version, OffsetDateTime submittedAt,
                       OffsetDateTime firstSubmittedAt, boolean late, String returnReason, boolean nilReport, boolean reopened) {
    }

    private static final String LINE = """
            SELECT p.agency_code, p.agency_name, p.status, p.current_version, p.last_submitted_at, p.first_submitted_at, p.late,
                   p.return_reason, p.status IN ('SUBMITTED', 'ACCEPTED') AND COALESCE((p.draft ->> 'nilReport')::boolean, FALSE), p.reopened
            FROM report p
            WHERE p.round_id = :round""";

    private final EntityManager entities;

    public ReportRowQuery(EntityManager entities) {
        this.entities = entities;
    }

    /** The round's lines in its agency order, optionally of one status only. */
    public List<Line> page(RoundEntity round, ReportStatus status, int page, int size) {
        var query = entities.createNativeQuery(LINE + (status == null ? "" : " AND p.status = :status") + " ORDER BY p.position", Object[].class)
                .setParameter("round", round.id);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList();
        return rows.stream().map(ReportRowQuery::line).toList();
    }

    public long count(RoundEntity round, ReportStatus status) {
        var query = entities.createNativeQuery("SELECT count(*) FROM report p WHERE p.round_id = :round"
                + (status == null ? "" : " AND p.status = :status"), Long.class).setParameter("round", round.id);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** One agency's line in the round, if it is expected. */
    public Optional<Line> line(RoundEntity round, String agency) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(LINE + " AND p.agency_code = :agency", Object[].class)
                .setParameter("round", round.id).setParameter("agency", agency).getResultList();
        return rows.stream().findFirst().map(ReportRowQuery::line);
    }

    /** The counts of each of the rounds, in one query. */
    public Map<Long, RoundCounts> counts(List<Long> rounds) {
        Map<Long, RoundCounts> counts = new HashMap<>();
        if (rounds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                SELECT round_id, count(*),
                       count(*) FILTER (WHERE status = 'NOT_STARTED'), count(*) FILTER (WHERE status = 'DRAFT'),
                       count(*) FILTER (WHERE status = 'SUBMITTED'), count(*) FILTER (WHERE status = 'RETURNED'),
                       count(*) FILTER (WHERE status = 'ACCEPTED'),
                       count(*) FILTER (WHERE status IN ('SUBMITTED', 'ACCEPTED') AND COALESCE((draft ->> 'nilReport')::boolean, FALSE)),
                       count(*) FILTER (WHERE late)
                FROM report WHERE round_id IN (:rounds) GROUP BY round_id""", Object[].class).setParameter("rounds", rounds).getResultList();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), new RoundCounts(integer(row[1]), integer(row[2]), integer(row[3]), integer(row[4]),
                    integer(row[5]), integer(row[6]), integer(row[7]), integer(row[8])));
        }
        return counts;
    }

    private static Line line(Object[] row) {
        return new Line((String) row[0], (String) row[1], ReportStatus.valueOf((String) row[2]), integer(row[3]),
                time(row[4]), time(row[5]), (Boolean) row[6], (String) row[7], (Boolean) row[8], (Boolean) row[9]);
    }

    private static int integer(Object value) {
        return ((Number) value).intValue();
    }

    private static OffsetDateTime time(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
