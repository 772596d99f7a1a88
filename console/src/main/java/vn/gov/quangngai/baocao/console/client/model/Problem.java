package vn.gov.quangngai.baocao.console.client.model;

import java.util.List;

/** An application/problem+json answer of the services, with its error code and, for validation, each field at fault. */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public List<FieldError> errors() {
        return errors == null ? List.of() : errors;
    }

    /** One problem of a request body: where (JSON Pointer) and what. */
    public record FieldError(String pointer, String message) {
    }
}
