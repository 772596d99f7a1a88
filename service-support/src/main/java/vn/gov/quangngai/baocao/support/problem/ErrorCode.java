package vn.gov.quangngai.baocao.support.problem;

import java.util.Locale;

/**
 * The catalogue of error codes put into every problem+json answer, grouped by area. Codes are
 * part of the API contract: integrators branch on them, so a code is never renamed or reused.
 */
public enum ErrorCode {

    // Security
    AUTHENTICATION_REQUIRED(401, "Authentication required"),
    ACCESS_DENIED(403, "Access denied"),

    // Requests
    MALFORMED_REQUEST(400, "Malformed request"),
    VALIDATION_FAILED(422, "Validation failed"),
    RESOURCE_NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    REQUEST_TIMEOUT(408, "Request timeout"),
    URI_TOO_LONG(414, "URI too long"),
    HEADERS_TOO_LARGE(431, "Request headers too large"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PRECONDITION_REQUIRED(428, "Precondition required"),

    // Agency registry
    AGENCY_NOT_FOUND(404, "Agency not found"),
    AGENCY_EXISTS(409, "Agency already exists"),

    // Rounds and templates
    ROUND_NOT_FOUND(404, "Round not found"),
    ROUND_EXISTS(409, "Round already exists"),
    ROUND_CLOSED(409, "Round closed"),
    ROUND_NOT_CLOSED(409, "Round not closed"),
    TEMPLATE_NOT_FOUND(404, "Template not found"),

    // Reports
    NOT_YOUR_AGENCY(403, "Not your agency"),
    REPORT_NOT_FOUND(404, "Report not found"),
    VERSION_NOT_FOUND(404, "Version not found"),
    REPORT_NOT_EDITABLE(409, "Report not editable"),
    INVALID_TRANSITION(409, "Invalid status change"),
    REQUIRED_FIGURES_MISSING(422, "Required figures missing"),
    EMPTY_DOCUMENT(422, "Empty document"),
    UNREADABLE_DOCUMENT(422, "Unreadable document"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),

    // Agency systems' clients
    CLIENT_NOT_FOUND(404, "Client not found"),

    // Summaries
    SNAPSHOT_NOT_FOUND(404, "Snapshot not found"),

    // Server
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    INTERNAL_ERROR(500, "Internal error");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** The English title, as the catalogue documents it. */
    public String title() {
        return title;
    }

    /** The title in {@code locale}'s language. */
    public String title(java.util.Locale locale) {
        return vn.gov.quangngai.baocao.support.i18n.Msg.of("support.title." + name()).in(locale);
    }

    /** The problem {@code type}: a stable URN per code, e.g. {@code urn:baocao:problem:validation-failed}. */
    public String type() {
        return "urn:baocao:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The catalogue entry for an HTTP status that has no more specific code. */
    public static ErrorCode forStatus(int status) {
        for (ErrorCode code : values()) {
            if (code.status == status) {
                return code;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
