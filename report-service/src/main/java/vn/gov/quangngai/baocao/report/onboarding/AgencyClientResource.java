package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.support.caller.Roles;

/** {@code /api/v1/agencies/{code}/clients}: the confidential clients of agencies' own systems (admin). */
@Path("/api/v1/agencies/{code}/clients")
@Tag(name = "Agency systems", description = "Confidential clients through which an agency's own system submits its reports (client-credentials grant)")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyClientResource {

    // a secret must not stay in a cache on its way to the administrator
    private static final String NO_STORE = "no-store";
    private static final String AGENCY = "the agency's code in the registry";
    private static final String CLIENT = "a client id of that agency, e.g. agency-minhlong-k7q2xp";

    private final AgencyClientService clients;

    public AgencyClientResource(AgencyClientService clients) {
        this.clients = clients;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createAgencyClient", summary = "Create a client for the agency's own system",
            description = "A confidential client whose service account is a submitter of the agency (member of its group, audience report-service). "
                    + "The answer holds its secret, shown only here: hand it to the agency's IT staff through a safe channel. Takes no body.")
    @APIResponse(responseCode = "201", description = "Created; the secret is never shown again", headers = @Header(name = "Cache-Control", description = "no-store"),
            content = @Content(schema = @Schema(implementation = ClientCredentials.class)))
    @APIResponse(responseCode = "403", description = "Not an admin (ACCESS_DENIED)")
    @APIResponse(responseCode = "404", description = "Not in the registry (AGENCY_NOT_FOUND)")
    public Response create(@Parameter(description = AGENCY, example = "MINHLONG") @PathParam("code") String code) {
        return Response.status(Response.Status.CREATED).header("Cache-Control", NO_STORE).entity(clients.create(code)).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAgencyClients", summary = "The agency's system clients", description = "Oldest first, disabled ones included; never a secret.")
    @APIResponse(responseCode = "200", description = "The clients", content = @Content(schema = @Schema(implementation = AgencyClientList.class)))
    @APIResponse(responseCode = "403", description = "Not an admin (ACCESS_DENIED)")
    @APIResponse(responseCode = "404", description = "Not in the registry (AGENCY_NOT_FOUND)")
    public AgencyClientList list(@Parameter(description = AGENCY, example = "MINHLONG") @PathParam("code") String code) {
        return clients.list(code);
    }

    @POST
    @Path("/{clientId}/secret")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rotateAgencyClientSecret", summary = "Rotate the client's secret",
            description = "A new secret, shown only here; the old one gets no more tokens at once (tokens already issued live out their few minutes). Takes no body.")
    @APIResponse(responseCode = "200", description = "The new secret", headers = @Header(name = "Cache-Control", description = "no-store"),
            content = @Content(schema = @Schema(implementation = ClientCredentials.class)))
    @APIResponse(responseCode = "403", description = "Not an admin (ACCESS_DENIED)")
    @APIResponse(responseCode = "404", description = "No such agency, or the agency has no client of that id (AGENCY_NOT_FOUND, CLIENT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The client is disabled, so create a new one; or its secret was rotated less than a minute ago "
            + "(by a concurrent request or a double click), and the secret that rotation answered works (CONFLICT)")
    public Response rotate(@Parameter(description = AGENCY, example = "MINHLONG") @PathParam("code") String code,
                           @Parameter(description = CLIENT) @PathParam("clientId") String clientId) {
        return Response.ok(clients.rotate(code, clientId)).header("Cache-Control", NO_STORE).build();
    }

    @DELETE
    @Path("/{clientId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "disableAgencyClient", summary = "Disable the client",
            description = "It gets no more tokens and its secret is void; it stays listed, disabled. Disabling it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Disabled")
    @APIResponse(responseCode = "403", description = "Not an admin (ACCESS_DENIED)")
    @APIResponse(responseCode = "404", description = "No such agency, or the agency has no client of that id (AGENCY_NOT_FOUND, CLIENT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Keycloak was taking another change of the client at that moment (CONFLICT): read the list, then try again")
    public void disable(@Parameter(description = AGENCY, example = "MINHLONG") @PathParam("code") String code,
                        @Parameter(description = CLIENT) @PathParam("clientId") String clientId) {
        clients.disable(code, clientId);
    }
}
