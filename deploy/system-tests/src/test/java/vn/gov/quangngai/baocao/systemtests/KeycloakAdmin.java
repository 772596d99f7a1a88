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

    private String adminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", adminUser).formParam("password", adminPassword)
                .when().post(baseUrl + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
