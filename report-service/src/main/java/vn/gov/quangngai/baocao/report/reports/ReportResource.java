package vn.gov.quangngai.baocao.report.reports;

import static vn.gov.quangngai.baocao.report.shared.ProblemDocs.FORBIDDEN;
import static vn.gov.quangngai.baocao.report.shared.ProblemDocs.NOT_FOUND;
import static vn.gov.quangngai.baocao.report.shared.ProblemDocs.PROBLEM;
import static vn.gov.quangngai.baocao.report.shared.ProblemDocs.STALE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import vn.gov.quangngai.baocao.report.rounds.EventPage;
import vn.gov.quangngai.baocao.report.rounds.ReportEvent;
import vn.gov.quangngai.baocao.report.rounds.ReportRow;
import vn.gov.quangngai.baocao.report.shared.Examples;
import vn.gov.quangngai.baocao.report.shared.ReportStatus;
import vn.gov.quangngai.baocao.support.caller.Roles;
import vn.gov.quangngai.baocao.support.http.Precondition;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** An agency's report in a round: draft, submit, read, versions, audit trail. */
@Path("/api/v1/rounds/{round}/reports")
@Tag(name = "Reports", description = "Agencies' reports: draft, submit, versions and audit trail")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    private static final String IDEMPOTENCY_KEY = "a new unique string for each intended submission (e.g. a UUID), at most 255 characters; resend it only to retry that submission";
    private static final String PREFER = "return=minimal: the same status and headers, no body";
    private static final String MINIMAL_APPLIED = "return=minimal when the body was left out as asked";
    private static final String STATUSES = "NOT_STARTED|DRAFT|SUBMITTED|RETURNED|ACCEPTED";

    private final ReportService reports;
    private final ReportDiffService diffs;

    public ReportResource(ReportService reports, ReportDiffService diffs) {
        this.reports = reports;
        this.diffs = diffs;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.VIEWER, Roles.REPORT_READER})
    @Operation(operationId = "listReports", summary = "Every expected agency's report status", description = "One row per expected agency in the round's order; NOT_STARTED for those with nothing yet. "
            + "With status, only the rows of that status.")
    @APIResponse(responseCode = "200", description = "One page of rows", content = @Content(schema = @Schema(implementation = ReportRowPage.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PageResult<ReportRow> list(@PathParam("round") String round, @Valid @BeanParam PageRequest page,
                                      @Parameter(description = "NOT_STARTED, DRAFT, SUBMITTED, RETURNED or ACCEPTED; all when absent") @QueryParam("status")
                                      @Pattern(regexp = STATUSES, message = "{baocao.reportStatus.pattern}") String status) {
        return reports.list(round, status == null ? null : ReportStatus.valueOf(status), page);
    }

    @PUT
    @Path("/{agency}")
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveDraft", summary = "Create or replace the draft", description = "The whole draft, checked against the round's outline; drafts may be incomplete. "
            + "A returned report stays RETURNED until it is submitted again. Send If-Match with the ETag you read to avoid overwriting someone else's change.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReportRequest.class),
            examples = @ExampleObject(name = "ban-dan-toc-2021", summary = "Part of the Ban Dân tộc 2021 report", value = Examples.REPORT_REQUEST)))
    @APIResponse(responseCode = "201", description = "The first draft was created; no body with Prefer: return=minimal",
            headers = {@Header(name = "ETag", description = "the report's entity tag: send it back as If-Match"), @Header(name = ReturnPreference.APPLIED, description = MINIMAL_APPLIED)},
            content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "200", description = "The draft was replaced; no body with Prefer: return=minimal",
            headers = {@Header(name = "ETag", description = "the report's entity tag: send it back as If-Match"), @Header(name = ReturnPreference.APPLIED, description = MINIMAL_APPLIED)},
            content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", description = "Unreadable JSON (MALFORMED_REQUEST)")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Submitted or accepted reports are not editable (REPORT_NOT_EDITABLE); the round is closed (ROUND_CLOSED)")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "Every problem of the body, by JSON Pointer; nothing is stored (VALIDATION_FAILED)", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad-figures", value = Examples.REPORT_PROBLEM)))
    public Response saveDraft(@PathParam("round") String round, @PathParam("agency") String agency,
                              @Parameter(description = "the ETag last read (strong comparison: a weak tag never matches)") @HeaderParam("If-Match") String ifMatch,
                              @Parameter(description = PREFER, schema = @Schema(enumeration = {ReturnPreference.MINIMAL, "return=representation"})) @HeaderParam(ReturnPreference.PREFER) String prefer,
                              @Context Request request, @Context HttpHeaders headers, ReportRequest body) {
        ReportService.Tagged saved = reports.saveDraft(round, agency, body, Precondition.of(request, headers));
        return ReturnPreference.answer(Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .header("ETag", saved.etag()), prefer, saved.report());
    }

    @GET
    @Path("/{agency}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.REPORT_READER})
    @Operation(operationId = "getReport", summary = "Read a report", description = "Its agency and reviewers see the current draft; viewers and report readers the latest submitted version, never a draft.")
    @APIResponse(responseCode = "200", description = "The report", headers = @Header(name = "ETag", description = "the report's entity tag: send it back as If-Match"), content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response get(@PathParam("round") String round, @PathParam("agency") String agency) {
        ReportService.Tagged report = reports.get(round, agency);
        return Response.ok(report.report()).header("ETag", report.etag()).build();
    }

    @POST
    @Path("/{agency}/submit")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "submitReport", summary = "Submit the draft", description = "Freezes it as a new immutable version (required figures must be filled, unless it is a nil report). "
            + "After the deadline the report is marked late. With an Idempotency-Key, a retry of the same submit answers the first answer again "
            + "(header Idempotent-Replayed: true) and makes no second version; the same key sent after the report was returned, or with another If-Match, "
            + "is refused (IDEMPOTENCY_KEY_REUSED): use a new key for each new submission. Takes no body.")
    @APIResponse(responseCode = "200", description = "Submitted, or the first answer again to a retry with the same Idempotency-Key",
            headers = {@Header(name = "ETag"), @Header(name = IDEMPOTENT_REPLAYED, description = "true when this is the stored first answer to the same Idempotency-Key")},
            content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", description = "Idempotency-Key longer than 255 characters or not printable ASCII (MALFORMED_REQUEST)")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Nothing to submit, or already submitted (INVALID_TRANSITION); the round is closed (ROUND_CLOSED)")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "Required figures are empty (REQUIRED_FIGURES_MISSING); the Idempotency-Key already acknowledged another submission (IDEMPOTENCY_KEY_REUSED)")
    public Response submit(@PathParam("round") String round, @PathParam("agency") String agency,
                           @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Parameter(description = "the ETag of the draft you mean to submit") @HeaderParam("If-Match") String ifMatch,
                           @Context Request request, @Context HttpHeaders headers) {
        ReportService.Tagged submitted = reports.submit(round, agency, IdempotencyKeys.normalise(idempotencyKey), Precondition.of(request, headers));
        Response.ResponseBuilder answer = Response.ok(submitted.report()).header("ETag", submitted.etag());
        if (submitted.replayed()) {
            answer.header(IDEMPOTENT_REPLAYED, "true");
        }
        return answer.build();
    }

    @POST
    @Path("/{agency}/submissions")
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitReportContent", summary = "Submit the whole report in one request",
            description = "For agency systems: the whole content (the body of a PUT) is checked as a PUT is, saved and frozen as the next version "
                    + "in one transaction; a refusal stores nothing. Location names the version. With an Idempotency-Key, the same content sent "
                    + "again answers the first answer (201, header Idempotent-Replayed: true) and makes no second version; other content under the "
                    + "same key, or the key sent again after the report was returned, is refused (IDEMPOTENCY_KEY_REUSED).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReportRequest.class),
            examples = @ExampleObject(name = "ban-dan-toc-2021", summary = "Part of the Ban Dân tộc 2021 report", value = Examples.REPORT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Submitted as the next version, or the first answer again to a retry with the same Idempotency-Key; no body with Prefer: return=minimal",
            headers = {@Header(name = "Location", description = "the version made: /api/v1/rounds/{round}/reports/{agency}/versions/{n}"), @Header(name = "ETag"),
                    @Header(name = IDEMPOTENT_REPLAYED, description = "true when this is the stored first answer to the same Idempotency-Key"),
                    @Header(name = ReturnPreference.APPLIED, description = MINIMAL_APPLIED)},
            content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", description = "Unreadable JSON; Idempotency-Key longer than 255 characters or not printable ASCII (MALFORMED_REQUEST)")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Submitted or accepted reports are not editable (REPORT_NOT_EDITABLE); the round is closed (ROUND_CLOSED)")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "Every problem of the body, by JSON Pointer (VALIDATION_FAILED); required figures are empty (REQUIRED_FIGURES_MISSING); "
            + "the Idempotency-Key already acknowledged another submission (IDEMPOTENCY_KEY_REUSED)")
    public Response submitContent(@PathParam("round") String round, @PathParam("agency") String agency,
                                  @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                                  @Parameter(description = "the ETag of the draft you mean to replace, if you read one") @HeaderParam("If-Match") String ifMatch,
                                  @Parameter(description = PREFER, schema = @Schema(enumeration = {ReturnPreference.MINIMAL, "return=representation"})) @HeaderParam(ReturnPreference.PREFER) String prefer,
                                  @Context Request request, @Context HttpHeaders headers, ReportRequest body) {
        ReportService.Tagged submitted = reports.submitContent(round, agency, body, IdempotencyKeys.normalise(idempotencyKey), Precondition.of(request, headers));
        Report report = submitted.report();
        // relative: the Host header a client sent is not ours to repeat
        Response.ResponseBuilder answer = Response.status(Response.Status.CREATED)
                .header("Location", "/api/v1/rounds/" + report.round() + "/reports/" + report.agency() + "/versions/" + report.version())
                .header("ETag", submitted.etag());
        if (submitted.replayed()) {
            answer.header(IDEMPOTENT_REPLAYED, "true");
        }
        return ReturnPreference.answer(answer, prefer, report);
    }

    @GET
    @Path("/{agency}/versions/{version}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.REPORT_READER})
    @Operation(operationId = "getReportVersion", summary = "A frozen version", description = "Exactly as it was submitted; versions never change.")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(schema = @Schema(implementation = ReportVersion.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such round, report or version (VERSION_NOT_FOUND)")
    public ReportVersion version(@PathParam("round") String round, @PathParam("agency") String agency, @PathParam("version") int version) {
        return reports.version(round, agency, version);
    }

    @GET
    @Path("/{agency}/diff")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.REPORT_READER})
    @Operation(operationId = "diffReport", summary = "What changed between two versions", description = "Sections word by word (runs of EQUAL, DELETE and INSERT words), "
            + "figures old → new with their labels and units, changed fields of the document block, in outline order. Without parameters: the latest "
            + "version against the one before. to=draft compares a version with the current draft (its agency and reviewers only), e.g. what a "
            + "returned report changed since.")
    @APIResponse(responseCode = "200", description = "The comparison", content = @Content(schema = @Schema(implementation = ReportDiff.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such round, report or version (VERSION_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "from or to is not a version number (VALIDATION_FAILED)")
    public ReportDiff diff(@PathParam("round") String round, @PathParam("agency") String agency,
                         @Parameter(description = "the earlier version; by default the one before to") @QueryParam("from")
                         @Pattern(regexp = "[1-9][0-9]{0,8}", message = "{baocao.version.pattern}") String from,
                         @Parameter(description = "the later version, or draft; by default the latest version") @QueryParam("to")
                         @Pattern(regexp = "[1-9][0-9]{0,8}|draft", message = "{baocao.versionOrDraft.pattern}") String to) {
        return diffs.diff(round, agency, from == null ? null : Integer.valueOf(from), to);
    }

    @GET
    @Path("/{agency}/events")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.VIEWER, Roles.REPORT_READER})
    @Operation(operationId = "listReportEvents", summary = "The audit trail", description = "Every draft save and status change, oldest first: who (subject, username, name), when, from and to which status, which version, why.")
    @APIResponse(responseCode = "200", description = "One page of events", content = @Content(schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PageResult<ReportEvent> events(@PathParam("round") String round, @PathParam("agency") String agency, @Valid @BeanParam PageRequest page) {
        return reports.events(round, agency, page);
    }
}
