package vn.gov.quangngai.baocao.report.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.gov.quangngai.baocao.report.service.ReportAccess;
import vn.gov.quangngai.baocao.support.caller.Roles;

/**
 * Refuses a write to a report the caller may not write before the request body is read: operations
 * that only submitters may call act for the agency in the path, which must be the token's and
 * expected in the round. Reading and checking the body first would let any submitter hold a worker
 * with a slow body, and would tell a stranger what the round's outline holds.
 */
public class AgencyScopeFilter {

    private final ReportAccess access;

    public AgencyScopeFilter(ReportAccess access) {
        this.access = access;
    }

    @ServerRequestFilter
    public void checkAgency(ContainerRequestContext request, ResourceInfo resource) {
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        if (path.containsKey("round") && path.containsKey("agency") && submittersOnly(resource)) {
            access.requireOwnReport(path.getFirst("round"), path.getFirst("agency"));
        }
    }

    private static boolean submittersOnly(ResourceInfo resource) {
        RolesAllowed roles = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.equals(roles.value(), new String[] {Roles.SUBMITTER});
    }
}
