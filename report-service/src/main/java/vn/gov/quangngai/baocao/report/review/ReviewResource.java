package vn.gov.quangngai.baocao.report.review;

import static vn.gov.quangngai.baocao.report.shared.ProblemDocs.FORBIDDEN;
import static vn.gov.quangngai.baocao.report.shared.ProblemDocs.NOT_FOUND;
import static vn.gov.quangngai.baocao.report.shared.ProblemDocs.STALE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.report.reports.ReportService;
import vn.gov.quangngai.baocao.report.reports.Report;
import vn.gov.quangngai.baocao.report.shared.Examples;
import vn.gov.quangngai.baocao.support.caller.Roles;
import vn.gov.quangngai.baocao.support.http.Precondition;

/** Sở Nội vụ's review of an agency's report: return, accept, reopen a closed round for it. */
@Path("/api/v1/rounds/{round}/reports/{agency}")
@Tag(name = "Review", description = "Sở Nội vụ returns or accepts reports, and reopens closed rounds for an agency")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.REVIEWER)
public class ReviewResource {

    private final ReviewService review;

    public ReviewResource(ReviewService review) {
        this.review = review;
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnReport", summary = "Return for correction", description = "SUBMITTED or ACCEPTED → RETURNED, with a required reason; the agency edits and submits again.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReturnRequest.class), examples = @ExampleObject(name = "return", value = Examples.RETURN_REQUEST)))
    @APIResponse(responseCode = "200", description = "Returned", headers = @Header(name = "ETag", description = "the report's entity tag: send it back as If-Match"), content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not submitted (INVALID_TRANSITION)")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "No reason (VALIDATION_FAILED)")
    public Response returnReport(@PathParam("round") String round, @PathParam("agency") String agency,
                                 @Parameter(description = "the ETag last read") @HeaderParam("If-Match") String ifMatch,
                                 @Context Request request, @Context HttpHeaders headers, ReturnRequest body) {
        return tagged(review.returnReport(round, agency, body, Precondition.of(request, headers)));
    }

    @POST
    @Path("/accept")
    @Operation(operationId = "acceptReport", summary = "Accept", description = "SUBMITTED → ACCEPTED. Takes no body.")
    @APIResponse(responseCode = "200", description = "Accepted", headers = @Header(name = "ETag", description = "the report's entity tag: send it back as If-Match"), content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not submitted (INVALID_TRANSITION)")
    @APIResponse(responseCode = "412", description = STALE)
    public Response accept(@PathParam("round") String round, @PathParam("agency") String agency,
                           @Parameter(description = "the ETag last read") @HeaderParam("If-Match") String ifMatch,
                           @Context Request request, @Context HttpHeaders headers) {
        return tagged(review.accept(round, agency, Precondition.of(request, headers)));
    }

    @POST
    @Path("/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenReport", summary = "Reopen a closed round for this agency", description = "With a reason (recorded), and optionally until when; the report's status is unchanged.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReopenRequest.class)))
    @APIResponse(responseCode = "200", description = "Reopened", headers = @Header(name = "ETag", description = "the report's entity tag: send it back as If-Match"), content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The round is open (ROUND_NOT_CLOSED)")
    @APIResponse(responseCode = "422", description = "No reason, or an until in the past (VALIDATION_FAILED)")
    public Response reopen(@PathParam("round") String round, @PathParam("agency") String agency, ReopenRequest body) {
        return tagged(review.reopen(round, agency, body));
    }

    private static Response tagged(ReportService.Tagged report) {
        return Response.ok(report.report()).header("ETag", report.etag()).build();
    }
}
