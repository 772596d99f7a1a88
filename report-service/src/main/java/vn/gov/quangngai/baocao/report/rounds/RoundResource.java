package vn.gov.quangngai.baocao.report.rounds;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.report.shared.Examples;
import vn.gov.quangngai.baocao.support.caller.Roles;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;
import vn.gov.quangngai.baocao.support.problem.Problem;

/** {@code /api/v1/rounds}: SNV opens and closes reporting rounds; agencies see the rounds they are expected in. */
@Path("/api/v1/rounds")
@Tag(name = "Rounds", description = "Reporting rounds opened by Sở Nội vụ")
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

    private final RoundService rounds;

    public RoundResource(RoundService rounds) {
        this.rounds = rounds;
    }

    @POST
    @RolesAllowed(Roles.REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openRound", summary = "Open a round", description = "From the official request, its period, deadline, expected agencies and outline "
            + "(a template, or templateCode naming a built-in one). A deadline in the past is accepted: rounds are also recorded after the fact.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RoundRequest.class),
            examples = @ExampleObject(name = "dvcq-2021", summary = "The 2021 round of Công văn 2454/SNV-XDCQ", value = Examples.ROUND_REQUEST)))
    @APIResponse(responseCode = "201", description = "Opened; Location names it", headers = @Header(name = "Location", description = "the round's address"), content = @Content(schema = @Schema(implementation = Round.class)))
    @APIResponse(responseCode = "400", description = "Unreadable JSON (MALFORMED_REQUEST)")
    @APIResponse(responseCode = "403", description = "Not a reviewer")
    @APIResponse(responseCode = "409", description = "A round with this code exists (ROUND_EXISTS)")
    @APIResponse(responseCode = "422", description = "Every problem of the body, by JSON Pointer (VALIDATION_FAILED)", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad-round", value = Examples.ROUND_PROBLEM)))
    public Response open(RoundRequest body, @Context UriInfo uri) {
        Round round = rounds.open(body);
        return Response.created(uri.getAbsolutePathBuilder().path(round.code()).build()).entity(round).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listRounds", summary = "List rounds", description = "Newest first, optionally only the open or the closed ones. Reviewers, viewers, admins and report readers "
            + "see every round, each with its reports counted by status (counts); a submitter sees the rounds its agency is expected in, each with its own report (report).")
    @APIResponse(responseCode = "200", description = "One page of rounds", content = @Content(schema = @Schema(implementation = RoundPage.class)))
    @APIResponse(responseCode = "422", description = "page, size or status out of range")
    public PageResult<Round> list(@Valid @BeanParam PageRequest page,
                                      @Parameter(description = "OPEN or CLOSED; both when absent") @QueryParam("status")
                                      @Pattern(regexp = "OPEN|CLOSED", message = "{baocao.roundStatus.pattern}") String status) {
        return rounds.list(page, status);
    }

    @GET
    @Path("/{round}")
    @Authenticated
    @Operation(operationId = "getRound", summary = "One round, with its outline", description = "With its reports counted by status for those who see every agency; with its own report for a submitter.")
    @APIResponse(responseCode = "200", description = "The round", content = @Content(schema = @Schema(implementation = Round.class)))
    @APIResponse(responseCode = "404", description = "No such round, or not one your agency is expected in (ROUND_NOT_FOUND)")
    public Round get(@PathParam("round") String round) {
        return rounds.get(round);
    }

    @POST
    @Path("/{round}/close")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "closeRound", summary = "Close a round", description = "No more submissions, until SNV reopens the round for an agency. Takes no body.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = Round.class)))
    @APIResponse(responseCode = "403", description = "Not a reviewer")
    @APIResponse(responseCode = "404", description = "No such round (ROUND_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Closed already (ROUND_CLOSED)")
    public Round close(@PathParam("round") String round) {
        return rounds.close(round);
    }
}
