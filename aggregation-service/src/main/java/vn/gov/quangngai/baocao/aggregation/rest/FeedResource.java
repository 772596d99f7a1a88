package vn.gov.quangngai.baocao.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.aggregation.feed.FeedFollower;
import vn.gov.quangngai.baocao.support.caller.Roles;

/** {@code POST /api/v1/feed/nudge}: report-service's "the feed has news". */
@Path("/api/v1/feed/nudge")
@Tag(name = "Feed", description = "How report-service tells aggregation-service to read its change feed now")
public class FeedResource {

    private final FeedFollower follower;

    public FeedResource(FeedFollower follower) {
        this.follower = follower;
    }

    @POST
    @RolesAllowed(Roles.REPORT_NOTIFIER)
    @Operation(operationId = "nudgeFeed", summary = "Read the feed now", description = "Only shortens the wait: the feed is also polled, so a lost nudge loses nothing. Takes no body.")
    @APIResponse(responseCode = "202", description = "The feed will be read shortly")
    @APIResponse(responseCode = "403", description = "Not report-service (role report-notifier)")
    public Response nudge() {
        follower.nudge();
        return Response.accepted().build();
    }
}
