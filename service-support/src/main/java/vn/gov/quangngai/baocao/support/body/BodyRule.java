package vn.gov.quangngai.baocao.support.body;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.quangngai.baocao.support.problem.Problem;

/**
 * A check of a {@link JsonBody} record that needs more than the record: the registry, the round's
 * outline, the path it was sent to. Rules are CDI beans; {@link JsonBodyReader} runs those of the
 * body's type after Bean Validation, and their problems join the same 422. Fields the schema
 * check already refused arrive as null.
 */
public interface BodyRule<T> {

    /** The record type this rule checks. */
    Class<T> type();

    /** Adds a problem (JSON Pointer into the body, message in {@code locale}) for everything wrong. */
    void check(T body, Map<String, String> pathParameters, Locale locale, List<Problem.FieldError> problems);
}
