package vn.gov.quangngai.baocao.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.quangngai.baocao.support.i18n.Languages;

/** An RFC 9457 problem detail, with the project's error {@code code} and, for validation, every field at fault. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "application/problem+json (RFC 9457) with a stable error code")
public record Problem(
        @Schema(required = true, example = "urn:baocao:problem:validation-failed") String type,
        @Schema(required = true, example = "Validation failed") String title,
        @Schema(required = true, example = "422") int status,
        @Schema(example = "The request has 1 problem.") String detail,
        @Schema(required = true, type = SchemaType.STRING, implementation = ErrorCode.class, example = "VALIDATION_FAILED") String code,
        List<FieldError> errors,
        @Schema(description = "refines the code where a client may act on the difference; for INVALID_TRANSITION: NO_DRAFT, "
                + "NOT_SUBMITTED, ALREADY_SUBMITTED, ALREADY_RETURNED or ALREADY_ACCEPTED", example = "ALREADY_SUBMITTED") String reason) {

    /** One problem of the request body: where (JSON Pointer) and what. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "/indicators/3/value") String pointer,
            @Schema(example = "phải là số nguyên không âm") String message) {
    }

    public Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {
        this(type, title, status, detail, code, errors, null);
    }

    /** The problem of {@code code}, its title in the language of the request being served. */
    public static Problem of(ErrorCode code, String detail) {
        return of(code, detail, List.of());
    }

    public static Problem of(ErrorCode code, String detail, List<FieldError> errors) {
        return new Problem(code.type(), code.title(Languages.current()), code.status(), detail, code.name(), List.copyOf(errors), null);
    }

    public Problem withReason(String why) {
        return new Problem(type, title, status, detail, code, errors, why);
    }
}
