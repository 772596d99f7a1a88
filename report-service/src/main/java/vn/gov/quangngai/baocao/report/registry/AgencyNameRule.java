package vn.gov.quangngai.baocao.report.registry;

import java.util.List;
import java.util.Locale;
import vn.gov.quangngai.baocao.report.shared.FieldProblems;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** An agency's name is one line of text: the body reader lets tabs, line breaks, DEL and C1 characters through, a name does not. */
final class AgencyNameRule {

    private AgencyNameRule() {
    }

    static void check(String name, String pointer, Locale locale, List<Problem.FieldError> problems) {
        int at = AgencyNames.firstControl(name);
        if (at >= 0) {
            problems.add(FieldProblems.of(pointer, Msg.of("support.field.controlCharacter", AgencyNames.codePoint(name, at), at + 1), locale));
        }
    }
}
