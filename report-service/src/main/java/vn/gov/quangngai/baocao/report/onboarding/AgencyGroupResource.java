package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.report.shared.CallerContext;
import vn.gov.quangngai.baocao.support.caller.Roles;

/** {@code /api/v1/agencies/groups}: Keycloak's agency groups compared with the registry and brought back in step (admin). */
@Path("/api/v1/agencies/groups")
@Tag(name = "Agencies")
public class AgencyGroupResource {

    private final AgencyGroupReconciler reconciler;
    private final CallerContext caller;

    public AgencyGroupResource(AgencyGroupReconciler reconciler, CallerContext caller) {
        this.reconciler = reconciler;
        this.caller = caller;
    }

    @POST
    @Path("/reconcile")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reconcileAgencyGroups", summary = "Bring Keycloak's agency groups in step with the registry",
            description = "Every agency ever in the registry has a group in the realm carrying agency_code and agency_name (the name the registry shows "
                    + "for it), which reaches its people's tokens. Registry changes update the groups as they commit; this repairs what they could not "
                    + "(Keycloak down at the time, a group deleted or renamed by hand): missing groups are created, groups carrying another name take "
                    + "the registry's. Groups of codes the registry does not hold are reported and kept. With dryRun=true nothing changes. "
                    + "report-service also does this shortly after it starts and then on a schedule. Takes no body.")
    @APIResponse(responseCode = "200", description = "The drift found, and whether it was repaired",
            content = @Content(schema = @Schema(implementation = AgencyGroupDrift.class)))
    @APIResponse(responseCode = "403", description = "Not an admin (ACCESS_DENIED)")
    @APIResponse(responseCode = "503", description = "Keycloak's admin API could not be reached or refused (SERVICE_UNAVAILABLE): try again later")
    public AgencyGroupDrift reconcile(@Parameter(description = "true: only compare, change nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return reconciler.reconcile(dryRun, caller.actor().username());
    }
}
