package vn.gov.quangngai.baocao.support.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures as one 422 problem listing every field at fault, each named by JSON
 * Pointer ({@code /request/number} in a body; a query parameter by its name, {@code /size}).
 */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(pointer(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::pointer))
                .toList();
        String detail = vn.gov.quangngai.baocao.support.i18n.Msg.of("support.body.problems", errors.size())
                .in(vn.gov.quangngai.baocao.support.i18n.Languages.current());
        return Problems.response(Problem.of(ErrorCode.VALIDATION_FAILED, detail, errors));
    }

    /** The JSON Pointer of a violation: its property path without the method and parameter nodes. */
    public static String pointer(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            // an index or key belongs to the container named by the previous node
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(node.getKey().toString()));
            }
            if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        if (pointer.length() == 0 && parameter != null) {
            return "/" + escape(parameter); // a query or path parameter of the method itself, by its name (compiled with -parameters)
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
