package vn.gov.quangngai.baocao.report.rounds;

import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.quangngai.baocao.report.shared.Times;

/** Maps a round and the rows of its board to the API's views; times are shown in Vietnam's offset. */
public final class RoundViews {

    private RoundViews() {
    }

    public static Round round(RoundEntity round, List<ReportEntity> expected) {
        return round(round, expected, null, null);
    }

    /**
     * The round with its expected agencies as they were in its period, and its counts (for those who
     * see every agency) or the caller's own report (for a submitter); either may be null.
     */
    public static Round round(RoundEntity round, List<ReportEntity> expected, RoundCounts counts, ReportRow own) {
        return new Round(round.code, round.title,
                new RoundLetter(round.requestNumber, round.requestDate, round.requestIssuer),
                new Round.Period(round.periodKind, round.periodYear, round.periodIndex),
                local(round.deadline), round.status, expected.stream().map(r -> r.agency.code).toList(), round.asOf,
                expected.stream().map(r -> new Round.ExpectedAgency(r.agency.code, r.agencyName, r.agencyKind, r.agencyParent)).toList(),
                round.templateCode, round.template, local(round.createdAt), local(round.closedAt), counts, own);
    }

    public static ReportRow row(ReportRowQuery.Line line) {
        return new ReportRow(line.agency(), line.agencyName(), line.status().name(), line.version(), local(line.submittedAt()),
                local(line.firstSubmittedAt()), line.late(), line.returnReason(), line.nilReport() ? Boolean.TRUE : null,
                line.reopened() ? Boolean.TRUE : null);
    }

    private static OffsetDateTime local(OffsetDateTime time) {
        return Times.local(time);
    }
}
