package vn.gov.quangngai.baocao.console.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
    @Path("/templates")
    List<BuiltInTemplate> templates();
}
