package vn.gov.quangngai.baocao.report.service;

import java.time.OffsetDateTime;
import vn.gov.quangngai.baocao.report.api.EventView;
import vn.gov.quangngai.baocao.report.api.ReportRow;
import vn.gov.quangngai.baocao.report.api.ReportView;
import vn.gov.quangngai.baocao.report.api.RoundCounts;
import vn.gov.quangngai.baocao.report.api.RoundView;
import vn.gov.quangngai.baocao.report.api.VersionView;
import vn.gov.quangngai.baocao.support.caller.Actor;
import vn.gov.quangngai.baocao.report.domain.Deadlines;
import vn.gov.quangngai.baocao.report.domain.ReportContent;
import vn.gov.quangngai.baocao.report.repository.ReportEntity;
import vn.gov.quangngai.baocao.report.repository.ReportEventEntity;
import vn.gov.quangngai.baocao.report.repository.ReportRowQuery;
import vn.gov.quangngai.baocao.report.repository.ReportVersionEntity;
import vn.gov.quangngai.baocao.report.repository.RoundEntity;

/** Maps entities to the API's views; times are shown in Vietnam's offset. */
final class ReportViews {

    private ReportViews() {
    }

    /** The status as people read it (Đã nộp, Bị trả lại, …), in the caller's language. */
    static vn.gov.quangngai.baocao.support.i18n.Msg statusWord(vn.gov.quangngai.baocao.report.domain.ReportStatus status) {
        return vn.gov.quangngai.baocao.support.i18n.Msg.of("report.status." + status.name());
    }

    static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(Deadlines.VIETNAM).toOffsetDateTime();
    }

    static RoundView round(RoundEntity round, java.util.List<ReportEntity> expected) {
        return round(round, expected, null, null);
    }

    /**
     * The round with its expected agencies as they were in its period, and its counts (for those who
     * see every agency) or the caller's own report (for a submitter); either may be null.
     */
    static RoundView round(RoundEntity round, java.util.List<ReportEntity> expected, RoundCounts counts, ReportRow own) {
        return new RoundView(round.code, round.title,
                new RoundView.Request(round.requestNumber, round.requestDate, round.requestIssuer),
                new RoundView.Period(round.periodKind, round.periodYear, round.periodIndex),
                local(round.deadline), round.status, expected.stream().map(r -> r.agency.code).toList(), round.asOf,
                expected.stream().map(r -> new RoundView.ExpectedAgency(r.agency.code, r.agencyName, r.agencyKind, r.agencyParent)).toList(),
                round.templateCode, round.template, local(round.createdAt), local(round.closedAt), counts, own);
    }

    /** The report with {@code content} as its body: the draft, or a submitted version for readers who never see drafts. */
    static ReportView report(ReportEntity report, ReportContent content) {
        ReportContent shown = content == null ? ReportContent.empty() : content;
        return new ReportView(report.round.code, report.agency.code, report.agencyName, report.status.name(),
                report.currentVersion, local(report.lastSubmittedAt), local(report.firstSubmittedAt), report.late,
                report.returnReason, local(report.reopenedUntil), report.reopened ? Boolean.TRUE : null, local(report.updatedAt),
                shown.document(), shown.sections(), shown.indicators(), shown.nilReport());
    }

    static ReportRow row(ReportRowQuery.Line line) {
        return new ReportRow(line.agency(), line.agencyName(), line.status().name(), line.version(), local(line.submittedAt()),
                local(line.firstSubmittedAt()), line.late(), line.returnReason(), line.nilReport() ? Boolean.TRUE : null,
                line.reopened() ? Boolean.TRUE : null);
    }

    static VersionView version(ReportEntity report, ReportVersionEntity version) {
        ReportContent content = version.content;
        return new VersionView(report.round.code, report.agency.code, version.version, local(version.submittedAt),
                version.submittedBy, version.late, content.document(), content.sections(), content.indicators(), content.nilReport());
    }

    static EventView event(ReportEventEntity event) {
        return new EventView(event.id, local(event.at), event.action,
                new Actor(event.actorSubject, event.actorUsername, event.actorName),
                event.fromStatus, event.toStatus, event.version, event.reason);
    }
}
