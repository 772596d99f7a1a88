package vn.gov.quangngai.baocao.aggregation.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** What aggregation-service reads from report-service, as its service account (role report-reader). */
@RegisterRestClient(configKey = "report-service")
@OidcClientFilter
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ReportServiceApi {

    @GET
    @Path("/changes")
    FeedDtos.ChangePage changes(@QueryParam("after") long after, @QueryParam("limit") int limit);

    @GET
    @Path("/rounds/{round}")
    FeedDtos.Round round(@PathParam("round") String round);

    @GET
    @Path("/rounds/{round}/reports")
    FeedDtos.ReportRowPage reports(@PathParam("round") String round, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/rounds/{round}/reports/{agency}/versions/{version}")
    FeedDtos.Version version(@PathParam("round") String round, @PathParam("agency") String agency, @PathParam("version") int version);
}
