package vn.gov.quangngai.baocao.console.client.model;

import java.util.List;

/**
 * An application/problem+json answer of the services, with its error code, for validation each field at fault, and for
 * some codes a reason that refines it (INVALID_TRANSITION: NO_DRAFT, ALREADY_SUBMITTED, …).
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors, String reason) {

    public List<FieldError> errors() {
        return errors == null ? List.of() : errors;
    }

    /** One problem of a request body: where (JSON Pointer) and what. */
    public record FieldError(String pointer, String message) {
    }
}
