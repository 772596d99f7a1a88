package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.gov.quangngai.baocao.identity.RealmDefinition;

/**
 * The KeycloakRealmImport of deploy/k8s, made from identity/'s production realm: without the
 * clients only development uses (baocao-cli's password grant, the demo agency system), with the
 * confidential clients' secrets as placeholders the operator fills from Secrets, redirect URIs of
 * the public hosts only, brute-force protection and stated token lifetimes. The hosts here are the
 * base's; each overlay writes its own over them (components/public-hosts).
 */
final class ProductionRealm {

    static final String CONSOLE_HOST = "console.baocao.example";
    static final String REPORT_HOST = "report.baocao.example";
    static final String AGGREGATION_HOST = "aggregation.baocao.example";

    /** Clients of development and tests only: a password grant, and an agency system made for the demo. */
    static final Set<String> DEVELOPMENT_CLIENTS = Set.of("baocao-cli", "agency-bdt-system");

    /** Each confidential client's placeholder, and the Secret and key the operator fills it from (README). */
    static final Map<String, List<String>> SECRETS = secrets();

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProductionRealm() {
    }

    static ObjectNode realmImport() {
        ObjectNode realmImport = JSON.createObjectNode();
        realmImport.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        realmImport.put("kind", "KeycloakRealmImport");
        realmImport.putObject("metadata").put("name", "baocao");
        ObjectNode spec = realmImport.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        ObjectNode placeholders = spec.putObject("placeholders");
        SECRETS.values().forEach(s -> placeholders.putObject(s.get(0)).putObject("secret").put("name", s.get(1)).put("key", s.get(2)));
        spec.set("realm", realm());
        return realmImport;
    }

    static ObjectNode realm() {
        ObjectNode realm = (ObjectNode) RealmDefinition.production().json();
        removeIf((ArrayNode) realm.get("clients"), c -> DEVELOPMENT_CLIENTS.contains(c.path("clientId").asText()));
        removeIf((ArrayNode) realm.get("users"), u -> DEVELOPMENT_CLIENTS.contains(u.path("serviceAccountClientId").asText()));
        for (JsonNode node : realm.get("clients")) {
            ObjectNode client = (ObjectNode) node;
            String clientId = client.path("clientId").asText();
            client.put("directAccessGrantsEnabled", false);
            client.put("implicitFlowEnabled", false);
            if (!client.path("publicClient").asBoolean()) {
                List<String> secret = SECRETS.get(clientId);
                if (secret == null) {
                    throw new IllegalStateException("confidential client " + clientId + " has no Secret in ProductionRealm.SECRETS");
                }
                client.put("secret", "${" + secret.get(0) + "}");
            }
            switch (clientId) {
                case "baocao-console" -> redirects(client, "https://" + CONSOLE_HOST + "/*");
                // Swagger UI of each API signs people in with this public client
                case "baocao-dashboard" -> redirects(client,
                        "https://" + REPORT_HOST + "/q/swagger-ui/oauth2-redirect.html",
                        "https://" + AGGREGATION_HOST + "/q/swagger-ui/oauth2-redirect.html");
                default -> {
                }
            }
        }
        // brute-force protection: 5 failures lock an account for a minute, growing to 15 minutes
        realm.put("bruteForceProtected", true);
        realm.put("permanentLockout", false);
        realm.put("failureFactor", 5);
        realm.put("waitIncrementSeconds", 60);
        realm.put("maxFailureWaitSeconds", 900);
        realm.put("maxDeltaTimeSeconds", 43200);
        realm.put("passwordPolicy", "length(12) and notUsername and notEmail");
        // token lifetimes: access tokens 5 minutes; a session ends after 30 minutes idle or 10 hours
        // (a working day); a login page may stay open 30 minutes, a code is used within a minute
        realm.put("accessTokenLifespan", 300);
        realm.put("ssoSessionIdleTimeout", 1800);
        realm.put("ssoSessionMaxLifespan", 36000);
        realm.put("accessCodeLifespan", 60);
        realm.put("accessCodeLifespanLogin", 1800);
        realm.put("accessCodeLifespanUserAction", 300);
        return realm;
    }

    private static void redirects(ObjectNode client, String... uris) {
        ArrayNode redirects = client.putArray("redirectUris");
        for (String uri : uris) {
            redirects.add(uri);
        }
    }

    private static void removeIf(ArrayNode array, Predicate<JsonNode> drop) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            if (drop.test(it.next())) {
                it.remove();
            }
        }
    }

    private static Map<String, List<String>> secrets() {
        Map<String, List<String>> secrets = new LinkedHashMap<>();
        secrets.put("report-service", List.of("REPORT_SERVICE_CLIENT_SECRET", "report-service-oidc", "client-secret"));
        secrets.put("report-service-admin", List.of("REPORT_SERVICE_ADMIN_CLIENT_SECRET", "report-service-oidc", "admin-client-secret"));
        secrets.put("aggregation-service", List.of("AGGREGATION_SERVICE_CLIENT_SECRET", "aggregation-service-oidc", "client-secret"));
        secrets.put("baocao-console", List.of("CONSOLE_CLIENT_SECRET", "console-oidc", "client-secret"));
        return secrets;
    }
}
