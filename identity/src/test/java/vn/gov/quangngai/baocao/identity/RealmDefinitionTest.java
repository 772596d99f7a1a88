package vn.gov.quangngai.baocao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class RealmDefinitionTest {

    private static final List<String> ROLES = List.of("submitter", "reviewer", "viewer", "admin", "report-reader", "report-notifier");

    @Test
    void productionRealmHoldsNoPeopleAndNoSecrets() {
        JsonNode realm = RealmDefinition.production().json();

        assertThat(realm.get("users")).allSatisfy(user -> assertThat(user.has("serviceAccountClientId")).isTrue());
        assertThat(realm.get("clients")).allSatisfy(client -> assertThat(client.has("secret")).isFalse());
        assertThat(realm.toString()).doesNotContain("credentials");
    }

    @Test
    void developmentRealmAddsDemoPeopleAndDevSecrets() {
        JsonNode realm = RealmDefinition.development().json();

        assertThat(names(realm.get("users"), "username"))
                .contains("alice", "carol", "dang", "bob", "vera", "admin");
        for (JsonNode client : realm.get("clients")) {
            if (!client.get("publicClient").asBoolean()) {
                assertThat(client.get("secret").asText()).isEqualTo(client.get("clientId").asText() + "-dev-secret");
            }
        }
        JsonNode alice = user(realm, "alice");
        assertThat(alice.get("groups").get(0).asText()).isEqualTo("/BDT");
        assertThat(alice.get("realmRoles").get(0).asText()).isEqualTo("submitter");
        assertThat(alice.get("emailVerified").asBoolean()).isTrue();
    }

    @Test
    void everyRoleHasADescription() {
        JsonNode roles = RealmDefinition.production().json().at("/roles/realm");

        assertThat(names(roles, "name")).containsExactlyInAnyOrderElementsOf(ROLES);
        assertThat(roles).allSatisfy(role -> assertThat(role.get("description").asText()).isNotBlank());
    }

    @Test
    void everyAgencyGroupCarriesItsCodeAndName() {
        JsonNode groups = RealmDefinition.production().json().get("groups");

        assertThat(groups).hasSizeGreaterThan(30);
        for (JsonNode group : groups) {
            assertThat(group.at("/attributes/agency_code/0").asText()).isEqualTo(group.get("name").asText());
            assertThat(group.at("/attributes/agency_name/0").asText()).isNotBlank();
        }
    }

    @Test
    void peopleClientsGiveBothServiceAudiences() {
        JsonNode clients = RealmDefinition.production().json().get("clients");
        for (String peopleClient : List.of("baocao-cli", "baocao-dashboard", "baocao-console")) {
            JsonNode client = StreamSupport.stream(clients.spliterator(), false)
                    .filter(c -> c.get("clientId").asText().equals(peopleClient)).findFirst().orElseThrow();
            List<String> audiences = new ArrayList<>();
            client.get("protocolMappers").forEach(m -> {
                if (m.get("protocolMapper").asText().equals("oidc-audience-mapper")) {
                    audiences.add(m.at("/config/included.client.audience").asText());
                }
            });
            assertThat(audiences).containsExactlyInAnyOrder("report-service", "aggregation-service");
        }
    }

    @Test
    void consoleIsAConfidentialCodeFlowClientWithPkceAndThePeopleClientsClaims() {
        JsonNode realm = RealmDefinition.production().json();
        JsonNode console = client(realm, "baocao-console");
        JsonNode dashboard = client(realm, "baocao-dashboard");

        assertThat(console.get("publicClient").asBoolean()).isFalse();
        assertThat(console.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(console.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(console.get("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(console.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(console.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(console.at("/attributes/post.logout.redirect.uris").asText()).isEqualTo("+");
        assertThat(console.get("protocolMappers")).isEqualTo(dashboard.get("protocolMappers"));
        assertThat(console.get("redirectUris")).as("a production realm names no console address").isEmpty();
    }

    @Test
    void developmentRealmLetsTheLocalConsoleSignPeopleIn() {
        JsonNode console = client(RealmDefinition.development().json(), "baocao-console");

        assertThat(console.get("secret").asText()).isEqualTo("baocao-console-dev-secret");
        assertThat(names(console.get("redirectUris"))).contains("http://127.0.0.1:8080/*");
    }

    @Test
    void aTestConsoleOnAnotherPortIsAddedToOneDefinitionOnly() {
        RealmDefinition realm = RealmDefinition.development().withRedirectUri("baocao-console", "http://127.0.0.1:41234/*");

        assertThat(names(client(realm.json(), "baocao-console").get("redirectUris"))).contains("http://127.0.0.1:41234/*", "http://127.0.0.1:8080/*");
        assertThat(names(client(RealmDefinition.development().json(), "baocao-console").get("redirectUris"))).doesNotContain("http://127.0.0.1:41234/*");
    }

    @Test
    void reportServiceAdministersKeycloakWithItsOwnClientAndOnlyTwoRealmManagementRoles() {
        JsonNode realm = RealmDefinition.production().json();
        JsonNode client = client(realm, "report-service-admin");
        JsonNode account = user(realm, "service-account-report-service-admin");

        assertThat(client.get("publicClient").asBoolean()).isFalse();
        assertThat(client.get("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.get("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(client.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(names(account.at("/clientRoles/realm-management"))).containsExactlyInAnyOrder("manage-clients", "manage-users");
        assertThat(account.get("clientRoles").size()).isEqualTo(1);
        assertThat(account.get("realmRoles")).isEmpty();
        assertThat(client(RealmDefinition.development().json(), "report-service-admin").get("secret").asText()).isEqualTo("report-service-admin-dev-secret");
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return StreamSupport.stream(realm.get("clients").spliterator(), false)
                .filter(c -> c.get("clientId").asText().equals(clientId)).findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.asText()));
        return names;
    }

    private static JsonNode user(JsonNode realm, String username) {
        return StreamSupport.stream(realm.get("users").spliterator(), false)
                .filter(u -> u.get("username").asText().equals(username)).findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.get(field).asText()));
        return names;
    }
}
