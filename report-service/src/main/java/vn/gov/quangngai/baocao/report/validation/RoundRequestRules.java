package vn.gov.quangngai.baocao.report.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.gov.quangngai.baocao.report.api.RoundRequest;
import vn.gov.quangngai.baocao.report.domain.Deadlines;
import vn.gov.quangngai.baocao.report.domain.PeriodKind;
import vn.gov.quangngai.baocao.report.repository.AgencyRepository;
import vn.gov.quangngai.baocao.report.service.TemplateCatalog;
import vn.gov.quangngai.baocao.support.body.BodyRule;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** "Open a round", beyond each field: the deadline read, the period's index, agencies in the registry and each once, one outline that holds together. */
@ApplicationScoped
public class RoundRequestRules implements BodyRule<RoundRequest> {

    private final AgencyRepository agencies;
    private final TemplateCatalog templates;

    public RoundRequestRules(AgencyRepository agencies, TemplateCatalog templates) {
        this.agencies = agencies;
        this.templates = templates;
    }

    @Override
    public Class<RoundRequest> type() {
        return RoundRequest.class;
    }

    @Override
    @Transactional
    public void check(RoundRequest body, Map<String, String> path, Locale locale, List<Problem.FieldError> problems) {
        if (body.deadline() != null && !body.deadline().isBlank() && Deadlines.parse(body.deadline().strip()).isEmpty()) {
            problems.add(ReportRequestCheck.problem("/deadline", Msg.of("report.round.deadline"), locale));
        }
        checkPeriod(body.period(), locale, problems);
        checkAgencies(body.agencies(), locale, problems);
        boolean hasTemplate = body.template() != null;
        boolean hasCode = body.templateCode() != null && !body.templateCode().isBlank();
        if (hasTemplate == hasCode) {
            problems.add(ReportRequestCheck.problem("/template", Msg.of("report.round.outlineChoice"), locale));
        } else if (hasCode && templates.template(body.templateCode().strip()).isEmpty()) {
            problems.add(ReportRequestCheck.problem("/templateCode", Msg.of("report.round.templateUnknown", body.templateCode().strip()), locale));
        }
        TemplateRequestCheck.check(body.template(), "/template", locale, problems);
    }

    private static void checkPeriod(RoundRequest.Period period, Locale locale, List<Problem.FieldError> problems) {
        if (period == null || period.kind() == null) {
            return;
        }
        PeriodKind kind = period.kind();
        if (kind.indexes() == 0 && period.index() != null) {
            problems.add(ReportRequestCheck.problem("/period/index", Msg.of("report.period.noIndex"), locale));
        } else if (kind.indexes() > 0 && (period.index() == null || period.index() > kind.indexes())) {
            problems.add(ReportRequestCheck.problem("/period/index", Msg.of("report.period.index", kind, kind.indexes()), locale));
        }
    }

    private void checkAgencies(List<String> codes, Locale locale, List<Problem.FieldError> problems) {
        if (codes == null) {
            return;
        }
        Set<String> known = agencies.codes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? null : codes.get(i).strip();
            if (code == null || code.isEmpty()) {
                continue;
            }
            if (!known.contains(code)) {
                problems.add(ReportRequestCheck.problem("/agencies/" + i, Msg.of("report.round.agencyUnknown", code), locale));
            } else if (!seen.add(code)) {
                problems.add(ReportRequestCheck.problem("/agencies/" + i, Msg.of("report.round.agencyTwice", code), locale));
            }
        }
    }
}
