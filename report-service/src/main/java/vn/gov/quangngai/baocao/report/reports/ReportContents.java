package vn.gov.quangngai.baocao.report.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.gov.quangngai.baocao.report.shared.ReportContent;
import vn.gov.quangngai.baocao.report.shared.Template;
import vn.gov.quangngai.baocao.report.shared.Texts;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** A checked report body as it is stored: text in NFC without surrounding spaces, values in their figure's form. */
final class ReportContents {

    private ReportContents() {
    }

    /** The content of a body that passed its checks against {@code template}. */
    static ReportContent of(ReportRequest body, Template template) {
        List<ReportContent.SectionText> sections = body.sections() == null ? List.of() : body.sections().stream()
                .map(s -> new ReportContent.SectionText(Texts.clean(s.key()), s.text() == null ? "" : Texts.nfc(s.text()).strip()))
                .toList();
        List<ReportContent.IndicatorValue> indicators = body.indicators() == null ? List.of() : body.indicators().stream()
                .map(v -> {
                    String code = Texts.clean(v.code());
                    Template.Indicator figure = template.indicator(code).orElseThrow();
                    return new ReportContent.IndicatorValue(code, IndicatorValueRules.stored(figure, v.value()));
                })
                .toList();
        return new ReportContent(document(body.document()), sections, indicators, Boolean.TRUE.equals(body.nilReport()));
    }

    /** Problems that stop a submission: required figures left empty (a nil report needs none). */
    static List<Problem.FieldError> missingAtSubmit(ReportContent content, Template template, Locale locale) {
        if (content.nilReport()) {
            return List.of();
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        for (Template.Indicator figure : template.indicators()) {
            if (!figure.required()) {
                continue;
            }
            int index = indexOf(content.indicators(), figure.code());
            var message = vn.gov.quangngai.baocao.support.i18n.Msg.of("report.figure.requiredAtSubmit", figure.code(), figure.label()).in(locale);
            if (index < 0) {
                problems.add(new Problem.FieldError("/indicators", message));
            } else if (content.indicators().get(index).value().isNull()) {
                problems.add(new Problem.FieldError("/indicators/" + index + "/value", message));
            }
        }
        return problems;
    }

    private static ReportContent.Document document(ReportRequest.Document document) {
        if (document == null) {
            return null;
        }
        ReportContent.Signer signer = document.signer() == null ? null
                : new ReportContent.Signer(Texts.clean(document.signer().name()), Texts.clean(document.signer().title()), Texts.clean(document.signer().delegation()));
        ReportContent.Answers answers = document.answers() == null ? null
                : new ReportContent.Answers(Texts.clean(document.answers().number()), date(document.answers().date()));
        List<String> recipients = document.recipients() == null ? List.of()
                : document.recipients().stream().map(Texts::clean).filter(Objects::nonNull).toList();
        return new ReportContent.Document(Texts.clean(document.number()), date(document.date()), Texts.clean(document.place()), signer, recipients, answers);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static int indexOf(List<ReportContent.IndicatorValue> values, String code) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
