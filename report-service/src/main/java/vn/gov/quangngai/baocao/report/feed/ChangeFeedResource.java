package vn.gov.quangngai.baocao.report.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import vn.gov.quangngai.baocao.support.caller.Roles;

/** {@code /api/v1/changes}: the ordered feed of report status changes and round events. */
@Path("/api/v1/changes")
@Tag(name = "Change feed", description = "What changed, in commit order, for followers such as aggregation-service")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {

    private final ChangeFeedService feed;

    public ChangeFeedResource(ChangeFeedService feed) {
        this.feed = feed;
    }

    @GET
    @RolesAllowed({Roles.REPORT_READER, Roles.REVIEWER})
    @Operation(operationId = "listChanges", summary = "Read the change feed", description = "Items after the cursor, oldest first: SUBMITTED, RETURNED, ACCEPTED, REOPENED, ROUND_OPENED, ROUND_CLOSED "
            + "(draft saves are not listed). Store next and pass it as after: nothing is missed or repeated.")
    @APIResponse(responseCode = "200", description = "A page of changes", content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "403", description = "Neither report reader nor reviewer")
    @APIResponse(responseCode = "422", description = "after or limit out of range")
    public ChangePage changes(
            @Parameter(description = "the cursor: the next of the previous page (0 to start)") @QueryParam("after") @DefaultValue("0") @Min(value = 0, message = "{baocao.page.min}") long after,
            @Parameter(description = "at most this many items (1 to 1000)") @QueryParam("limit") @DefaultValue(ChangeFeedService.DEFAULT_LIMIT)
            @Min(value = 1) @Max(value = ChangeFeedService.MAX_LIMIT) int limit) {
        return feed.after(after, limit);
    }
}
