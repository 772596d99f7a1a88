package vn.gov.quangngai.baocao.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each overlay rendered once per test run, and the schemas loaded once: kubectl takes a second or two. */
final class Overlays {

    static final List<String> ALL = List.of("dev", "prod");

    /** Which workload alone may reach each database (NetworkRules.databaseProblems). */
    static final Map<String, String> DATABASE_OWNERS = Map.of(
            "report-db", "Deployment/report-service",
            "aggregation-db", "Deployment/aggregation-service",
            "keycloak-db", "Keycloak/keycloak");

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();
    private static volatile ApiSchemas schemas;

    private Overlays() {
    }

    static List<ObjectNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::overlay);
    }

    static ApiSchemas schemas() {
        if (schemas == null) {
            schemas = ApiSchemas.load(Manifests.k8sDirectory().resolve("schemas"));
        }
        return schemas;
    }
}
