package vn.gov.quangngai.baocao.report.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientsResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import vn.gov.quangngai.baocao.report.shared.Times;
import vn.gov.quangngai.baocao.support.caller.Roles;

/**
 * Agency systems' clients in Keycloak, made and changed through its admin API as report-service's
 * own service account. A client made for an agency carries the attribute {@code baocao.agency};
 * only such clients are found through that agency, so no path reaches another agency's client or
 * one the realm defines itself.
 */
@ApplicationScoped
public class KeycloakAgencyClients implements AgencyClients {

    private static final Logger LOG = Logger.getLogger(KeycloakAgencyClients.class);
    private static final int MAX_CLIENTS = 1000;

    private final Keycloak keycloak;
    private final String realm;
    private final AgencyGroups groups;

    public KeycloakAgencyClients(Keycloak keycloak, @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm, AgencyGroups groups) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.groups = groups;
    }

    @Override
    public ClientCredentials create(String agencyCode, String agencyName) {
        String groupId = groups.ensureGroup(agencyCode, agencyName);
        String clientId = AgencyClientDefinition.newClientId(agencyCode);
        ClientRepresentation definition = AgencyClientDefinition.of(clientId, agencyCode, agencyName, Times.now());
        String id = KeycloakCalls.createdId(KeycloakCalls.call("create client " + clientId, () -> clients().create(definition)), "create client " + clientId);
        try {
            String accountId = KeycloakCalls.call("read the service account of " + clientId, () -> clients().get(id).getServiceAccountUser()).getId();
            UserResource account = keycloak.realm(realm).users().get(accountId);
            KeycloakCalls.run("put " + clientId + " into the group of " + agencyCode, () -> account.joinGroup(groupId));
            // read through the account's assignable roles: reading realm roles directly needs view-realm, which report-service does not hold
            RoleRepresentation submitter = KeycloakCalls.call("list roles for " + clientId, () -> account.roles().realmLevel().listAvailable()).stream()
                    .filter(role -> Roles.SUBMITTER.equals(role.getName())).findFirst()
                    .orElseThrow(() -> new KeycloakUnavailableException("the realm has no role " + Roles.SUBMITTER + " to give " + clientId));
            KeycloakCalls.run("give " + clientId + " the role " + Roles.SUBMITTER, () -> account.roles().realmLevel().add(List.of(submitter)));
            String secret = KeycloakCalls.call("read the secret of " + clientId, () -> clients().get(id).getSecret()).getValue();
            return new ClientCredentials(clientId, secret);
        } catch (RuntimeException e) {
            removeHalfMade(id, clientId);
            throw e;
        }
    }

    @Override
    public List<AgencyClient> list(String agencyCode) {
        String prefix = AgencyClientDefinition.idPrefix(agencyCode);
        return KeycloakCalls.call("list the clients of " + agencyCode, () -> clients().findAll(prefix, false, true, 0, MAX_CLIENTS)).stream()
                .filter(client -> client.getClientId().startsWith(prefix) && agencyCode.equals(AgencyClientDefinition.agencyOf(client)))
                .map(KeycloakAgencyClients::listed)
                .sorted(Comparator.comparing(AgencyClient::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(AgencyClient::clientId))
                .toList();
    }

    @Override
    public Optional<AgencyClient> find(String agencyCode, String clientId) {
        return representation(agencyCode, clientId).map(KeycloakAgencyClients::listed);
    }

    @Override
    public String rotateSecret(String agencyCode, String clientId) {
        String id = internalId(agencyCode, clientId);
        return KeycloakCalls.call("rotate the secret of " + clientId, () -> clients().get(id).generateNewSecret()).getValue();
    }

    @Override
    public void disable(String agencyCode, String clientId) {
        ClientRepresentation client = representation(agencyCode, clientId).orElseThrow(() -> gone(clientId));
        client.setEnabled(false);
        KeycloakCalls.run("disable " + clientId, () -> clients().get(client.getId()).update(client));
        KeycloakCalls.call("void the secret of " + clientId, () -> clients().get(client.getId()).generateNewSecret());
    }

    private Optional<ClientRepresentation> representation(String agencyCode, String clientId) {
        return KeycloakCalls.call("find client " + clientId, () -> clients().findByClientId(clientId)).stream()
                .filter(client -> clientId.equals(client.getClientId()) && agencyCode.equals(AgencyClientDefinition.agencyOf(client)))
                .findFirst();
    }

    private String internalId(String agencyCode, String clientId) {
        return representation(agencyCode, clientId).orElseThrow(() -> gone(clientId)).getId();
    }

    private static KeycloakUnavailableException gone(String clientId) {
        return new KeycloakUnavailableException("client " + clientId + " is no longer in Keycloak");
    }

    private void removeHalfMade(String id, String clientId) {
        try {
            clients().get(id).remove();
        } catch (RuntimeException e) {
            LOG.errorf("Client %s was made half-way and could not be removed (%s); remove it in Keycloak's console", clientId, e.getMessage());
        }
    }

    private static AgencyClient listed(ClientRepresentation client) {
        return new AgencyClient(client.getClientId(), Boolean.TRUE.equals(client.isEnabled()), AgencyClientDefinition.createdAt(client));
    }

    private ClientsResource clients() {
        return keycloak.realm(realm).clients();
    }
}
