package vn.gov.quangngai.baocao.report.reports;

import java.time.OffsetDateTime;
import vn.gov.quangngai.baocao.report.rounds.ReportEntity;
import vn.gov.quangngai.baocao.report.shared.ReportContent;
import vn.gov.quangngai.baocao.report.shared.Times;

/** Maps a report and its versions to the API's views; times are shown in Vietnam's offset. */
public final class ReportViews {

    private ReportViews() {
    }

    private static OffsetDateTime local(OffsetDateTime time) {
        return Times.local(time);
    }

    /** The report with {@code content} as its body: the draft, or a submitted version for readers who never see drafts. */
    public static Report report(ReportEntity report, ReportContent content) {
        ReportContent shown = content == null ? ReportContent.empty() : content;
        return new Report(report.round.code, report.agency.code, report.agencyName, report.status.name(),
                report.currentVersion, local(report.lastSubmittedAt), local(report.firstSubmittedAt), report.late,
                report.returnReason, local(report.reopenedUntil), report.reopened ? Boolean.TRUE : null, local(report.updatedAt),
                shown.document(), shown.sections(), shown.indicators(), shown.nilReport());
    }

    static ReportVersion version(ReportEntity report, ReportVersionEntity version) {
        ReportContent content = version.content;
        return new ReportVersion(report.round.code, report.agency.code, version.version, local(version.submittedAt),
                version.submittedBy, version.late, content.document(), content.sections(), content.indicators(), content.nilReport());
    }
}
