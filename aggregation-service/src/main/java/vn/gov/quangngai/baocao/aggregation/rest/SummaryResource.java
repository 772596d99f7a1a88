package vn.gov.quangngai.baocao.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.aggregation.document.SummaryDocxWriter;
import vn.gov.quangngai.baocao.aggregation.summary.Basis;
import vn.gov.quangngai.baocao.aggregation.summary.Summary;
import vn.gov.quangngai.baocao.aggregation.summary.SummaryCsvWriter;
import vn.gov.quangngai.baocao.aggregation.summary.SummaryService;
import vn.gov.quangngai.baocao.support.caller.Roles;

/** The provincial summary of a round, as JSON or as the CSV figures table, and its completeness. */
@Path("/api/v1/rounds/{round}")
@Tag(name = "Summary", description = "The provincial summary: consolidated figures, compiled sections, completeness")
@RolesAllowed({Roles.REVIEWER, Roles.VIEWER})
public class SummaryResource {

    static final String PROBLEM = "application/problem+json";
    static final String BASIS = "submitted (default): the latest submitted or accepted version of each agency, a returned report counting once resubmitted; accepted: accepted reports only";

    private final SummaryService summaries;
    private final SummaryDocxWriter documents;

    public SummaryResource(SummaryService summaries, SummaryDocxWriter documents) {
        this.summaries = summaries;
        this.documents = documents;
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSummary", summary = "The provincial summary", description = "Figures added up by the outline's aggregation with the value and version of each agency, "
            + "sections compiled agency by agency in the round's order, and who is late or missing. Ask with Accept: text/csv for the figures table.")
    @APIResponse(responseCode = "200", description = "The summary now", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Summary.class)),
            @Content(mediaType = SummaryCsvWriter.MEDIA_TYPE, examples = @ExampleObject(name = "figures", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "403", description = "Neither reviewer nor viewer")
    @APIResponse(responseCode = "404", description = "No such round here (ROUND_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "basis is neither submitted nor accepted (VALIDATION_FAILED)")
    public Response summary(@PathParam("round") String round, @Parameter(description = BASIS) @QueryParam("basis") String basis) {
        Basis chosen = SummaryService.basis(basis);
        summaries.roundHeader(round); // a missing round is a 404 problem, before the first byte of the summary
        StreamingOutput summary = out -> summaries.writeJson(round, chosen, out);
        return Response.ok(summary, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/summary")
    @Produces(SummaryCsvWriter.MEDIA_TYPE + ";charset=UTF-8")
    @Operation(hidden = true)
    public Response summaryCsv(@PathParam("round") String round, @QueryParam("basis") String basis) {
        Summary summary = summaries.summary(round, SummaryService.basis(basis));
        return csv(summary, summaries.agencies(round), round + "-" + summary.basis());
    }

    @GET
    @Path("/summary.docx")
    @RolesAllowed(Roles.REVIEWER)
    @Produces(SummaryDocxWriter.MEDIA_TYPE)
    @Operation(operationId = "getSummaryDocx", summary = "The provincial summary as a Word document", description = "In the state format (Nghị định 30/2020/NĐ-CP): header, title, "
            + "the sections with each agency's contribution under its name, completeness, Nơi nhận and signature block, and the figures table as an appendix. "
            + "A draft for SNV to read, sign and send.")
    @APIResponse(responseCode = "200", description = "The .docx", content = @Content(mediaType = SummaryDocxWriter.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not a reviewer")
    @APIResponse(responseCode = "404", description = "No such round here (ROUND_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "basis is neither submitted nor accepted (VALIDATION_FAILED)")
    public Response summaryDocx(@PathParam("round") String round, @Parameter(description = BASIS) @QueryParam("basis") String basis) {
        Summary summary = summaries.summary(round, SummaryService.basis(basis));
        return docx(documents.write(summaries.roundHeader(round), summary), round + "-" + summary.basis());
    }

    static Response docx(byte[] document, String fileName) {
        return Response.ok(document, SummaryDocxWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".docx\"")
                .build();
    }

    @GET
    @Path("/completeness")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCompleteness", summary = "Completeness alone", description = "Expected, submitted, accepted, returned, nil; the late and missing agencies by code and name.")
    @APIResponse(responseCode = "200", description = "The completeness", content = @Content(schema = @Schema(implementation = Summary.Completeness.class)))
    @APIResponse(responseCode = "403", description = "Neither reviewer nor viewer")
    @APIResponse(responseCode = "404", description = "No such round here (ROUND_NOT_FOUND)")
    public Summary.Completeness completeness(@PathParam("round") String round) {
        return summaries.completeness(round);
    }

    static Response csv(Summary summary, Map<String, String> agencies, String fileName) {
        return Response.ok(SummaryCsvWriter.write(summary, agencies), SummaryCsvWriter.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"")
                .build();
    }

    static final String CSV_EXAMPLE = "agency,agency_name,II.1.support_money,II.6.models\r\nBDT,Ban Dân tộc,9000000000,1\r\nSTC,Sở Tài chính,,2\r\nTOTAL,Tổng cộng,9000000000,3\r\n";
}
