package vn.gov.quangngai.baocao.support.caller;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** {@code GET /api/v1/me}: integrators check what their token says before anything else. */
@Path("/api/v1/me")
@Tag(name = "Caller", description = "Who the access token says you are")
public class CallerResource {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CallerResource(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCaller", summary = "Who am I", description = "The subject, user name, agency and roles that this service reads from your access token.")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(schema = @Schema(implementation = Caller.class)))
    @APIResponse(responseCode = "401", description = "No token, or a token this service does not accept (signature, expiry, issuer, audience)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Caller me() {
        String agencyCode = claim("agency_code");
        Caller.Agency agency = agencyCode == null ? null : new Caller.Agency(agencyCode, claim("agency_name"));
        List<String> roles = Roles.ALL.stream().filter(identity::hasRole).toList();
        return new Caller(token.getSubject(), claim("preferred_username"), claim("name"), agency, roles, claim("azp"));
    }

    private String claim(String name) {
        return Actor.claim(token, name);
    }
}
