package vn.gov.quangngai.baocao.report.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.domain.Deadlines;
import vn.gov.quangngai.baocao.report.domain.FieldErrors;
import vn.gov.quangngai.baocao.report.domain.JsonFields;
import vn.gov.quangngai.baocao.report.domain.ReportStatus;
import vn.gov.quangngai.baocao.report.domain.Times;
import vn.gov.quangngai.baocao.report.repository.ReportEntity;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/** Sở Nội vụ's side of a report: return it with a reason, accept it, reopen a closed round for it. */
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);
    private static final int MAX_REASON = 2000;

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
    public ReportService.Tagged returnReport(String round, String agency, JsonNode body, String ifMatch) {
        JsonFields fields = JsonFields.ofBody(body, Set.of("reason"), true);
        String reason = fields.text(orEmpty(body), "reason", "/reason", true, MAX_REASON);
        fields.errors().throwIfAny();
        ReportEntity report = access.forReview(round, agency, ifMatch);
        requireStatus(report, "returned", ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);
        return change(report, ReportStatus.RETURNED, "RETURNED", reason, r -> r.returnReason = reason);
    }

    /** SUBMITTED → ACCEPTED. */
    @Transactional
    public ReportService.Tagged accept(String round, String agency, String ifMatch) {
        ReportEntity report = access.forReview(round, agency, ifMatch);
        requireStatus(report, "accepted", ReportStatus.SUBMITTED);
        return change(report, ReportStatus.ACCEPTED, "ACCEPTED", null, r -> { });
    }

    /** Lets one agency submit to a closed round, until a time or without end; the status stays as it is. */
    @Transactional
    public ReportService.Tagged reopen(String round, String agency, JsonNode body) {
        JsonFields fields = JsonFields.ofBody(body, Set.of("reason", "until"), true);
        FieldErrors errors = fields.errors();
        JsonNode object = orEmpty(body);
        String reason = fields.text(object, "reason", "/reason", true, MAX_REASON);
        String untilText = fields.text(object, "until", "/until", false, 40);
        OffsetDateTime until = null;
        if (untilText != null) {
            Optional<OffsetDateTime> parsed = Deadlines.parse(untilText);
            if (parsed.isEmpty()) {
                errors.add("/until", "must be a date-time with offset or a date");
            } else if (parsed.get().isBefore(OffsetDateTime.now())) {
                errors.add("/until", "must be in the future");
            } else {
                until = parsed.get();
            }
        }
        errors.throwIfAny();
        ReportEntity report = access.forReview(round, agency, null);
        if (!report.round.isClosed()) {
            throw new ApiException(ErrorCode.ROUND_NOT_CLOSED, "Round " + report.round.code + " is open: " + agency + " may submit without reopening.");
        }
        OffsetDateTime window = until;
        return change(report, report.status, "REOPENED", reason, r -> {
            r.reopened = true;
            r.reopenedUntil = window;
        });
    }

    private ReportService.Tagged change(ReportEntity report, ReportStatus to, String action, String reason,
                                        java.util.function.Consumer<ReportEntity> alsoChange) {
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
        throw new ApiException(ErrorCode.INVALID_TRANSITION, "A " + report.status + " report cannot be " + verb + ".");
    }

    private static JsonNode orEmpty(JsonNode body) {
        return body == null || body.isNull() || body.isMissingNode() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : body;
    }
}
