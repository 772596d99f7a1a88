package vn.gov.quangngai.baocao.report.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.gov.quangngai.baocao.report.registry.RegistryPeriod;
import vn.gov.quangngai.baocao.report.registry.AgencyService;
import vn.gov.quangngai.baocao.report.shared.Deadlines;
import vn.gov.quangngai.baocao.report.shared.FieldProblems;
import vn.gov.quangngai.baocao.report.shared.VietnameseDates;
import vn.gov.quangngai.baocao.support.body.BodyRule;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** "Open a round", beyond each field: the deadline read, the period's index, agencies in the registry and each once, one outline that holds together. */
@ApplicationScoped
public class RoundRequestRules implements BodyRule<RoundRequest> {


    private final AgencyService registry;
    private final TemplateCatalog templates;

    public RoundRequestRules(AgencyService registry, TemplateCatalog templates) {
        this.registry = registry;
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
            problems.add(FieldProblems.of("/deadline", Msg.of("report.round.deadline"), locale));
        }
        LocalDate asOf = checkPeriod(body.period(), locale, problems);
        checkAgencies(body.agencies(), asOf, locale, problems);
        boolean hasTemplate = body.template() != null;
        boolean hasCode = body.templateCode() != null && !body.templateCode().isBlank();
        if (hasTemplate == hasCode) {
            problems.add(FieldProblems.of("/template", Msg.of("report.round.outlineChoice"), locale));
        } else if (hasCode && templates.template(body.templateCode().strip()).isEmpty()) {
            problems.add(FieldProblems.of("/templateCode", Msg.of("report.round.templateUnknown", body.templateCode().strip()), locale));
        }
        TemplateRequestCheck.check(body.template(), "/template", locale, problems);
    }

    /** The period's last day, or null when the period is not valid. */
    private static LocalDate checkPeriod(RoundRequest.Period period, Locale locale, List<Problem.FieldError> problems) {
        if (period == null || period.kind() == null) {
            return null;
        }
        PeriodKind kind = period.kind();
        if (kind.indexes() == 0 && period.index() != null) {
            problems.add(FieldProblems.of("/period/index", Msg.of("report.period.noIndex"), locale));
        } else if (kind.indexes() > 0 && (period.index() == null || period.index() > kind.indexes())) {
            problems.add(FieldProblems.of("/period/index", Msg.of("report.period.index", kind, kind.indexes()), locale));
        } else if (period.year() != null && period.year() >= 2000 && period.year() <= 2100) {
            return Periods.end(kind, period.year(), period.index());
        }
        return null;
    }

    /** Agencies of the registry, each once, and in force on the period's last day (the round expects the agencies of its period). */
    private void checkAgencies(List<String> codes, LocalDate asOf, Locale locale, List<Problem.FieldError> problems) {
        if (codes == null) {
            return;
        }
        Set<String> known = registry.codes();
        Map<String, RegistryPeriod> inForce = asOf == null ? Map.of()
                : registry.inForce(codes.stream().filter(Objects::nonNull).map(String::strip).toList(), asOf);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? null : codes.get(i).strip();
            if (code == null || code.isEmpty()) {
                continue;
            }
            if (!known.contains(code)) {
                problems.add(FieldProblems.of("/agencies/" + i, Msg.of("report.round.agencyUnknown", code), locale));
            } else if (!seen.add(code)) {
                problems.add(FieldProblems.of("/agencies/" + i, Msg.of("report.round.agencyTwice", code), locale));
            } else if (asOf != null && !inForce.containsKey(code)) {
                Set<String> successors = registry.successors(code);
                Object hint = successors.isEmpty() ? "" : Msg.of("report.registry.successorsHint", String.join(", ", successors));
                problems.add(FieldProblems.of("/agencies/" + i, Msg.of("report.registry.notInForceForRound", code, VietnameseDates.day(asOf), hint), locale));
            }
        }
    }
}
