package vn.gov.quangngai.baocao.console.client;

import io.quarkus.rest.client.reactive.ClientQueryParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.gov.quangngai.baocao.console.client.model.Agency;
import vn.gov.quangngai.baocao.console.client.model.AuditEvent;
import vn.gov.quangngai.baocao.console.client.model.BuiltInTemplate;
import vn.gov.quangngai.baocao.console.client.model.DraftContent;
import vn.gov.quangngai.baocao.console.client.model.ImportPreview;
import vn.gov.quangngai.baocao.console.client.model.NewRound;
import vn.gov.quangngai.baocao.console.client.model.Page;
import vn.gov.quangngai.baocao.console.client.model.Reason;
import vn.gov.quangngai.baocao.console.client.model.ReportDiff;
import vn.gov.quangngai.baocao.console.client.model.ReportRow;
import vn.gov.quangngai.baocao.console.client.model.Round;
import vn.gov.quangngai.baocao.console.client.model.Version;

/** report-service's public API, as the console uses it (docs/openapi/report-service.json). */
// the services answer in Vietnamese by default; said explicitly so their messages never change language
@ClientHeaderParam(name = "Accept-Language", value = "vi")
@RegisterRestClient(configKey = "report-service")
@RegisterProvider(AccessTokenPropagation.class)
@RegisterProvider(ProblemMapper.Reports.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ReportServiceApi {

    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    String TEXT = "text/plain; charset=UTF-8";

    @GET
    @Path("/rounds")
    Page<Round> rounds(@QueryParam("status") String status, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/rounds/{round}")
    Round round(@PathParam("round") String round);

    @POST
    @Path("/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    Round openRound(NewRound round);

    @GET
    @Path("/rounds/{round}/reports")
    Page<ReportRow> reports(@PathParam("round") String round, @QueryParam("page") int page, @QueryParam("size") int size);

    /** The report with its ETag header (read it from the response). */
    @GET
    @Path("/rounds/{round}/reports/{agency}")
    Response report(@PathParam("round") String round, @PathParam("agency") String agency);

    @GET
    @Path("/rounds/{round}/reports/{agency}/versions/{version}")
    Version version(@PathParam("round") String round, @PathParam("agency") String agency, @PathParam("version") int version);

    @GET
    @Path("/rounds/{round}/reports/{agency}/events")
    Page<AuditEvent> events(@PathParam("round") String round, @PathParam("agency") String agency,
                            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/rounds/{round}/reports/{agency}/diff")
    ReportDiff diff(@PathParam("round") String round, @PathParam("agency") String agency,
                    @QueryParam("from") int from, @QueryParam("to") int to);

    /** Latest submitted version against the current draft: what a returned report has changed since. */
    @GET
    @Path("/rounds/{round}/reports/{agency}/diff")
    @ClientQueryParam(name = "to", value = "draft")
    ReportDiff diffWithDraft(@PathParam("round") String round, @PathParam("agency") String agency);

    /** Creates or replaces the draft; the answer carries the new ETag. */
    @PUT
    @Path("/rounds/{round}/reports/{agency}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response saveDraft(@PathParam("round") String round, @PathParam("agency") String agency, @HeaderParam("If-Match") String etag,
                       DraftContent draft);

    @POST
    @Path("/rounds/{round}/reports/{agency}/submit")
    Response submit(@PathParam("round") String round, @PathParam("agency") String agency, @HeaderParam("If-Match") String etag,
                    @HeaderParam("Idempotency-Key") String idempotencyKey);

    /** What a .docx would become as the draft; dryRun: the service stores nothing. */
    @POST
    @Path("/rounds/{round}/reports/{agency}/import")
    @Consumes(DOCX)
    @ClientQueryParam(name = "dryRun", value = "true")
    ImportPreview previewDocx(@PathParam("round") String round, @PathParam("agency") String agency, byte[] document);

    /** What a UTF-8 text would become as the draft; dryRun: the service stores nothing. */
    @POST
    @Path("/rounds/{round}/reports/{agency}/import")
    @Consumes(TEXT)
    @ClientQueryParam(name = "dryRun", value = "true")
    ImportPreview previewText(@PathParam("round") String round, @PathParam("agency") String agency, byte[] document);

    @POST
    @Path("/rounds/{round}/reports/{agency}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    Response returnReport(@PathParam("round") String round, @PathParam("agency") String agency,
                          @HeaderParam("If-Match") String etag, Reason reason);

    @POST
    @Path("/rounds/{round}/reports/{agency}/accept")
    Response accept(@PathParam("round") String round, @PathParam("agency") String agency, @HeaderParam("If-Match") String etag);

    @GET
    @Path("/agencies")
    Page<Agency> agencies(@QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("asOf") String asOf);

    @GET
    @Path("/agencies/{code}")
    Agency agency(@PathParam("code") String code);

    @GET
    @Path("/templates")
    List<BuiltInTemplate> templates();
}
