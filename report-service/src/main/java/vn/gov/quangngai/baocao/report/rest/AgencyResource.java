package vn.gov.quangngai.baocao.report.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.gov.quangngai.baocao.support.caller.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.report.api.AgencyPage;
import vn.gov.quangngai.baocao.report.service.AgencyService;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;
import vn.gov.quangngai.baocao.report.api.Agency;
import vn.gov.quangngai.baocao.report.api.AgencyRequest;
import vn.gov.quangngai.baocao.report.api.AgencyUpdateRequest;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** {@code /api/v1/agencies}: the member agencies of the province; admins add and rename them. */
@Path("/api/v1/agencies")
@Tag(name = "Agencies", description = "The registry of member agencies")
public class AgencyResource {

    private final AgencyService agencies;

    public AgencyResource(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List member agencies", description = "In the registry's order: sở, ngành, ban, then districts.")
    @APIResponse(responseCode = "200", description = "One page of agencies", content = @Content(schema = @Schema(implementation = AgencyPage.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "page or size out of range", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResult<Agency> list(@Valid @BeanParam PageRequest page) {
        return agencies.list(page);
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One member agency")
    @APIResponse(responseCode = "200", description = "The agency", content = @Content(schema = @Schema(implementation = Agency.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not in the registry (AGENCY_NOT_FOUND)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Agency get(@PathParam("code") String code) {
        return agencies.get(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member agency", description = "Its Keycloak group (attribute agency_code) is created by the realm's administrators with the same code.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AgencyRequest.class),
            examples = @ExampleObject(name = "new-district", value = "{\"code\": \"TRABONG2\", \"name\": \"UBND huyện Trà Bồng\", \"kind\": \"HUYEN\"}")))
    @APIResponse(responseCode = "201", description = "Added; Location names it", content = @Content(schema = @Schema(implementation = Agency.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (AGENCY_EXISTS)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Every problem of the body (VALIDATION_FAILED)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response add(AgencyRequest body, @Context UriInfo uri) {
        Agency agency = agencies.add(body);
        return Response.created(uri.getAbsolutePathBuilder().path(agency.code()).build()).entity(agency).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename an agency", description = "Name, kind and parent; the code stays. Reports already submitted keep their content.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = Agency.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not in the registry (AGENCY_NOT_FOUND)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Every problem of the body (VALIDATION_FAILED)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Agency update(@PathParam("code") String code, AgencyUpdateRequest body) {
        return agencies.update(code, body);
    }
}
