package vn.gov.quangngai.baocao.support.problem;

import java.util.Locale;

/**
 * The catalogue of error codes put into every problem+json answer, grouped by area. Codes are
 * part of the API contract: integrators branch on them, so a code is never renamed or reused.
 * Each code also says whether sending the request again can help ({@link Retry}); the API guides
 * publish both, and a test keeps them in step with this catalogue.
 */
public enum ErrorCode {

    // Security
    AUTHENTICATION_REQUIRED(401, "Authentication required", Retry.AFTER_CHANGE),
    ACCESS_DENIED(403, "Access denied", Retry.NEVER),

    // Requests
    MALFORMED_REQUEST(400, "Malformed request", Retry.AFTER_CHANGE),
    VALIDATION_FAILED(422, "Validation failed", Retry.AFTER_CHANGE),
    RESOURCE_NOT_FOUND(404, "Resource not found", Retry.AFTER_CHANGE),
    METHOD_NOT_ALLOWED(405, "Method not allowed", Retry.AFTER_CHANGE),
    NOT_ACCEPTABLE(406, "Not acceptable", Retry.AFTER_CHANGE),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", Retry.AFTER_CHANGE),
    PAYLOAD_TOO_LARGE(413, "Payload too large", Retry.AFTER_CHANGE),
    // the body did not arrive in time: nothing was read, nothing changed
    REQUEST_TIMEOUT(408, "Request timeout", Retry.SAFE),
    URI_TOO_LONG(414, "URI too long", Retry.AFTER_CHANGE),
    HEADERS_TOO_LARGE(431, "Request headers too large", Retry.AFTER_CHANGE),
    CONFLICT(409, "Conflict", Retry.NEVER),
    PRECONDITION_FAILED(412, "Precondition failed", Retry.NEVER),
    PRECONDITION_REQUIRED(428, "Precondition required", Retry.AFTER_CHANGE),

    // Agency registry
    AGENCY_NOT_FOUND(404, "Agency not found", Retry.AFTER_CHANGE),
    AGENCY_EXISTS(409, "Agency already exists", Retry.NEVER),

    // Rounds and templates
    ROUND_NOT_FOUND(404, "Round not found", Retry.AFTER_CHANGE),
    ROUND_EXISTS(409, "Round already exists", Retry.NEVER),
    ROUND_CLOSED(409, "Round closed", Retry.NEVER),
    ROUND_NOT_CLOSED(409, "Round not closed", Retry.NEVER),
    TEMPLATE_NOT_FOUND(404, "Template not found", Retry.AFTER_CHANGE),

    // Reports
    NOT_YOUR_AGENCY(403, "Not your agency", Retry.NEVER),
    REPORT_NOT_FOUND(404, "Report not found", Retry.AFTER_CHANGE),
    VERSION_NOT_FOUND(404, "Version not found", Retry.AFTER_CHANGE),
    REPORT_NOT_EDITABLE(409, "Report not editable", Retry.NEVER),
    INVALID_TRANSITION(409, "Invalid status change", Retry.NEVER),
    REQUIRED_FIGURES_MISSING(422, "Required figures missing", Retry.AFTER_CHANGE),
    EMPTY_DOCUMENT(422, "Empty document", Retry.AFTER_CHANGE),
    UNREADABLE_DOCUMENT(422, "Unreadable document", Retry.AFTER_CHANGE),
    // not a new key at once: the submission the key acknowledged was returned or replaced since
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused", Retry.NEVER),

    // Agency systems' clients
    CLIENT_NOT_FOUND(404, "Client not found", Retry.AFTER_CHANGE),

    // Summaries
    SNAPSHOT_NOT_FOUND(404, "Snapshot not found", Retry.AFTER_CHANGE),

    // Server
    SERVICE_UNAVAILABLE(503, "Service unavailable", Retry.SAFE),
    INTERNAL_ERROR(500, "Internal error", Retry.SAFE);

    /** Whether a client may send a refused request again, and when. */
    public enum Retry {
        /** Nothing was changed: the same request may be sent again later (a submit with its Idempotency-Key, a PUT with its If-Match). */
        SAFE,
        /** The request itself is at fault (body, header, token, path, or the draft a submit freezes): send it again only once that is corrected. */
        AFTER_CHANGE,
        /** Refused by the state of things (a status, a right, someone else's change): the same request is refused again; read the current state first. */
        NEVER
    }

    private final int status;
    private final String title;
    private final Retry retry;

    ErrorCode(int status, String title, Retry retry) {
        this.status = status;
        this.title = title;
        this.retry = retry;
    }

    public int status() {
        return status;
    }

    /** The English title, as the catalogue documents it. */
    public String title() {
        return title;
    }

    /** The title in {@code locale}'s language. */
    public String title(Locale locale) {
        return vn.gov.quangngai.baocao.support.i18n.Msg.of("support.title." + name()).in(locale);
    }

    /** Whether sending the request again can succeed, as the API guides tell integrators. */
    public Retry retry() {
        return retry;
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
