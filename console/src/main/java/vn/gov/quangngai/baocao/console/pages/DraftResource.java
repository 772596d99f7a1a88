package vn.gov.quangngai.baocao.console.pages;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.gov.quangngai.baocao.console.client.ApiException;
import vn.gov.quangngai.baocao.console.client.ReportServiceClient;
import vn.gov.quangngai.baocao.console.client.model.ImportPreview;
import vn.gov.quangngai.baocao.console.client.model.Template;
import vn.gov.quangngai.baocao.console.view.DraftValues;
import vn.gov.quangngai.baocao.console.view.FieldMessages;
import vn.gov.quangngai.baocao.console.view.ImportChoices;
import vn.gov.quangngai.baocao.console.view.Notice;
import vn.gov.quangngai.baocao.console.view.ProblemMessages;

/**
 * An agency's draft: saving the form (a PUT with the ETag the form was filled from) and reading an
 * existing document into the saved draft (nothing stored until the officer saves; where the file
 * gives a field otherwise than saved, the officer picks one). Whatever the service refuses comes
 * back with what was typed.
 */
@Path("/rounds/{round}/reports/{agency}")
@Produces(MediaType.TEXT_HTML)
public class DraftResource {

    /** The first bytes of a zip, which a .docx is. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final ReportServiceClient reports;
    private final AgencyReportPages pages;

    public DraftResource(ReportServiceClient reports, AgencyReportPages pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @POST
    @Path("/draft")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String round, @RestPath String agency, @BeanParam DraftFormInput form) {
        pages.requireOwn(agency);
        DraftValues typed = form.values();
        Template template = AgencyReportPages.template(reports.round(round));
        if (form.picking()) {
            ImportChoices.Picked picked = form.choices(template).pick(form.pick, typed);
            return Response.ok(pages.choosing(round, agency, form.etag, picked)).build();
        }
        DraftValues.Body body = typed.toBody(template);
        String etag = form.etag == null || form.etag.isBlank() ? null : form.etag;
        try {
            reports.saveDraft(round, agency, etag, body.content());
        } catch (ApiException refused) {
            return switch (refused.status()) {
                case 412 -> Response.status(409).entity(pages.conflict(round, agency, typed)).build();
                case 422 -> Response.status(422).entity(pages.refusedSave(round, agency, typed, etag,
                        FieldMessages.byField(refused.problem().map(p -> p.errors()).orElse(List.of()), body.pointers()::fieldOf),
                        ProblemMessages.of(refused), form.choices(template))).build();
                case 409 -> Response.status(409).entity(pages.refusedSave(round, agency, typed, etag, Map.of(),
                        ProblemMessages.of(refused), form.choices(template))).build();
                default -> throw refused;
            };
        }
        return Response.seeOther(form.thenSubmit() ? Links.submit(round, agency, null) : Links.report(round, agency, Notice.SAVED)).build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importDocument(@RestPath String round, @RestPath String agency, @RestForm String etag,
                                   @RestForm("document") FileUpload document) {
        pages.requireOwn(agency);
        if (document == null || document.size() == 0) {
            return Response.status(422).entity(pages.importRefused(round, agency, new ProblemMessages.Message("Chưa chọn tệp",
                    "Hãy chọn tệp báo cáo của cơ quan (.docx hoặc .txt) rồi bấm “Đọc tệp vào biểu mẫu”."))).build();
        }
        byte[] bytes = read(document);
        try {
            ImportPreview preview = reports.preview(round, agency, bytes, docx(bytes));
            return Response.ok(pages.imported(round, agency, etag, document.fileName(), preview)).build();
        } catch (ApiException refused) {
            if (refused.status() == 403 || refused.status() == 404 || refused.status() >= 500) {
                throw refused;
            }
            return Response.status(refused.status()).entity(pages.importRefused(round, agency, ProblemMessages.of(refused))).build();
        }
    }

    /** Someone signed in again after their session ended on a save: back to the report, where the browser's copy is offered back. */
    @GET
    @Path("/draft")
    public Response afterSignInOnSave(@RestPath String round, @RestPath String agency) {
        return Response.seeOther(Links.report(round, agency, null)).build();
    }

    @GET
    @Path("/import")
    public Response afterSignInOnImport(@RestPath String round, @RestPath String agency) {
        return Response.seeOther(Links.report(round, agency, null)).build();
    }

    /** A .docx is a zip; anything else is sent as text, which the service reads as UTF-8 or refuses. */
    static boolean docx(byte[] bytes) {
        if (bytes.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (bytes[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] read(FileUpload document) {
        try {
            return Files.readAllBytes(document.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
