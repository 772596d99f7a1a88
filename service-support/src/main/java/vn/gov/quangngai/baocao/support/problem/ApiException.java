package vn.gov.quangngai.baocao.support.problem;

import java.util.List;

/** A failure the API answers as a problem with a catalogued code; thrown by services, mapped once. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final List<Problem.FieldError> errors;

    public ApiException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public ApiException(ErrorCode code, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public ErrorCode code() {
        return code;
    }

    public Problem problem() {
        return Problem.of(code, getMessage(), errors);
    }
}
