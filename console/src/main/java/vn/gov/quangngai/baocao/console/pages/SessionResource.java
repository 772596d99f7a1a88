package vn.gov.quangngai.baocao.console.pages;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Signing out: only the header's button does it, a form posted to {@code /logout} with the
 * session's token (checked by {@link RefusedFormPage} like every form), which ends the console's
 * session and hands over to Keycloak's end-session endpoint to end that one too, coming back to
 * {@code /signed-out}, a page that needs no session. Opening {@code /logout} (a link, an image
 * another site embeds) ends nothing: it shows the button. The OIDC extension's own logout path is
 * not used because it ends the session on any request to it, a GET included, before any form check.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SessionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut();

        static native TemplateInstance signOut();
    }

    private final OidcSession session;
    private final OidcConfigurationMetadata provider;

    public SessionResource(OidcSession session, OidcConfigurationMetadata provider) {
        this.session = session;
        this.provider = provider;
    }

    @GET
    @Path("logout")
    public TemplateInstance askToSignOut() {
        return Templates.signOut();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> signOut(@Context UriInfo uri) {
        URI back = uri.getBaseUriBuilder().path("signed-out").build();
        String endSession = provider.getEndSessionUri();
        URI next = endSession == null ? back
                : UriBuilder.fromUri(endSession).queryParam("id_token_hint", session.getIdToken().getRawToken())
                        .queryParam("post_logout_redirect_uri", back).build();
        return session.logout().replaceWith(() -> Response.seeOther(next).build());
    }

    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
