package vn.gov.quangngai.baocao.report.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.report.rounds.AuditTrail;
import vn.gov.quangngai.baocao.report.rounds.ReportEvent;
import vn.gov.quangngai.baocao.report.rounds.ReportAccess;
import vn.gov.quangngai.baocao.report.rounds.ReportEntity;
import vn.gov.quangngai.baocao.report.rounds.ReportRow;
import vn.gov.quangngai.baocao.report.rounds.RoundEntity;
import vn.gov.quangngai.baocao.report.rounds.RoundService;
import vn.gov.quangngai.baocao.report.rounds.RoundTemplates;
import vn.gov.quangngai.baocao.report.shared.CallerContext;
import vn.gov.quangngai.baocao.report.shared.ReportContent;
import vn.gov.quangngai.baocao.report.shared.ReportStatus;
import vn.gov.quangngai.baocao.report.shared.Times;
import vn.gov.quangngai.baocao.support.http.Precondition;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/** An agency's side of a report: drafting, submitting, and reading reports, versions and the audit trail. */
@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);

    /** A report with its ETag; {@code created} when a PUT made the first draft; {@code replayed} when an Idempotency-Key answered again. */
    public record Tagged(Report report, String etag, boolean created, boolean replayed) {

        public Tagged(Report report, String etag, boolean created) {
            this(report, etag, created, false);
        }
    }

    private final ReportAccess access;
    private final RoundService rounds;
    private final ReportVersionRepository versions;
    private final IdempotencyKeys idempotency;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final RoundTemplates templates;

    public ReportService(ReportAccess access, RoundService rounds, ReportVersionRepository versions, IdempotencyKeys idempotency, AuditTrail audit,
                         CallerContext caller, RoundTemplates templates) {
        this.access = access;
        this.rounds = rounds;
        this.versions = versions;
        this.idempotency = idempotency;
        this.audit = audit;
        this.caller = caller;
        this.templates = templates;
    }

    /** Creates or replaces the draft with a checked body; a returned report stays RETURNED until it is submitted again. */
    @Transactional
    public Tagged saveDraft(String round, String agency, ReportRequest body, Precondition precondition) {
        ReportEntity report = access.ownForUpdate(round, agency, precondition);
        return saveDraft(report, ReportContents.of(body, templates.of(report.round)));
    }

    /** Creates or replaces the draft with content made by the service itself (an imported document). */
    @Transactional
    public Tagged saveDraft(String round, String agency, ReportContent content) {
        return saveDraft(access.ownForUpdate(round, agency, Precondition.NONE), content);
    }

    private Tagged saveDraft(ReportEntity report, ReportContent content) {
        if (!report.status.isEditable()) {
            throw new ApiException(ErrorCode.REPORT_NOT_EDITABLE, Msg.of("report.report.notEditable", report.status.word(), report.currentVersion));
        }
        OffsetDateTime now = Times.now();
        ReportAccess.requireSubmissionsOpen(report, now);
        ReportStatus from = report.status;
        boolean created = from == ReportStatus.NOT_STARTED;
        report.draft = content;
        report.status = created ? ReportStatus.DRAFT : from;
        report.revision++;
        report.updatedAt = now;
        audit.record(report, "DRAFT_SAVED", caller.actor(), from, null, now);
        return new Tagged(ReportViews.report(report, content), report.etag(), created);
    }

    /**
     * Freezes the draft as a new version. With an Idempotency-Key, a retry of the same submit answers
     * the first answer again; the key reused for anything else (after a return, say) is refused.
     */
    @Transactional
    public Tagged submit(String round, String agency, String idempotencyKey, Precondition precondition) {
        ReportEntity report = access.ownForUpdate(round, agency, Precondition.NONE);
        if (idempotencyKey != null) {
            var replayed = idempotency.replay(report, idempotencyKey, retryFingerprint(precondition.ifMatch()));
            if (replayed.isPresent()) {
                return new Tagged(replayed.get(), report.etag(), false, true);
            }
        }
        ReportAccess.check(report, precondition);
        if (!report.status.isSubmittable()) {
            throw new ApiException(ErrorCode.INVALID_TRANSITION, report.status == ReportStatus.NOT_STARTED
                    ? Msg.of("report.submit.noDraft")
                    : Msg.of("report.submit.notSubmittable", report.status.word(), report.currentVersion),
                    List.of(), TransitionRefusal.of(report.status).name());
        }
        return freeze(report, idempotencyKey, submitFingerprint(report.etag()));
    }

    /**
     * Saves the whole content as the draft and freezes it as the next version, in one transaction: an
     * agency system's one request. It is checked as a PUT is and refused as a submit is (a refusal
     * stores nothing). With an Idempotency-Key, the same content again answers the first answer;
     * other content under the same key is refused.
     */
    @Transactional
    public Tagged submitContent(String round, String agency, ReportRequest body, String idempotencyKey, Precondition precondition) {
        ReportEntity report = access.ownForUpdate(round, agency, Precondition.NONE);
        ReportContent content = ReportContents.of(body, templates.of(report.round));
        String fingerprint = IdempotencyKeys.bodyFingerprint(content);
        if (idempotencyKey != null) {
            var replayed = idempotency.replay(report, idempotencyKey, fingerprint);
            if (replayed.isPresent()) {
                return new Tagged(replayed.get(), report.etag(), false, true);
            }
        }
        ReportAccess.check(report, precondition);
        saveDraft(report, content);
        return freeze(report, idempotencyKey, fingerprint);
    }

    /** The draft, a draft or returned report's, as the next version: late marking, audit, feed item, the key's record. */
    private Tagged freeze(ReportEntity report, String idempotencyKey, String fingerprint) {
        OffsetDateTime now = Times.now();
        ReportAccess.requireSubmissionsOpen(report, now);
        var missing = ReportContents.missingAtSubmit(report.draft, templates.of(report.round), Languages.current());
        if (!missing.isEmpty()) {
            throw new ApiException(ErrorCode.REQUIRED_FIGURES_MISSING, Msg.of("report.submit.missingFigures", missing.size()), missing);
        }
        boolean lateNow = now.isAfter(report.round.deadline);
        ReportVersionEntity version = new ReportVersionEntity();
        version.reportId = report.id;
        version.version = report.currentVersion + 1;
        version.content = report.draft;
        version.submittedAt = now;
        version.submittedBy = caller.actor();
        version.late = lateNow;
        versions.persist(version);

        ReportStatus from = report.status;
        if (report.firstSubmittedAt == null) {
            report.firstSubmittedAt = now;
            report.late = lateNow;
        }
        report.status = ReportStatus.SUBMITTED;
        report.currentVersion = version.version;
        report.lastSubmittedAt = now;
        report.returnReason = null;
        report.revision++;
        report.updatedAt = now;
        Report view = ReportViews.report(report, report.draft);
        if (idempotencyKey != null) {
            idempotency.remember(report, idempotencyKey, fingerprint, version.version, view, now);
        }
        audit.recordChange(report, "SUBMITTED", caller.actor(), from, null, now);
        LOG.infof("Report %s/%s version %d submitted by %s%s", report.round.code, report.agency.code, version.version, caller.actor().username(), lateNow ? " (late)" : "");
        return new Tagged(view, report.etag(), false);
    }

    /** What a retried submit says it acts on: the one draft its If-Match names, or nothing. */
    private static String retryFingerprint(String ifMatch) {
        if (ifMatch == null || ifMatch.equals("*") || ifMatch.contains(",")) {
            return null;
        }
        return submitFingerprint(ifMatch);
    }

    /** A submit acts on the draft it was sent for: the draft's ETag (weak or strong, the same draft). */
    private static String submitFingerprint(String etag) {
        return "submit:" + etag.replaceFirst("^W/", "");
    }

    /** The report: the draft for its agency and reviewers; the latest submitted version for viewers and report readers, who never see drafts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged get(String round, String agency) {
        ReportEntity report = access.readable(round, agency);
        ReportContent content;
        if (caller.seesDraftOf(agency)) {
            content = report.draft;
        } else {
            content = report.currentVersion == 0 ? null : versions.find(report.id, report.currentVersion).orElseThrow().content;
        }
        return new Tagged(ReportViews.report(report, content), report.etag(), false);
    }

    /** One line per expected agency, in the round's order; only those of one status when {@code status} is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ReportRow> list(String roundCode, ReportStatus status, PageRequest page) {
        return rounds.rows(roundCode, status, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportVersion version(String round, String agency, int number) {
        ReportEntity report = access.readable(round, agency);
        ReportVersionEntity version = versions.find(report.id, number).orElseThrow(() -> new ApiException(ErrorCode.VERSION_NOT_FOUND,
                Msg.of("report.version.notFound", round, agency, number, report.currentVersion)));
        return ReportViews.version(report, version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ReportEvent> events(String round, String agency, PageRequest page) {
        return audit.events(access.readable(round, agency), page);
    }
}
