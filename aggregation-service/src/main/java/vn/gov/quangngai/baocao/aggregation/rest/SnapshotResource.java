package vn.gov.quangngai.baocao.aggregation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.aggregation.document.SummaryDocxWriter;
import vn.gov.quangngai.baocao.aggregation.summary.SnapshotEntry;
import vn.gov.quangngai.baocao.aggregation.summary.SnapshotService;
import vn.gov.quangngai.baocao.aggregation.summary.Summary;
import vn.gov.quangngai.baocao.aggregation.summary.SummaryCsvWriter;
import vn.gov.quangngai.baocao.aggregation.summary.SummaryService;
import vn.gov.quangngai.baocao.support.caller.Actor;
import vn.gov.quangngai.baocao.support.caller.Roles;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;

/** Frozen summaries: taken by a reviewer, never changed afterwards. */
@Path("/api/v1/rounds/{round}/snapshots")
@Tag(name = "Snapshots", description = "Summaries frozen at a moment, with the report versions they hold")
@RolesAllowed(Roles.REVIEWER)
public class SnapshotResource {

    private final SnapshotService snapshots;
    private final SummaryService summaries;
    private final SummaryDocxWriter documents;

    public SnapshotResource(SnapshotService snapshots, SummaryService summaries, SummaryDocxWriter documents) {
        this.snapshots = snapshots;
        this.summaries = summaries;
        this.documents = documents;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "takeSnapshot", summary = "Freeze the summary now", description = "The summary as it is, with id, takenAt and takenBy; later submissions do not change it. Takes no body.")
    @APIResponse(responseCode = "201", description = "Taken; Location names it", headers = @Header(name = "Location", description = "the snapshot's address"), content = @Content(schema = @Schema(implementation = SnapshotDoc.class)))
    @APIResponse(responseCode = "403", description = "Not a reviewer")
    @APIResponse(responseCode = "404", description = "No such round here (ROUND_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "basis is neither submitted nor accepted (VALIDATION_FAILED)")
    public Response take(@PathParam("round") String round, @Parameter(description = SummaryResource.BASIS) @QueryParam("basis") String basis,
                         @Context UriInfo uri) {
        JsonNode snapshot = snapshots.take(round, SummaryService.basis(basis));
        return Response.created(uri.getAbsolutePathBuilder().path(snapshot.get("id").asText()).build()).entity(snapshot).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listSnapshots", summary = "The round's snapshots", description = "Newest first: id, when, by whom, on which basis; read one for what it holds.")
    @APIResponse(responseCode = "200", description = "One page of snapshots", content = @Content(schema = @Schema(implementation = SnapshotPage.class)))
    @APIResponse(responseCode = "403", description = "Not a reviewer")
    @APIResponse(responseCode = "404", description = "No such round here (ROUND_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "page or size out of range (VALIDATION_FAILED)")
    public PageResult<SnapshotEntry> list(@PathParam("round") String round, @Valid @BeanParam PageRequest page) {
        return snapshots.list(round, page);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSnapshot", summary = "A frozen summary", description = "Exactly as it was when taken. Accept: text/csv gives its figures table.")
    @APIResponse(responseCode = "200", description = "The snapshot", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotDoc.class)),
            @Content(mediaType = SummaryCsvWriter.MEDIA_TYPE)})
    @APIResponse(responseCode = "403", description = "Not a reviewer")
    @APIResponse(responseCode = "404", description = "No such snapshot of this round (SNAPSHOT_NOT_FOUND)")
    public JsonNode get(@PathParam("round") String round, @PathParam("id") String id) {
        return snapshots.get(round, id);
    }

    @GET
    @Path("/{id}")
    @Produces(SummaryCsvWriter.MEDIA_TYPE + ";charset=UTF-8")
    @Operation(hidden = true)
    public Response getCsv(@PathParam("round") String round, @PathParam("id") String id) {
        Summary summary = snapshots.asSummary(snapshots.get(round, id));
        return SummaryResource.csv(summary, summaries.agencies(round), round + "-snapshot-" + id);
    }

    @GET
    @Path("/{id}.docx")
    @Produces(SummaryDocxWriter.MEDIA_TYPE)
    @Operation(operationId = "getSnapshotDocx", summary = "A frozen summary as a Word document", description = "The same document as summary.docx, from the snapshot's figures and texts.")
    @APIResponse(responseCode = "200", description = "The .docx", content = @Content(mediaType = SummaryDocxWriter.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not a reviewer")
    @APIResponse(responseCode = "404", description = "No such snapshot of this round (SNAPSHOT_NOT_FOUND)")
    public Response getDocx(@PathParam("round") String round, @PathParam("id") String id) {
        Summary summary = snapshots.asSummary(snapshots.get(round, id));
        return SummaryResource.docx(documents.write(summaries.roundHeader(round), summary), round + "-snapshot-" + id);
    }

    /** OpenAPI shape of a page of snapshot entries (generic records are not described by the generator). */
    @Schema(name = "SnapshotPage")
    public record SnapshotPage(List<SnapshotEntry> items, int page, int size, long total) {
    }

    /** OpenAPI shape of a snapshot: the summary's fields plus these. */
    @Schema(name = "Snapshot", allOf = Summary.class)
    public record SnapshotDoc(
            @Schema(example = "6f1c2a4e-6a0b-4c8e-9d7e-2b1f0c3d4e5f") String id,
            @Schema(example = "2021-11-20T09:30:00+07:00") String takenAt,
            @Schema(description = "the reviewer who took it") Actor takenBy) {
    }
}
