package vn.gov.quangngai.baocao.report.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.quangngai.baocao.report.rounds.RoundService;
import vn.gov.quangngai.baocao.support.body.BodyRule;
import vn.gov.quangngai.baocao.support.problem.Problem;

/**
 * Checks a report body against the outline of the round in its path. Only for an agency the round
 * expects: otherwise the service answers 404, and the body's problems would tell a stranger what
 * the round's outline holds.
 */
@ApplicationScoped
public class ReportRequestRules implements BodyRule<ReportRequest> {

    private final RoundService rounds;

    public ReportRequestRules(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public Class<ReportRequest> type() {
        return ReportRequest.class;
    }

    @Override
    @Transactional
    public void check(ReportRequest body, Map<String, String> path, Locale locale, List<Problem.FieldError> problems) {
        String agency = path.get("agency");
        rounds.templateFor(String.valueOf(path.get("round")), agency).ifPresent(template -> ReportRequestCheck.check(body, template, locale, problems));
    }
}
