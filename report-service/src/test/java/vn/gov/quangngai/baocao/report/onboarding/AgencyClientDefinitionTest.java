package vn.gov.quangngai.baocao.report.onboarding;

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
    void aNameAndDescriptionFitKeycloaksColumnsWhateverTheAgencysNameAndCutNoCharacterInTwo() {
        for (String name : new String[] {"Sở Nội vụ", "Ủy ban nhân dân xã ".repeat(16).substring(0, 300), "𝐔𝐁𝐍𝐃 ".repeat(60), "x".repeat(238)}) {
            ClientRepresentation client = AgencyClientDefinition.of("agency-x-abc234", "X", name, OffsetDateTime.parse("2021-11-01T08:30:00+07:00"));

            for (String text : new String[] {client.getName(), client.getDescription()}) {
                assertThat(text.codePointCount(0, text.length())).as(text).isLessThanOrEqualTo(KeycloakText.MAX);
                assertThat(text.codePoints().filter(point -> point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE)).as("no lone surrogate in " + text).isEmpty();
                assertThat(text).startsWith(name.substring(0, Math.min(name.length(), 100)));
            }
            assertThat(client.getName()).endsWith(" reporting system");
        }
        ClientRepresentation shortName = AgencyClientDefinition.of("agency-snv-abc234", "SNV", "Sở Nội vụ", OffsetDateTime.parse("2021-11-01T08:30:00+07:00"));
        assertThat(shortName.getName()).isEqualTo("Sở Nội vụ reporting system");
        assertThat(shortName.getDescription()).doesNotContain("…").endsWith("listed, rotated and disabled there.");
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
