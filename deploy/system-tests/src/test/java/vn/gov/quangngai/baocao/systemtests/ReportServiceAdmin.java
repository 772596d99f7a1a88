package vn.gov.quangngai.baocao.systemtests;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/** Keycloak's admin API as report-service uses it: the client report-service-admin of the development realm, its own service account. */
final class ReportServiceAdmin {

    static final String CLIENT_ID = "report-service-admin";

    private ReportServiceAdmin() {
    }

    static Keycloak connect(Suite suite) {
        return KeycloakBuilder.builder()
                .serverUrl(suite.keycloak.baseUrl())
                .realm("baocao")
                .grantType("client_credentials")
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_ID + "-dev-secret")
                .build();
    }
}
