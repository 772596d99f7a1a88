package vn.gov.quangngai.baocao.console.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.gov.quangngai.baocao.console.client.AgencySystemsClient;
import vn.gov.quangngai.baocao.console.client.ReportServiceClient;
import vn.gov.quangngai.baocao.console.client.model.Agency;
import vn.gov.quangngai.baocao.console.client.model.ConnectedSystem;
import vn.gov.quangngai.baocao.console.client.model.SystemSecret;
import vn.gov.quangngai.baocao.console.view.Notice;

/**
 * An agency's connected systems (its own software posting reports through the API), for an
 * administrator: listed, created, their secret rotated, disabled. A new secret is shown once, in
 * the answer to the POST that made it: never in an address (no redirect carries it), never stored,
 * logged or cached by the console.
 */
@Path("/agencies/{code}/clients")
@Produces(MediaType.TEXT_HTML)
public class AgencySystemsResource {

    /** The agency and its systems. */
    public record SystemsPage(Agency agency, List<ConnectedSystem> systems, Notice notice) {
    }

    /** A secret just made: whose, which client, how to use it, whether it replaced an older one. */
    public record SecretPage(Agency agency, SystemSecret secret, String tokenEndpoint, boolean rotated) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance systems(SystemsPage page);

        static native TemplateInstance secret(SecretPage page);
    }

    private final AgencySystemsClient systems;
    private final ReportServiceClient reports;
    private final String tokenEndpoint;

    public AgencySystemsResource(AgencySystemsClient systems, ReportServiceClient reports,
                                 @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.systems = systems;
        this.reports = reports;
        this.tokenEndpoint = issuer.replaceAll("/+$", "") + "/protocol/openid-connect/token";
    }

    @GET
    public TemplateInstance list(@RestPath String code, @RestQuery String notice) {
        List<ConnectedSystem> connected = systems.list(code);
        return Templates.systems(new SystemsPage(reports.agency(code), connected, Notice.of(notice)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath String code) {
        return shown(new SecretPage(reports.agency(code), systems.create(code), tokenEndpoint, false));
    }

    @POST
    @Path("/{clientId}/secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotate(@RestPath String code, @RestPath String clientId) {
        return shown(new SecretPage(reports.agency(code), systems.rotate(code, clientId), tokenEndpoint, true));
    }

    @POST
    @Path("/{clientId}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@RestPath String code, @RestPath String clientId) {
        systems.disable(code, clientId);
        return Response.seeOther(Links.agencySystems(code, Notice.DISABLED)).build();
    }

    /** Someone signed in again after their session ended on one of the actions: back to the list, nothing done. */
    @GET
    @Path("/{clientId}/{action:secret|disable}")
    public Response afterSignIn(@RestPath String code) {
        return Response.seeOther(Links.agencySystems(code, null)).build();
    }

    /** The secret on the answer itself; like every page it goes out with Cache-Control: no-store (SecurityHeaders), so no cache keeps it. */
    private static Response shown(SecretPage page) {
        return Response.ok(Templates.secret(page)).build();
    }
}
