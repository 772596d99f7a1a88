package vn.gov.quangngai.baocao.report.rest;

import io.quarkus.security.Authenticated;
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
import vn.gov.quangngai.baocao.support.problem.Problem;

/** {@code /api/v1/agencies}: the member agencies of the province. */
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
}
