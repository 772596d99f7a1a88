package vn.gov.quangngai.baocao.report.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.IsolatedDatabaseProfile;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;
import vn.gov.quangngai.baocao.support.testing.TestTokens;

/** Runs on a database of its own: the agencies it adds must not reach the registry that other tests compare with the realm. */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AgencyAdminResourceTest {

    private static final String ADMIN = TestTokens.forService("report-service").person("admin", null, null, "admin");

    @Test
    void adminAddsAndRenamesAnAgencyInNfc() {
        String nfd = Normalizer.normalize("Sở Ngoại vụ", Normalizer.Form.NFD);
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"code\": \"SNGV\", \"name\": \"" + nfd + "\", \"kind\": \"SO\"}")
                .when().post("/api/v1/agencies")
                .then().statusCode(201).header("Location", endsWith("/api/v1/agencies/SNGV")).body("name", equalTo("Sở Ngoại vụ"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"code\": \"SNGV\", \"name\": \"Sở Ngoại vụ\", \"kind\": \"SO\"}")
                .when().post("/api/v1/agencies").then().statusCode(409).body("code", equalTo("AGENCY_EXISTS"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"name\": \"Sở Ngoại vụ tỉnh Quảng Ngãi\", \"kind\": \"SO\"}")
                .when().put("/api/v1/agencies/SNGV").then().statusCode(200).body("name", equalTo("Sở Ngoại vụ tỉnh Quảng Ngãi"));
        given().auth().oauth2(Actors.ALICE_BDT).when().get("/api/v1/agencies/SNGV").then().statusCode(200).body("kind", equalTo("SO"));
    }

    @Test
    void onlyAdminsChangeTheRegistryAndBadBodiesAreNamed() {
        given().auth().oauth2(Actors.BOB_REVIEWER).contentType("application/json").body("{\"name\": \"x\", \"kind\": \"SO\"}")
                .when().put("/api/v1/agencies/BDT").then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"code\": \"bad code\", \"kind\": \"THON\"}")
                .when().post("/api/v1/agencies").then().statusCode(422)
                .body("errors.pointer", org.hamcrest.Matchers.containsInAnyOrder("/code", "/name", "/kind"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"name\": \"x\", \"kind\": \"SO\"}")
                .when().put("/api/v1/agencies/NOPE").then().statusCode(404).body("code", equalTo("AGENCY_NOT_FOUND"));
    }
}
