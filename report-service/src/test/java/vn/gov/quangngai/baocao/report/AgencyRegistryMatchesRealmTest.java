package vn.gov.quangngai.baocao.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.identity.RealmDefinition;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.TestTokens;

/** Keycloak's agency groups carry only what the registry says: the same codes, the same names. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AgencyRegistryMatchesRealmTest {

    @Test
    void realmGroupsAndRegistryNameTheSameAgencies() {
        List<Map<String, Object>> registry = given()
                .auth().oauth2(TestTokens.forService("report-service").person("vera", "SNV", "Sở Nội vụ", "viewer"))
                .queryParam("size", 500)
                .when().get("/api/v1/agencies")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");

        Map<String, String> registryNames = new LinkedHashMap<>();
        registry.forEach(agency -> registryNames.put((String) agency.get("code"), (String) agency.get("name")));
        Map<String, String> realmNames = new LinkedHashMap<>();
        for (JsonNode group : RealmDefinition.production().json().get("groups")) {
            realmNames.put(group.at("/attributes/agency_code/0").asText(), group.at("/attributes/agency_name/0").asText());
        }

        assertThat(registryNames).hasSize(32).containsEntry("BDT", "Ban Dân tộc");
        assertThat(realmNames).containsExactlyInAnyOrderEntriesOf(registryNames);
    }

    @Test
    void agenciesArePagedInRegistryOrder() {
        given().auth().oauth2(TestTokens.forService("report-service").person("alice", "BDT", "Ban Dân tộc", "submitter"))
                .queryParam("page", 1).queryParam("size", 5)
                .when().get("/api/v1/agencies")
                .then().statusCode(200)
                .body("page", org.hamcrest.Matchers.equalTo(1))
                .body("size", org.hamcrest.Matchers.equalTo(5))
                .body("total", org.hamcrest.Matchers.equalTo(32))
                .body("items.code", org.hamcrest.Matchers.contains("SGDDT", "SYT", "SLDTBXH", "SVHTTDL", "STNMT"));
    }

    @Test
    void pageSizeOutOfRangeIsValidationProblem() {
        given().auth().oauth2(TestTokens.forService("report-service").person("alice", "BDT", "Ban Dân tộc", "submitter"))
                .queryParam("size", 0)
                .when().get("/api/v1/agencies")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("VALIDATION_FAILED"))
                .body("errors[0].pointer", org.hamcrest.Matchers.equalTo("/size"));
    }
}
