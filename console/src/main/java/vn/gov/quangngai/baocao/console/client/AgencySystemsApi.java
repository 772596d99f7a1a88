package vn.gov.quangngai.baocao.console.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.gov.quangngai.baocao.console.client.model.ConnectedSystems;
import vn.gov.quangngai.baocao.console.client.model.SystemSecret;

/** report-service's onboarding of agencies' own systems (admin): their confidential clients, created, rotated, disabled. */
@ClientHeaderParam(name = "Accept-Language", value = "vi")
@RegisterRestClient(configKey = "report-service")
@RegisterProvider(AccessTokenPropagation.class)
@RegisterProvider(ProblemMapper.Reports.class)
@Path("/api/v1/agencies/{code}/clients")
@Produces(MediaType.APPLICATION_JSON)
public interface AgencySystemsApi {

    @GET
    ConnectedSystems list(@PathParam("code") String agency);

    /** A new client for the agency; the answer holds its secret, the only time it is shown. */
    @POST
    SystemSecret create(@PathParam("code") String agency);

    /** A new secret; the old one stops working. */
    @POST
    @Path("/{clientId}/secret")
    SystemSecret rotate(@PathParam("code") String agency, @PathParam("clientId") String clientId);

    /** The client gets no more tokens. */
    @DELETE
    @Path("/{clientId}")
    void disable(@PathParam("code") String agency, @PathParam("clientId") String clientId);
}
