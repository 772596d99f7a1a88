package vn.gov.quangngai.baocao.report.registry;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.report.shared.Deadlines;
import vn.gov.quangngai.baocao.support.caller.Roles;
import vn.gov.quangngai.baocao.support.paging.PageRequest;
import vn.gov.quangngai.baocao.support.paging.PageResult;
import vn.gov.quangngai.baocao.support.validation.CalendarDate;

/** {@code /api/v1/agencies}: the registry of member agencies over time, read as of a day; admins record its changes. */
@Path("/api/v1/agencies")
@Tag(name = "Agencies", description = "The registry of member agencies, with its dated changes")
public class AgencyResource {


    private final AgencyService agencies;
    private final AgencyImportService imports;

    public AgencyResource(AgencyService agencies, AgencyImportService imports) {
        this.agencies = agencies;
        this.imports = imports;
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAgencies", summary = "Member agencies as of a day",
            description = "The agencies in force that day (today without asOf), in the registry's order: sở, ngành, ban, districts, then those added later; "
                    + "each with its name, kind and parent then, and the agencies it took over from or that took over from it.")
    @APIResponse(responseCode = "200", description = "One page of agencies", content = @Content(schema = @Schema(implementation = AgencyPage.class)))
    @APIResponse(responseCode = "422", description = "page, size or asOf out of range (VALIDATION_FAILED)")
    public PageResult<Agency> list(@Valid @BeanParam PageRequest page,
                                   @Parameter(description = "a day, YYYY-MM-DD; today when absent", example = "2021-12-31",
                                           schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf")
                                   @CalendarDate String asOf) {
        return agencies.list(day(asOf), page);
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAgency", summary = "One member agency, with its history",
            description = "As it is today (or was last, when it has ended), with every period and its predecessors and successors.")
    @APIResponse(responseCode = "200", description = "The agency", content = @Content(schema = @Schema(implementation = Agency.class)))
    @APIResponse(responseCode = "404", description = "Never in the registry (AGENCY_NOT_FOUND)")
    public Agency get(@PathParam("code") String code) {
        return agencies.get(code);
    }

    @POST
    @Path("/changes")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAgencies", summary = "Record a dated change of the registry",
            description = "CREATE, RENAME, MERGE (several into one, existing or new), SPLIT (one into several new), DISSOLVE, with the day it takes effect "
                    + "and its legal basis. History is never rewritten: the change takes effect on or after the start of every period it ends. "
                    + "With dryRun=true nothing is stored and the answer (200, applied false) says what would happen; otherwise 201, applied true. "
                    + "dryRun is exactly true or false, given once. Changes of the same agencies take turns, the later one reading what the earlier left: "
                    + "one refused only because another change ended the agency or took the code (the loser of two sent at once) is a 409 naming "
                    + "that change (its type, day and codes). Keycloak's agency groups follow.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AgencyChangeRequest.class), examples = {
            @ExampleObject(name = "merge", summary = "Sở Nông nghiệp và Môi trường from two departments",
                    value = "{\"type\": \"MERGE\", \"effective\": \"2025-03-01\", \"basis\": \"Nghị quyết của HĐND tỉnh (02/2025)\", "
                            + "\"from\": [\"STNMT\", \"SNNPTNT\"], \"into\": {\"code\": \"SNNMT\", \"name\": \"Sở Nông nghiệp và Môi trường\", \"kind\": \"SO\"}}"),
            @ExampleObject(name = "rename", value = "{\"type\": \"RENAME\", \"effective\": \"2026-01-01\", \"basis\": \"Quyết định của UBND tỉnh\", "
                    + "\"code\": \"VPUBND\", \"name\": \"Văn phòng Ủy ban nhân dân tỉnh\"}")}))
    @APIResponse(responseCode = "201", description = "Recorded: what it did", content = @Content(schema = @Schema(implementation = AgencyChangeResult.class)))
    @APIResponse(responseCode = "200", description = "Dry run: what it would do; nothing stored", content = @Content(schema = @Schema(implementation = AgencyChangeResult.class)))
    @APIResponse(responseCode = "400", description = "dryRun other than true or false, or given twice (MALFORMED_REQUEST)")
    @APIResponse(responseCode = "403", description = "Not an admin (ACCESS_DENIED)")
    @APIResponse(responseCode = "409", description = "Another change, recorded first or at the same time, ended the agency or took the code; detail names it (CONFLICT)")
    @APIResponse(responseCode = "422", description = "Every problem at once: fields the type needs, agencies unknown, ended or not yet in force, codes taken (VALIDATION_FAILED)")
    public Response change(@Parameter(description = "true: only say what would happen") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                           AgencyChangeRequest body) {
        AgencyChangeResult result = agencies.change(body, dryRun);
        return Response.status(dryRun ? Response.Status.OK : Response.Status.CREATED).entity(result).build();
    }

    @POST
    @Path("/import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importAgencies", summary = "Load a list of agencies (CSV)",
            description = "UTF-8 CSV (a header line and a BOM are allowed) with the columns code,name,kind,parent,validFrom: a new code is created on validFrom "
                    + "(today when empty), a known one whose name, kind or parent differ is renamed on validFrom, the rest is left alone; the same file "
                    + "twice changes nothing the second time. A file with any error changes nothing. With dryRun=true nothing is stored (applied false). "
                    + "Kinds are codes (XA) or words (xã, Phường, UBND huyện), accents and case as written. A file not in UTF-8 is refused with the line "
                    + "of its first bad byte. Lists sent at once are applied one after the other.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "communes",
            value = "code,name,kind,parent,validFrom\nXATINHKHE,UBND xã Tịnh Khê,XA,,2025-07-01\nPHUONGCAMTHANH,UBND phường Cẩm Thành,PHUONG,,2025-07-01\n")))
    @APIResponse(responseCode = "200", description = "What the list did (applied true) or would do, and every line in error", content = @Content(schema = @Schema(implementation = AgencyImportResult.class)))
    @APIResponse(responseCode = "400", description = "dryRun other than true or false, or given twice (MALFORMED_REQUEST)")
    @APIResponse(responseCode = "403", description = "Not an admin (ACCESS_DENIED)")
    public AgencyImportResult importAgencies(@Parameter(description = "true: only say what would happen") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                             byte[] file) {
        return imports.importCsv(file == null ? new byte[0] : file, dryRun);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addAgency", summary = "Add a member agency from today",
            description = "A CREATE change in force from today (POST /agencies/changes takes another day and the legal basis); its Keycloak group follows.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AgencyRequest.class),
            examples = @ExampleObject(name = "new-commune", value = "{\"code\": \"XATINHKHE\", \"name\": \"UBND xã Tịnh Khê\", \"kind\": \"XA\"}")))
    @APIResponse(responseCode = "201", description = "Added; Location names it", headers = @Header(name = "Location", description = "the agency's address"), content = @Content(schema = @Schema(implementation = Agency.class)))
    @APIResponse(responseCode = "403", description = "Not an admin (ACCESS_DENIED)")
    @APIResponse(responseCode = "422", description = "Every problem of the body, a code already used included (VALIDATION_FAILED)")
    public Response add(AgencyRequest body) {
        Agency agency = agencies.add(body);
        return Response.created(URI.create("/api/v1/agencies/" + agency.code())).entity(agency).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAgency", summary = "Rename an agency from today",
            description = "A RENAME change in force from today: name, kind and parent; the code stays. Rounds already opened keep the names they recorded.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = Agency.class)))
    @APIResponse(responseCode = "403", description = "Not an admin (ACCESS_DENIED)")
    @APIResponse(responseCode = "404", description = "Not in the registry (AGENCY_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "Every problem of the body (VALIDATION_FAILED)")
    public Agency update(@PathParam("code") String code, AgencyUpdateRequest body) {
        return agencies.update(code, body);
    }

    private static LocalDate day(String asOf) {
        return asOf == null ? Deadlines.today() : LocalDate.parse(asOf);
    }
}
