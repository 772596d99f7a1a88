package vn.gov.quangngai.baocao.report.rounds;

import java.util.List;
import java.util.Objects;
import vn.gov.quangngai.baocao.report.shared.Template;
import vn.gov.quangngai.baocao.report.shared.Texts;

/** An outline written by SNV, checked, as the round keeps it: text in NFC without surrounding spaces. */
final class Templates {

    private Templates() {
    }

    static Template of(TemplateRequest request) {
        return new Template(request.sections().stream().map(Templates::section).toList());
    }

    private static Template.Section section(TemplateRequest.Section section) {
        List<Template.Indicator> indicators = section.indicators() == null ? List.of()
                : section.indicators().stream().map(Templates::indicator).toList();
        return new Template.Section(section.key(), Texts.clean(section.title()), Texts.clean(section.guidance()), indicators);
    }

    private static Template.Indicator indicator(TemplateRequest.Indicator figure) {
        List<String> hints = figure.hints() == null ? List.of() : figure.hints().stream().map(Texts::clean).filter(Objects::nonNull).toList();
        return new Template.Indicator(figure.code(), Texts.clean(figure.label()), Texts.clean(figure.unit()), figure.type(), figure.aggregation(),
                Boolean.TRUE.equals(figure.required()), hints);
    }
}
