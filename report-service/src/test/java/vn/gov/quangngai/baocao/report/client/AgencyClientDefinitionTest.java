package vn.gov.quangngai.baocao.report.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import vn.gov.quangngai.baocao.identity.RealmDefinition;

class AgencyClientDefinitionTest {

    private static final ObjectMapper JSON = new ObjectMapper().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What a mapper does: its name, type and configuration (ids and defaults aside). */
    private static java.util.List<JsonNode> mappers(JsonNode mappers) {
        java.util.List<JsonNode> essentials = new java.util.ArrayList<>();
        for (JsonNode mapper : mappers) {
            essentials.add(JSON.createObjectNode().put("name", mapper.get("name").asText()).put("protocol", mapper.get("protocol").asText())
                    .put("protocolMapper", mapper.get("protocolMapper").asText()).set("config", mapper.get("config")));
        }
        return essentials;
    }

    private static JsonNode realmClient(String clientId) {
        return StreamSupport.stream(RealmDefinition.production().json().get("clients").spliterator(), false)
                .filter(client -> client.get("clientId").asText().equals(clientId)).findFirst().orElseThrow();
    }

    @Test
    void aNewAgencyClientIsConfiguredAsTheRealmsOwnAgencySystem() {
        JsonNode bdt = realmClient("agency-bdt-system");
        ClientRepresentation client = AgencyClientDefinition.of("agency-minhlong-abc234", "MINHLONG", "UBND huyện Minh Long",
                OffsetDateTime.parse("2021-11-01T08:30:00+07:00"));
        JsonNode made = JSON.valueToTree(client);

        assertThat(mappers(made.get("protocolMappers"))).isEqualTo(mappers(bdt.get("protocolMappers")));
        for (String flag : new String[] {"publicClient", "standardFlowEnabled", "directAccessGrantsEnabled", "serviceAccountsEnabled",
                "implicitFlowEnabled", "fullScopeAllowed", "clientAuthenticatorType", "protocol"}) {
            assertThat(made.get(flag)).as(flag).isEqualTo(bdt.get(flag));
        }
        assertThat(client.getSecret()).as("Keycloak generates the secret").isNull();
        assertThat(AgencyClientDefinition.agencyOf(client)).isEqualTo("MINHLONG");
        assertThat(AgencyClientDefinition.createdAt(client)).isEqualTo(OffsetDateTime.parse("2021-11-01T08:30:00+07:00"));
    }

    @Test
    void clientIdsSayTheAgencyAndDifferEachTime() {
        String first = AgencyClientDefinition.newClientId("MINHLONG");
        String second = AgencyClientDefinition.newClientId("MINHLONG");

        assertThat(first).matches("agency-minhlong-[a-km-np-z2-9]{6}");
        assertThat(second).startsWith(AgencyClientDefinition.idPrefix("MINHLONG")).isNotEqualTo(first);
    }

    @Test
    void theRealmsOwnClientsBelongToNoAgency() {
        ClientRepresentation bdt = JSON.convertValue(realmClient("agency-bdt-system"), ClientRepresentation.class);

        assertThat(AgencyClientDefinition.agencyOf(bdt)).isNull();
    }
}
