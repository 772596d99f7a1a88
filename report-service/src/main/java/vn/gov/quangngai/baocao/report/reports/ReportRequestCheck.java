package vn.gov.quangngai.baocao.report.reports;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.gov.quangngai.baocao.report.shared.FieldProblems;
import vn.gov.quangngai.baocao.report.shared.Template;
import vn.gov.quangngai.baocao.report.shared.Texts;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** A report body against its round's outline: sections and figures the outline has, each once, each value fit for its figure. */
public final class ReportRequestCheck {

    private ReportRequestCheck() {
    }

    public static void check(ReportRequest body, Template template, Locale locale, List<Problem.FieldError> problems) {
        if (body.sections() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < body.sections().size(); i++) {
                ReportRequest.SectionText section = body.sections().get(i);
                String key = section == null ? null : Texts.clean(section.key());
                if (key == null) {
                    continue;
                }
                if (template.section(key).isEmpty()) {
                    problems.add(FieldProblems.of("/sections/" + i + "/key", Msg.of("report.section.unknown", key), locale));
                } else if (!seen.add(key)) {
                    problems.add(FieldProblems.of("/sections/" + i + "/key", Msg.of("report.section.twice", key), locale));
                }
            }
        }
        if (body.indicators() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < body.indicators().size(); i++) {
                ReportRequest.IndicatorValue value = body.indicators().get(i);
                String code = value == null ? null : Texts.clean(value.code());
                if (code == null) {
                    continue;
                }
                Optional<Template.Indicator> figure = template.indicator(code);
                if (figure.isEmpty()) {
                    problems.add(FieldProblems.of("/indicators/" + i + "/code", Msg.of("report.figure.unknown", code), locale));
                } else if (!seen.add(code)) {
                    problems.add(FieldProblems.of("/indicators/" + i + "/code", Msg.of("report.figure.twice", code), locale));
                } else {
                    int index = i;
                    IndicatorValueRules.problem(figure.get(), value.value())
                            .ifPresent(message -> problems.add(FieldProblems.of("/indicators/" + index + "/value", message, locale)));
                }
            }
        }
    }
}
