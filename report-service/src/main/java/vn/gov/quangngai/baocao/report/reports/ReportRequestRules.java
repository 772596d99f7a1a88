package vn.gov.quangngai.baocao.report.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.quangngai.baocao.report.rounds.ReportRepository;
import vn.gov.quangngai.baocao.report.rounds.RoundRepository;
import vn.gov.quangngai.baocao.report.rounds.RoundTemplates;
import vn.gov.quangngai.baocao.report.shared.Texts;
import vn.gov.quangngai.baocao.support.body.BodyRule;
import vn.gov.quangngai.baocao.support.problem.Problem;

/**
 * Checks a report body against the outline of the round in its path. Only for an agency the round
 * expects: otherwise the service answers 404, and the body's problems would tell a stranger what
 * the round's outline holds.
 */
@ApplicationScoped
public class ReportRequestRules implements BodyRule<ReportRequest> {

    private final RoundRepository rounds;
    private final ReportRepository reports;
    private final RoundTemplates templates;

    public ReportRequestRules(RoundRepository rounds, ReportRepository reports, RoundTemplates templates) {
        this.rounds = rounds;
        this.reports = reports;
        this.templates = templates;
    }

    @Override
    public Class<ReportRequest> type() {
        return ReportRequest.class;
    }

    @Override
    @Transactional
    public void check(ReportRequest body, Map<String, String> path, Locale locale, List<Problem.FieldError> problems) {
        String agency = path.get("agency");
        rounds.findByCode(Texts.nfc(String.valueOf(path.get("round"))))
                .filter(round -> agency != null && reports.isExpected(round, agency))
                .ifPresent(round -> ReportRequestCheck.check(body, templates.of(round), locale, problems));
    }
}
