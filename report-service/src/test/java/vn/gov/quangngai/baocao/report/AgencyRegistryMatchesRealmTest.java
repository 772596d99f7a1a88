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

/**
 * The shipped realm's agency groups carry what the registry says: every agency ever in it (an agency
 * that ends keeps its group), with its last name.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AgencyRegistryMatchesRealmTest {

    private static final String VERA = TestTokens.forService("report-service").person("vera", "SNV", "Sở Nội vụ", "viewer");

    @Test
    void realmGroupsAndRegistryNameTheSameAgencies() {
        Map<String, String> registryNames = new LinkedHashMap<>();
        for (String day : List.of("2021-12-31", "2025-12-31")) {
            List<String> codes = given().auth().oauth2(VERA).queryParam("size", 500).queryParam("asOf", day)
                    .when().get("/api/v1/agencies").then().statusCode(200).extract().jsonPath().getList("items.code");
            for (String code : codes) {
                registryNames.put(code, given().auth().oauth2(VERA).when().get("/api/v1/agencies/" + code).then().statusCode(200).extract().path("name"));
            }
        }
        Map<String, String> realmNames = new LinkedHashMap<>();
        for (JsonNode group : RealmDefinition.production().json().get("groups")) {
            realmNames.put(group.at("/attributes/agency_code/0").asText(), group.at("/attributes/agency_name/0").asText());
        }

        assertThat(registryNames).hasSize(35).containsEntry("BDT", "Ban Dân tộc").containsEntry("SDTTG", "Sở Dân tộc và Tôn giáo");
        assertThat(realmNames).containsExactlyInAnyOrderEntriesOf(registryNames);
    }

    @Test
    void agenciesArePagedInRegistryOrder() {
        given().auth().oauth2(TestTokens.forService("report-service").person("alice", "BDT", "Ban Dân tộc", "submitter"))
                .queryParam("page", 1).queryParam("size", 5).queryParam("asOf", "2021-12-31")
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
