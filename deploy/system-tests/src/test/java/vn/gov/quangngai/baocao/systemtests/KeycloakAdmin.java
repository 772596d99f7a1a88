package vn.gov.quangngai.baocao.systemtests;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

/** The Keycloak admin REST API, for tests that need a client the realm does not ship. */
final class KeycloakAdmin {

    private final String baseUrl;
    private final String adminUser;
    private final String adminPassword;

    KeycloakAdmin(String baseUrl, String adminUser, String adminPassword) {
        this.baseUrl = baseUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /**
     * Creates a confidential service-account client in the baocao realm whose tokens carry the
     * given audience and live {@code lifespanSeconds}; returns its secret.
     */
    String createShortLivedClient(String clientId, String audience, int lifespanSeconds) {
        String secret = clientId + "-secret";
        Map<String, Object> client = Map.of(
                "clientId", clientId,
                "enabled", true,
                "publicClient", false,
                "secret", secret,
                "standardFlowEnabled", false,
                "serviceAccountsEnabled", true,
                "attributes", Map.of("access.token.lifespan", String.valueOf(lifespanSeconds)),
                "protocolMappers", List.of(Map.of(
                        "name", "audience " + audience,
                        "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config", Map.of("included.client.audience", audience, "access.token.claim", "true"))));
        given().auth().oauth2(adminToken()).contentType("application/json").body(client)
                .when().post(baseUrl + "/admin/realms/baocao/clients")
                .then().statusCode(201);
        return secret;
    }

    /**
     * Creates a person in the baocao realm (password = user name) with a realm role and an agency
     * group, as an administrator would in Keycloak's console.
     */
    void createPerson(String username, String firstName, String lastName, String role, String agencyGroup) {
        String token = adminToken();
        Map<String, Object> person = Map.of(
                "username", username,
                "enabled", true,
                "firstName", firstName,
                "lastName", lastName,
                "email", username + "@baocao.local",
                "emailVerified", true,
                "groups", List.of("/" + agencyGroup),
                "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false)));
        String location = given().auth().oauth2(token).contentType("application/json").body(person)
                .when().post(baseUrl + "/admin/realms/baocao/users")
                .then().statusCode(201).extract().header("Location");
        Map<String, Object> realmRole = given().auth().oauth2(token).when().get(baseUrl + "/admin/realms/baocao/roles/" + role)
                .then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(token).contentType("application/json").body(List.of(realmRole))
                .when().post(location + "/role-mappings/realm")
                .then().statusCode(204);
    }

    /** A fresh token of the master realm's administrator (admin-cli); it lives a minute. */
    String adminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", adminUser).formParam("password", adminPassword)
                .when().post(baseUrl + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
