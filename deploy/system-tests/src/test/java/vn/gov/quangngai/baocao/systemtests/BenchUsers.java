package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.quangngai.baocao.identity.KeycloakServer;

/** Submitters made through Keycloak's admin API, one per agency, for measurements that need many agencies' tokens. */
final class BenchUsers {

    private BenchUsers() {
    }

    /** Creates {@code bench-<code>} (password = user name) in each agency's group with role submitter; returns agency → user name. */
    static Map<String, String> submitters(Suite suite, List<String> agencies) {
        return submitters(suite.keycloak, agencies);
    }

    static Map<String, String> submitters(KeycloakServer keycloak, List<String> agencies) {
        String admin = new KeycloakAdmin(keycloak.baseUrl(), keycloak.adminUser(), keycloak.adminPassword()).adminToken();
        String realm = keycloak.baseUrl() + "/admin/realms/baocao";
        Map<String, Object> role = given().auth().oauth2(admin).get(realm + "/roles/submitter").then().statusCode(200).extract().as(Map.class);
        Map<String, String> users = new LinkedHashMap<>();
        for (String agency : agencies) {
            String username = "bench-" + agency.toLowerCase();
            Map<String, Object> user = Map.of("username", username, "enabled", true, "firstName", "Bench", "lastName", agency,
                    "email", username + "@bench.local", "emailVerified", true, "groups", List.of("/" + agency),
                    "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false)));
            int status = given().auth().oauth2(admin).contentType("application/json").body(user).post(realm + "/users").statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("cannot create " + username + ": " + status);
            }
            String id = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                    .get(realm + "/users").then().statusCode(200).extract().path("[0].id");
            given().auth().oauth2(admin).contentType("application/json").body(List.of(role))
                    .post(realm + "/users/" + id + "/role-mappings/realm").then().statusCode(204);
            users.put(agency, username);
        }
        return users;
    }
}
