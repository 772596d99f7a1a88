package vn.gov.quangngai.baocao.report.importing;

import static vn.gov.quangngai.baocao.report.shared.ProblemDocs.FORBIDDEN;
import static vn.gov.quangngai.baocao.report.shared.ProblemDocs.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.importer.LegacyDocumentReaders;
import vn.gov.quangngai.baocao.support.caller.Roles;

/** {@code POST …/import}: an agency's existing report (text or .docx) as its draft. */
@Path("/api/v1/rounds/{round}/reports/{agency}/import")
@Tag(name = "Reports")
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes({MediaType.TEXT_PLAIN, LegacyDocumentReaders.DOCX, LegacyDocumentReaders.OLD_WORD})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importReport", summary = "Import an existing report as the draft", description = "Text (UTF-8) or .docx (an old .doc is refused: save it as .docx). "
            + "Splits it into the round's sections by its headings (numbered, Word's automatic numbering, or unnumbered and recognised by their title), "
            + "reads the document block (number, place and date, the request answered, Nơi nhận, signer) and suggests the figures its sentences and "
            + "tables of figures state unambiguously, by the labels, units and hints of the round's outline. A figure stated with two different values "
            + "gets no suggestion but a warning; so does text that cannot be placed; placed is the share of the text that was. What the file reads is "
            + "merged into the draft already saved, field by field (each figure, each section's text, each field of the document block): a field the "
            + "file says nothing of keeps its saved value, a field only the file gives takes the file's, and a field the file gives otherwise keeps the "
            + "saved value; fields says which is which, with both values for a CONFLICT, for the officer to choose and save with a PUT. "
            + "The merged draft is stored as a PUT would store it, unless dryRun=true: a saved value is never replaced by an import.")
    @RequestBody(content = {@Content(mediaType = MediaType.TEXT_PLAIN), @Content(mediaType = LegacyDocumentReaders.DOCX)})
    @APIResponse(responseCode = "200", description = "The draft it became, merged into the saved one", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The report is submitted or accepted (REPORT_NOT_EDITABLE), or the round closed (ROUND_CLOSED)")
    @APIResponse(responseCode = "413", description = "A .docx whose parts unpack to more than 40 MB together (PAYLOAD_TOO_LARGE)")
    @APIResponse(responseCode = "415", description = "Neither text/plain nor .docx, or an old Word .doc: save it as .docx (UNSUPPORTED_MEDIA_TYPE)")
    @APIResponse(responseCode = "422", description = "Empty (EMPTY_DOCUMENT), unreadable or oversized inside (UNREADABLE_DOCUMENT), or a draft the outline refuses (VALIDATION_FAILED)")
    public ImportResult importReport(@PathParam("round") String round, @PathParam("agency") String agency,
                                     @Parameter(description = "true: show the draft it would become, store nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                     @HeaderParam("Content-Type") String contentType, byte[] document) {
        String type = contentType == null ? "" : contentType.toLowerCase();
        ImportService.Format format = type.startsWith(LegacyDocumentReaders.DOCX) ? ImportService.Format.DOCX
                : type.startsWith(LegacyDocumentReaders.OLD_WORD) ? ImportService.Format.OLD_WORD : ImportService.Format.TEXT;
        return imports.importReport(round, agency, document, format, dryRun);
    }
}
