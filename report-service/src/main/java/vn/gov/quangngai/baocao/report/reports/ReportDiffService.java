package vn.gov.quangngai.baocao.report.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gov.quangngai.baocao.report.rounds.ReportAccess;
import vn.gov.quangngai.baocao.report.rounds.ReportEntity;
import vn.gov.quangngai.baocao.report.rounds.RoundTemplates;
import vn.gov.quangngai.baocao.report.shared.CallerContext;
import vn.gov.quangngai.baocao.report.shared.ReportContent;
import vn.gov.quangngai.baocao.report.shared.Times;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/** Compares two versions of a report, or its latest version with the current draft, for whoever may read the report. */
@ApplicationScoped
public class ReportDiffService {

    /** The {@code to} of a comparison with the current draft. */
    public static final String DRAFT = "draft";

    private final ReportAccess access;
    private final ReportVersionRepository versions;
    private final RoundTemplates templates;
    private final CallerContext caller;

    public ReportDiffService(ReportAccess access, ReportVersionRepository versions, RoundTemplates templates, CallerContext caller) {
        this.access = access;
        this.versions = versions;
        this.templates = templates;
        this.caller = caller;
    }

    /**
     * {@code to}: a version number, {@value #DRAFT}, or null for the latest version; {@code from}: a
     * version number, or null for the one before {@code to} (the latest version when {@code to} is the draft).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportDiff diff(String round, String agency, Integer from, String to) {
        ReportEntity report = access.readable(round, agency);
        boolean toDraft = DRAFT.equals(to);
        if (toDraft && !caller.seesDraftOf(agency)) {
            throw new ApiException(ErrorCode.ACCESS_DENIED, Msg.of("report.access.draftOnly", agency));
        }
        Integer toVersion = toDraft ? null : to == null ? Integer.valueOf(report.currentVersion) : Integer.valueOf(to);
        int fromVersion = from != null ? from : toDraft ? report.currentVersion : toVersion - 1;
        ReportVersionEntity earlier = version(report, fromVersion);
        ReportVersionEntity later = toDraft ? null : version(report, toVersion);
        ReportContent after = toDraft ? orEmpty(report.draft) : later.content;
        ReportChanges diff = new ReportDiffer(templates.of(report.round)).diff(earlier.content, after);
        return new ReportDiff(report.round.code, agency,
                new ReportDiff.Side(earlier.version, Times.local(earlier.submittedAt), false),
                toDraft ? new ReportDiff.Side(null, null, true) : new ReportDiff.Side(later.version, Times.local(later.submittedAt), false),
                diff.sections(), diff.indicators(), diff.document(), diff.nilReport());
    }

    private ReportVersionEntity version(ReportEntity report, int number) {
        if (number < 1) {
            throw new ApiException(ErrorCode.VERSION_NOT_FOUND, report.currentVersion == 0
                    ? Msg.of("report.version.noneYet", report.round.code, report.agency.code)
                    : Msg.of("report.version.startsAtOne", number, report.currentVersion));
        }
        return versions.find(report.id, number).orElseThrow(() -> new ApiException(ErrorCode.VERSION_NOT_FOUND,
                Msg.of("report.version.notFound", report.round.code, report.agency.code, number, report.currentVersion)));
    }

    private static ReportContent orEmpty(ReportContent content) {
        return content == null ? ReportContent.empty() : content;
    }
}
