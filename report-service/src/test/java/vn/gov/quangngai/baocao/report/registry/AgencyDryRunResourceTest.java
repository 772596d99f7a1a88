package vn.gov.quangngai.baocao.report.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/** A dry run is asked with exactly dryRun=true; anything near it is refused before anything runs, and each answer says whether it was applied. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AgencyDryRunResourceTest {

    // as sent on the wire: spaces (%20, +), an em space and an ideographic space, a second value
    private static final String[] NEAR_TRUE = {"true%20", "%20true", "+true", "true+", "true%E2%80%83", "true%E3%80%80", "false&dryRun=true",
            "true&dryRun=true", "TRUE", "yes"};

    private static String create(String code) {
        return """
                {"type": "CREATE", "effective": "2026-01-01", "basis": "Quyết định thử", "code": "%s", "name": "Cơ quan thử", "kind": "SO"}""".formatted(code);
    }

    @Test
    void aValueNearTrueIsRefusedAtTheParameterAndNothingIsCreated() {
        for (int i = 0; i < NEAR_TRUE.length; i++) {
            String code = "DRY-NEAR-" + i;
            given().urlEncodingEnabled(false).auth().oauth2(Actors.ADMIN).contentType("application/json").body(create(code))
                    .when().post("/api/v1/agencies/changes?dryRun=" + NEAR_TRUE[i])
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_REQUEST"))
                    .body("errors[0].pointer", equalTo("/dryRun"));
            given().urlEncodingEnabled(false).auth().oauth2(Actors.ADMIN).contentType("text/csv; charset=utf-8")
                    .body("code,name,kind,parent,validFrom\n%s-CSV,UBND xã Thử,XA,,2025-07-01\n".formatted(code))
                    .when().post("/api/v1/agencies/import?dryRun=" + NEAR_TRUE[i])
                    .then().statusCode(400).body("errors[0].pointer", equalTo("/dryRun"));
            given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + code).then().statusCode(404);
            given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/" + code + "-CSV").then().statusCode(404);
        }
        given().urlEncodingEnabled(false).auth().oauth2(Actors.ADMIN).when().post("/api/v1/agencies/groups/reconcile?dryRun=true%20")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/dryRun"));
    }

    @Test
    void eachAnswerSaysWhetherItWasApplied() {
        given().auth().oauth2(Actors.ADMIN).contentType("application/json").body(create("DRY-APPLIED")).queryParam("dryRun", "true")
                .when().post("/api/v1/agencies/changes").then().statusCode(200).body("dryRun", equalTo(true)).body("applied", equalTo(false));
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/DRY-APPLIED").then().statusCode(404);
        given().auth().oauth2(Actors.ADMIN).contentType("application/json").body(create("DRY-APPLIED")).queryParam("dryRun", "false")
                .when().post("/api/v1/agencies/changes").then().statusCode(201).body("dryRun", equalTo(false)).body("applied", equalTo(true));
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/DRY-APPLIED").then().statusCode(200);

        String csv = "code,name,kind,parent,validFrom\nDRY-APPLIED-CSV,UBND xã Thử,XA,,2025-07-01\n";
        given().auth().oauth2(Actors.ADMIN).contentType("text/csv; charset=utf-8").body(csv).queryParam("dryRun", "true")
                .when().post("/api/v1/agencies/import").then().statusCode(200).body("dryRun", equalTo(true)).body("applied", equalTo(false));
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/DRY-APPLIED-CSV").then().statusCode(404);
        given().auth().oauth2(Actors.ADMIN).contentType("text/csv; charset=utf-8").body(csv)
                .when().post("/api/v1/agencies/import").then().statusCode(200).body("dryRun", equalTo(false)).body("applied", equalTo(true));
        given().auth().oauth2(Actors.ADMIN).when().get("/api/v1/agencies/DRY-APPLIED-CSV").then().statusCode(200);
    }
}
