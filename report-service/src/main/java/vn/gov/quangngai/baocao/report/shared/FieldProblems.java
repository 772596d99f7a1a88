package vn.gov.quangngai.baocao.report.shared;

import java.util.Locale;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** One field's refusal, its message in the caller's language, pointing at the field (a JSON Pointer into the body). */
public final class FieldProblems {

    private FieldProblems() {
    }

    public static Problem.FieldError of(String pointer, Msg message, Locale locale) {
        return new Problem.FieldError(pointer, message.in(locale));
    }
}
