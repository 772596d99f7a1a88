package vn.gov.quangngai.baocao.support.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;

/**
 * The request's preconditions (If-Match, RFC 9110), evaluated by the framework against a
 * resource's current entity tag once the service holds it locked. If-Match uses strong
 * comparison: a weak tag never matches.
 */
public final class Precondition {

    /** No preconditions: the request acts on whatever is current. */
    public static final Precondition NONE = new Precondition(null, null);

    private final Request request;
    private final String ifMatch;

    private Precondition(Request request, String ifMatch) {
        this.request = request;
        this.ifMatch = ifMatch;
    }

    public static Precondition of(Request request, HttpHeaders headers) {
        return new Precondition(request, headers.getHeaderString(HttpHeaders.IF_MATCH));
    }

    /** Whether the request's preconditions hold for a resource whose tag is {@code current}. */
    public boolean holdsFor(EntityTag current) {
        return request == null || request.evaluatePreconditions(current) == null;
    }

    /** The If-Match header as sent, or null: what a failure names, and what a retried request says it acts on. */
    public String ifMatch() {
        return ifMatch == null || ifMatch.isBlank() ? null : ifMatch.strip();
    }
}
