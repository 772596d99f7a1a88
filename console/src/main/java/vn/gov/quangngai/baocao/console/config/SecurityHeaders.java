package vn.gov.quangngai.baocao.console.config;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Content-Security-Policy of every answer: scripts and styles only from the console's own files
 * (no inline script can run, whatever text an agency wrote), forms only to the console and to
 * Keycloak (sign-out passes through it), no framing. Pages are not kept in shared caches.
 */
@ApplicationScoped
public class SecurityHeaders {

    private final String policy;

    public SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServer) {
        this.policy = policy(authServer);
    }

    static String policy(String authServer) {
        URI keycloak = URI.create(authServer);
        String origin = keycloak.getScheme() + "://" + keycloak.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                + "frame-ancestors 'none'; form-action 'self' " + origin;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.response().putHeader("Content-Security-Policy", policy);
            String path = context.normalizedPath();
            if (!path.startsWith("/static/") && !path.startsWith("/webjars/")) {
                context.response().putHeader("Cache-Control", "no-store");
            }
            context.next();
        }, 100);
    }
}
