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
        for (String publicClient : List.of("baocao-cli", "baocao-dashboard")) {
            JsonNode client = StreamSupport.stream(clients.spliterator(), false)
                    .filter(c -> c.get("clientId").asText().equals(publicClient)).findFirst().orElseThrow();
            List<String> audiences = new ArrayList<>();
            client.get("protocolMappers").forEach(m -> {
                if (m.get("protocolMapper").asText().equals("oidc-audience-mapper")) {
                    audiences.add(m.at("/config/included.client.audience").asText());
                }
            });
            assertThat(audiences).containsExactlyInAnyOrder("report-service", "aggregation-service");
        }
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
