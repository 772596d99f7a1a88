package vn.gov.quangngai.baocao.report.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.gov.quangngai.baocao.support.caller.Actor;
import vn.gov.quangngai.baocao.support.caller.Roles;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/**
 * Refuses an agency's writes from anyone but that agency's submitters before the request body is
 * read: the draft ({@code PUT …/reports/{agency}}), its import, its submit and its submissions.
 * Otherwise the body of any signed-in caller, however large or slow, would be taken in before the
 * service looked at who sent it. The service checks again on its own (one rule, two places).
 */
public class SubmitterAgencyFilter {

    /** After authentication and the endpoint's role check, before the body is read (BodyReader). */
    static final int PRIORITY = Priorities.AUTHORIZATION + 100;

    private static final Pattern DRAFT = Pattern.compile("/?api/v1/rounds/[^/]+/reports/([^/]+)/?");
    private static final Pattern AGENCY_ACTION = Pattern.compile("/?api/v1/rounds/[^/]+/reports/([^/]+)/(import|submit|submissions)/?");

    @ServerRequestFilter(priority = PRIORITY, nonBlocking = true)
    public void requireOwnAgency(ContainerRequestContext request) {
        String agency = agencyOf(request.getMethod(), request.getUriInfo().getPath());
        if (agency == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        Principal principal = security.getUserPrincipal();
        if (principal == null) {
            throw new UnauthorizedException();
        }
        if (!security.isUserInRole(Roles.SUBMITTER)) {
            throw new ForbiddenException();
        }
        if (!agency.equals(agencyCode(principal))) {
            throw new ApiException(ErrorCode.NOT_YOUR_AGENCY, "Your token does not allow acting on the report of " + agency + ".");
        }
    }

    /** The agency whose report the request writes, or null when it writes none. */
    static String agencyOf(String method, String path) {
        var matcher = ("PUT".equals(method) ? DRAFT : "POST".equals(method) ? AGENCY_ACTION : null);
        if (matcher == null) {
            return null;
        }
        var match = matcher.matcher(path);
        return match.matches() ? match.group(1) : null;
    }

    private static String agencyCode(Principal principal) {
        return principal instanceof JsonWebToken token ? Actor.claim(token, "agency_code") : null;
    }
}
