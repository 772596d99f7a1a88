package vn.gov.quangngai.baocao.console.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.gov.quangngai.baocao.console.client.model.Page;
import vn.gov.quangngai.baocao.console.client.model.Snapshot;
import vn.gov.quangngai.baocao.console.client.model.Summary;

/** aggregation-service's public API, as the console uses it (docs/openapi/aggregation-service.json). */
// the services answer in Vietnamese by default; said explicitly so their messages never change language
@ClientHeaderParam(name = "Accept-Language", value = "vi")
@RegisterRestClient(configKey = "aggregation-service")
@RegisterProvider(AccessTokenPropagation.class)
@RegisterProvider(ProblemMapper.Summaries.class)
@Path("/api/v1/rounds/{round}")
public interface AggregationServiceApi {

    String CSV = "text/csv";
    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    Summary summary(@PathParam("round") String round, @QueryParam("basis") String basis);

    @GET
    @Path("/summary")
    @Produces(CSV)
    Response summaryCsv(@PathParam("round") String round, @QueryParam("basis") String basis);

    @GET
    @Path("/summary.docx")
    @Produces(DOCX)
    Response summaryDocx(@PathParam("round") String round, @QueryParam("basis") String basis);

    @GET
    @Path("/snapshots")
    @Produces(MediaType.APPLICATION_JSON)
    Page<Snapshot> snapshots(@PathParam("round") String round, @QueryParam("page") int page, @QueryParam("size") int size);

    /** Freezes the summary now; the answer is the whole snapshot, of which the console keeps only the header. */
    @POST
    @Path("/snapshots")
    @Produces(MediaType.APPLICATION_JSON)
    Snapshot takeSnapshot(@PathParam("round") String round, @QueryParam("basis") String basis);

    @GET
    @Path("/snapshots/{id}")
    @Produces(CSV)
    Response snapshotCsv(@PathParam("round") String round, @PathParam("id") String id);

    @GET
    @Path("/snapshots/{id}.docx")
    @Produces(DOCX)
    Response snapshotDocx(@PathParam("round") String round, @PathParam("id") String id);
}
