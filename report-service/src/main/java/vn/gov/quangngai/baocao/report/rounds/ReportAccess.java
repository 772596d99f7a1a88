package vn.gov.quangngai.baocao.report.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.gov.quangngai.baocao.report.shared.CallerContext;
import vn.gov.quangngai.baocao.support.http.Precondition;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/**
 * Finds a report for the caller and decides what they may do with it: a submitter acts for its
 * own agency only; reviewers and report readers read every agency's report; an ETag guards writes.
 */
@ApplicationScoped
public class ReportAccess {

    private final RoundService rounds;
    private final ReportRepository reports;
    private final CallerContext caller;

    public ReportAccess(RoundService rounds, ReportRepository reports, CallerContext caller) {
        this.rounds = rounds;
        this.reports = reports;
        this.caller = caller;
    }

    /** The report for reading: its agency or one that took over from it, a reviewer, a viewer or a report reader. */
    public ReportEntity readable(String roundCode, String agency) {
        RoundEntity round = rounds.visible(roundCode);
        if (!caller.isReviewer() && !caller.isViewer() && !caller.isReportReader() && !caller.submitsFor(agency)
                && !(caller.isSubmitter() && caller.agencyCode() != null && rounds.lineage(caller.agencyCode()).contains(agency))) {
            throw notYourAgency(agency);
        }
        return reports.find(round, agency).orElseThrow(() -> notExpected(roundCode, agency));
    }

    /**
     * Whether the caller may write the agency's report in the round, checked before a request body is
     * read: the round visible to the caller (else 404), the caller acting for that agency (else 403),
     * the agency expected in the round (else 404).
     */
    @Transactional
    public void requireOwnReport(String roundCode, String agency) {
        RoundEntity round = rounds.visible(roundCode);
        if (!caller.submitsFor(agency)) {
            throw notYourAgency(agency);
        }
        if (!reports.isExpected(round, agency)) {
            throw notExpected(roundCode, agency);
        }
    }

    /**
     * The refusal of a submitter of {@code callerAgency} writing another agency's report: the round
     * not found when the caller does not see it (as when reading it), else not its agency. Takes the
     * caller's agency as an argument: it runs off the request's own thread, before the body is read.
     */
    @Transactional
    public ApiException refusalOfAnotherAgency(String roundCode, String agency, String callerAgency) {
        return callerAgency != null && rounds.visibleToAgency(roundCode, callerAgency) ? notYourAgency(agency) : RoundService.notFound(roundCode);
    }

    /** The report for its agency's submitter to change, locked until the transaction ends. */
    public ReportEntity ownForUpdate(String roundCode, String agency, Precondition precondition) {
        RoundEntity round = rounds.visible(roundCode);
        if (!caller.submitsFor(agency)) {
            throw notYourAgency(agency);
        }
        ReportEntity report = reports.findForUpdate(round, agency).orElseThrow(() -> notExpected(roundCode, agency));
        check(report, precondition);
        return report;
    }

    /** The report for a reviewer to act on, locked until the transaction ends. */
    public ReportEntity forReview(String roundCode, String agency, Precondition precondition) {
        RoundEntity round = rounds.visible(roundCode);
        ReportEntity report = reports.findForUpdate(round, agency).orElseThrow(() -> notExpected(roundCode, agency));
        check(report, precondition);
        return report;
    }

    /** Whether the agency may submit now: the round is open, or SNV reopened it for the agency (until a time, or without end). */
    public static boolean submissionsOpen(ReportEntity report, OffsetDateTime now) {
        if (!report.round.isClosed()) {
            return true;
        }
        return report.reopened && (report.reopenedUntil == null || now.isBefore(report.reopenedUntil));
    }

    public static void requireSubmissionsOpen(ReportEntity report, OffsetDateTime now) {
        if (!submissionsOpen(report, now)) {
            throw new ApiException(ErrorCode.ROUND_CLOSED, Msg.of("report.round.closedForAgency", report.round.code, report.agency.code));
        }
    }

    /** 412 unless the request's If-Match names the report as it is now (strong comparison, by the framework). */
    public static void check(ReportEntity report, Precondition precondition) {
        if (!precondition.holdsFor(report.entityTag())) {
            throw new ApiException(ErrorCode.PRECONDITION_FAILED, Msg.of("report.precondition.stale", precondition.ifMatch(), report.etag()));
        }
    }

    private static ApiException notYourAgency(String agency) {
        return new ApiException(ErrorCode.NOT_YOUR_AGENCY, Msg.of("report.access.notYourAgency", agency));
    }

    private static ApiException notExpected(String round, String agency) {
        return new ApiException(ErrorCode.REPORT_NOT_FOUND, Msg.of("report.report.notExpected", agency, round));
    }
}
