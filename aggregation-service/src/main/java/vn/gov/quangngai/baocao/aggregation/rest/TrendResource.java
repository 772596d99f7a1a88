package vn.gov.quangngai.baocao.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.aggregation.trend.Trend;
import vn.gov.quangngai.baocao.aggregation.trend.TrendService;
import vn.gov.quangngai.baocao.support.caller.Roles;

/** {@code /api/v1/figures/{code}/trend}: a figure across the years, for the province or one agency through its reorganisations. */
@Path("/api/v1/figures/{code}/trend")
@Tag(name = "Trends", description = "A figure across rounds and years")
@RolesAllowed({Roles.REVIEWER, Roles.VIEWER})
public class TrendResource {

    private final TrendService trends;

    public TrendResource(TrendService trends) {
        this.trends = trends;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTrend", summary = "A figure across the years",
            description = "One point per round of the years from-to whose outline has the figure, oldest period first: its total by the figure's "
                    + "aggregation over the latest submitted or accepted versions. With agency: that agency's value, its predecessors' values "
                    + "added (a 2021 value of SKHDT counts toward STC); lineage and each point's from say whose values were added.")
    @APIResponse(responseCode = "200", description = "The trend", content = @Content(schema = @Schema(implementation = Trend.class)))
    @APIResponse(responseCode = "403", description = "Neither reviewer nor viewer (ACCESS_DENIED)")
    @APIResponse(responseCode = "404", description = "The registry never had that agency (AGENCY_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "agency, from or to out of range (VALIDATION_FAILED)")
    public Trend trend(@PathParam("code") String indicator,
                       @Parameter(description = "an agency code; the province's totals when absent", example = "STC") @QueryParam("agency")
                       @Pattern(regexp = "[A-Z0-9-]{2,40}", message = "{baocao.code.pattern}") String agency,
                       @Parameter(description = "first year, 2000 when absent", example = "2021") @QueryParam("from")
                       @Min(2000) @Max(2100) Integer from,
                       @Parameter(description = "last year, this year when absent", example = "2026") @QueryParam("to")
                       @Min(2000) @Max(2100) Integer to) {
        int last = to == null ? LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() : to;
        return trends.trend(indicator, agency, from == null ? 2000 : from, last);
    }
}
