package vn.gov.quangngai.baocao.report.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.reports.ReportService;
import vn.gov.quangngai.baocao.report.reports.ReportViews;
import vn.gov.quangngai.baocao.report.reports.TransitionRefusal;
import vn.gov.quangngai.baocao.report.rounds.AuditTrail;
import vn.gov.quangngai.baocao.report.rounds.ReportAccess;
import vn.gov.quangngai.baocao.report.rounds.ReportEntity;
import vn.gov.quangngai.baocao.report.shared.CallerContext;
import vn.gov.quangngai.baocao.report.shared.Deadlines;
import vn.gov.quangngai.baocao.report.shared.ReportStatus;
import vn.gov.quangngai.baocao.report.shared.Texts;
import vn.gov.quangngai.baocao.report.shared.Times;
import vn.gov.quangngai.baocao.support.http.Precondition;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/** Sở Nội vụ's side of a report: return it with a reason, accept it, reopen a closed round for it. */
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final ReportAccess access;
    private final AuditTrail audit;
    private final CallerContext caller;

    public ReviewService(ReportAccess access, AuditTrail audit, CallerContext caller) {
        this.access = access;
        this.audit = audit;
        this.caller = caller;
    }

    /** SUBMITTED or ACCEPTED → RETURNED; the agency edits and submits again. */
    @Transactional
    public ReportService.Tagged returnReport(String round, String agency, ReturnRequest body, Precondition precondition) {
        String reason = Texts.clean(body.reason());
        ReportEntity report = access.forReview(round, agency, precondition);
        requireStatus(report, "returned", ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);
        return change(report, ReportStatus.RETURNED, "RETURNED", reason, r -> r.returnReason = reason);
    }

    /** SUBMITTED → ACCEPTED. */
    @Transactional
    public ReportService.Tagged accept(String round, String agency, Precondition precondition) {
        ReportEntity report = access.forReview(round, agency, precondition);
        requireStatus(report, "accepted", ReportStatus.SUBMITTED);
        return change(report, ReportStatus.ACCEPTED, "ACCEPTED", null, r -> { });
    }

    /** Lets one agency submit to a closed round, until a time or without end; the status stays as it is. */
    @Transactional
    public ReportService.Tagged reopen(String round, String agency, ReopenRequest body) {
        String reason = Texts.clean(body.reason());
        OffsetDateTime until = body.until() == null || body.until().isBlank() ? null : Deadlines.parse(body.until().strip()).orElseThrow();
        ReportEntity report = access.forReview(round, agency, Precondition.NONE);
        if (!report.round.isClosed()) {
            throw new ApiException(ErrorCode.ROUND_NOT_CLOSED, Msg.of("report.reopen.roundOpen", report.round.code, agency));
        }
        return change(report, report.status, "REOPENED", reason, r -> {
            r.reopened = true;
            r.reopenedUntil = until;
        });
    }

    private ReportService.Tagged change(ReportEntity report, ReportStatus to, String action, String reason,
                                        Consumer<ReportEntity> alsoChange) {
        OffsetDateTime now = Times.now();
        ReportStatus from = report.status;
        report.status = to;
        alsoChange.accept(report);
        report.revision++;
        report.updatedAt = now;
        ReportService.Tagged answer = new ReportService.Tagged(ReportViews.report(report, report.draft), report.etag(), false);
        audit.recordChange(report, action, caller.actor(), from, reason, now); // last: it takes the feed's lock
        LOG.infof("Report %s/%s %s by %s (version %d)", report.round.code, report.agency.code, action, caller.actor().username(), report.currentVersion);
        return answer;
    }

    private static void requireStatus(ReportEntity report, String verb, ReportStatus... allowed) {
        for (ReportStatus status : allowed) {
            if (report.status == status) {
                return;
            }
        }
        throw new ApiException(ErrorCode.INVALID_TRANSITION, Msg.of("report.review.refused", report.status.word(), Msg.of("report.review.verb." + verb)),
                List.of(), TransitionRefusal.of(report.status).name());
    }

}
