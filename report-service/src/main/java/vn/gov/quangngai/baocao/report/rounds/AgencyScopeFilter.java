package vn.gov.quangngai.baocao.report.rounds;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.gov.quangngai.baocao.support.caller.Actor;
import vn.gov.quangngai.baocao.support.caller.Roles;

/**
 * Refuses a write to a report the caller may not write before its body is taken in. The operations
 * only submitters may call (the draft, its import, its submit, its submissions) act for the agency
 * in the path: first, before the body is read, that agency must be the token's, so a stranger's
 * slow or endless body costs no thread and no buffer (a stranger who does not see the round is
 * told it is not found, as when reading it); then, before the
 * body is parsed against the round's outline, the round must be visible and the agency expected in
 * it, so a stranger learns nothing of the outline. The service checks again on its own.
 */
public class AgencyScopeFilter {

    /** After authentication and the endpoint's role check, before the body is read (BodyReader). */
    static final int TOKEN_PRIORITY = Priorities.AUTHORIZATION + 100;

    private final ReportAccess access;

    public AgencyScopeFilter(ReportAccess access) {
        this.access = access;
    }

    @ServerRequestFilter(priority = TOKEN_PRIORITY, nonBlocking = true)
    public Uni<Void> requireTokenAgency(ContainerRequestContext request, ResourceInfo resource) {
        String agency = writtenAgency(request, resource);
        if (agency == null) {
            return Uni.createFrom().voidItem();
        }
        SecurityContext security = request.getSecurityContext();
        Principal principal = security.getUserPrincipal();
        if (principal == null) {
            throw new UnauthorizedException();
        }
        if (!security.isUserInRole(Roles.SUBMITTER)) {
            throw new ForbiddenException();
        }
        String callerAgency = agencyCode(principal);
        if (agency.equals(callerAgency)) {
            return Uni.createFrom().voidItem();
        }
        // refused either way; whether as 404 (a round the caller does not see, as on reading) or 403 takes one query,
        // made on a worker for a moment while the body waits unread
        String round = request.getUriInfo().getPathParameters().getFirst("round");
        return Uni.createFrom().item(() -> access.refusalOfAnotherAgency(round, agency, callerAgency))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(refusal -> Uni.createFrom().failure(refusal));
    }

    /** On a worker (it reads the database), after the body is in memory and before it is parsed. */
    @ServerRequestFilter
    public void requireExpectedAgency(ContainerRequestContext request, ResourceInfo resource) {
        String agency = writtenAgency(request, resource);
        if (agency != null) {
            access.requireOwnReport(request.getUriInfo().getPathParameters().getFirst("round"), agency);
        }
    }

    /** The agency whose report the request writes, or null when the endpoint is not a submitter's write of a report. */
    static String writtenAgency(ContainerRequestContext request, ResourceInfo resource) {
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        return path.containsKey("round") && path.containsKey("agency") && submittersOnly(resource.getResourceMethod())
                ? path.getFirst("agency") : null;
    }

    private static boolean submittersOnly(Method method) {
        RolesAllowed roles = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (roles == null && method != null) {
            roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return roles != null && Arrays.equals(roles.value(), new String[] {Roles.SUBMITTER});
    }

    private static String agencyCode(Principal principal) {
        return principal instanceof JsonWebToken token ? Actor.claim(token, "agency_code") : null;
    }
}
