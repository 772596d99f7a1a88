package vn.gov.quangngai.baocao.console.client;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Sends the signed-in person's own access token (from their code-flow session) with every call to
 * the services: the console has no token of its own, so it can do exactly what the person may.
 */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AccessTokenPropagation implements ClientRequestFilter {

    private final CurrentIdentityAssociation identities;

    public AccessTokenPropagation(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @Override
    public void filter(ClientRequestContext request) {
        SecurityIdentity identity = identities.getIdentity();
        AccessTokenCredential token = identity == null ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null && token.getToken() != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
    }
}
