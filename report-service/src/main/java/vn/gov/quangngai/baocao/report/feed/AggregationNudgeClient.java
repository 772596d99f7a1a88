package vn.gov.quangngai.baocao.report.feed;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** aggregation-service's "the feed has news" endpoint, called with report-service's own client-credentials token. */
@RegisterRestClient(configKey = "aggregation-service")
@OidcClientFilter
@Path("/api/v1/feed/nudge")
public interface AggregationNudgeClient {

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    void nudge();
}
