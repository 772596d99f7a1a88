package vn.gov.quangngai.baocao.aggregation.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** report-service's agency registry, read as aggregation-service's service account: who took over from whom. */
@RegisterRestClient(configKey = "report-service")
@OidcClientFilter
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
public interface RegistryApi {

    /** An agency as the registry shows it; only its lineage is read here. */
    record Agency(String code, String name, List<String> predecessors, List<String> successors) {
    }

    @GET
    @Path("/{code}")
    Agency agency(@PathParam("code") String code);
}
