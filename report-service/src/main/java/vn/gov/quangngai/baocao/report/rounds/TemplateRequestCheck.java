package vn.gov.quangngai.baocao.report.rounds;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.gov.quangngai.baocao.report.shared.FieldProblems;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** An outline's own consistency: section keys and figure codes each used once, aggregations that fit their figure's type. */
final class TemplateRequestCheck {

    private TemplateRequestCheck() {
    }

    static void check(TemplateRequest template, String pointer, Locale locale, List<Problem.FieldError> problems) {
        if (template == null || template.sections() == null) {
            return;
        }
        Set<String> keys = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < template.sections().size(); i++) {
            TemplateRequest.Section section = template.sections().get(i);
            if (section == null) {
                continue;
            }
            String at = pointer + "/sections/" + i;
            if (section.key() != null && !keys.add(section.key())) {
                problems.add(FieldProblems.of(at + "/key", Msg.of("report.template.sectionTwice", section.key()), locale));
            }
            List<TemplateRequest.Indicator> indicators = section.indicators() == null ? List.of() : section.indicators();
            for (int j = 0; j < indicators.size(); j++) {
                TemplateRequest.Indicator figure = indicators.get(j);
                if (figure == null) {
                    continue;
                }
                if (figure.code() != null && !codes.add(figure.code())) {
                    problems.add(FieldProblems.of(at + "/indicators/" + j + "/code", Msg.of("report.template.figureTwice", figure.code()), locale));
                }
                if (figure.type() != null && figure.aggregation() != null && !figure.aggregation().appliesTo(figure.type())) {
                    problems.add(FieldProblems.of(at + "/indicators/" + j + "/aggregation",
                            Msg.of("report.template.aggregation", figure.aggregation(), figure.type()), locale));
                }
            }
        }
    }
}
